'use strict';
/* Personio's answer envelopes (v1, v2 problem+json, OAuth, recruiting) as { status, headers, body } values. */

const crypto = require('crypto');

function json(status, body, headers = {}) {
	return {
		status,
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify(body),
	};
}
function problem(status, title, detail, code = 'common.bad_request', extra = {}) {
	return {
		status,
		headers: { 'content-type': 'application/problem+json' },
		body: JSON.stringify({
			personio_trace_id: crypto.randomUUID(),
			timestamp: new Date().toISOString(),
			errors: [
				{
					title,
					detail,
					type: `https://developer.personio.de/reference/errors#${code}`,
					_meta: {},
				},
			],
			...extra,
		}),
	};
}
function oauthError(status, error, description, meta) {
	return {
		status,
		headers: { 'content-type': 'application/problem+json' },
		body: JSON.stringify({
			timestamp: new Date().toISOString(),
			trace_id: crypto.randomUUID(),
			error,
			error_description: description,
			error_uri: 'https://developer.personio.de/v2.0/reference/authentication',
			...(meta ? { meta } : {}),
		}),
	};
}
function v1err(status, message, code = 0, extra = {}) {
	return json(status, { success: false, error: { code, message, ...extra } });
}
function empty(status, headers = {}) {
	return { status, headers, body: '' };
}
function recruitingErrors(status, errors) {
	return json(status, { errors });
}
const fieldError = (field, reason, context) => ({
	field,
	errors: [{ reason, ...(context ? { context } : {}) }],
});

class HttpError extends Error {
	constructor(response) {
		super('http error');
		this.response = response;
	}
}

module.exports = {
	json,
	problem,
	oauthError,
	v1err,
	empty,
	recruitingErrors,
	fieldError,
	HttpError,
};
