/**
 * The failures the secrets tests answer with: token request failures, and every error envelope of Personio
 * (some echoing the request headers back) on a v1 read and write, a v2 read and a recruiting write.
 */
import type nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import {
	APPLICANT_CREATE,
	CLIENT_SECRET,
	EMPLOYEE_CREATE,
	EMPLOYEE_GET,
	PERSON_GET,
	personio,
	recruiting,
} from './secretLeaks';

export const TOKEN_FAILURES: Array<[string, (scope: nock.Interceptor) => nock.Scope]> = [
	[
		'400 invalid_request',
		(s) => s.reply(400, { error: 'invalid_request', error_description: 'Missing grant' }),
	],
	[
		'401 invalid_client',
		(s) =>
			s.reply(401, { error: 'invalid_client', error_description: 'Client authentication failed' }),
	],
	[
		'400 echoing the form (client_secret) back',
		(s) =>
			s.reply(400, (_uri, body) => ({
				error: 'invalid_request',
				error_description: `Could not parse ${String(body)}`,
			})),
	],
	[
		'401 echoing the secret in problem+json',
		(s) =>
			s.reply(
				401,
				{
					type: 'about:blank',
					title: 'Unauthorized',
					detail: `client_secret ${CLIENT_SECRET} is not valid`,
				},
				{ 'Content-Type': 'application/problem+json' },
			),
	],
	['429', (s) => s.times(10).reply(429, { error: 'rate_limited' }, { 'Retry-After': '0' })],
	['500', (s) => s.times(10).reply(500, 'Internal Server Error')],
	['network error', (s) => s.times(10).replyWithError(`socket hang up (${CLIENT_SECRET})`)],
	[
		'200 without a token',
		(s) => s.times(10).reply(200, { token_type: 'Bearer', client_secret: CLIENT_SECRET }),
	],
];

export type Body = (headers: Record<string, unknown>) => unknown;
export const echo = (headers: Record<string, unknown>) => JSON.stringify(headers);
export const ENVELOPES: Array<[string, number, Body]> = [
	[
		'v1 error',
		400,
		() => ({
			success: false,
			error: {
				code: 0,
				message: 'The given data failed to pass validation.',
				error_data: { email: ['taken'] },
			},
		}),
	],
	[
		'v1 error echoing the headers',
		400,
		(h) => ({
			success: false,
			error: {
				code: 0,
				message: `Bad request, headers: ${echo(h)}`,
				error_data: { authorization: [String(h.authorization)] },
			},
		}),
	],
	[
		'v1 detailed_message echoing the token',
		422,
		(h) => ({
			success: false,
			error: {
				message: 'Failed',
				detailed_message: [{ success: false, error_msg: `token ${String(h.authorization)}` }],
			},
		}),
	],
	[
		'v2 problem+json',
		400,
		() => ({ errors: [{ title: 'Bad Request', detail: 'limit must be at most 50' }] }),
	],
	[
		'v2 problem+json echoing the headers',
		400,
		(h) => ({
			type: 'about:blank',
			title: 'Bad Request',
			detail: `Request headers were ${echo(h)}`,
			errors: [{ title: 'Header', detail: `Authorization: ${String(h.authorization)}` }],
		}),
	],
	[
		'v2 auth error echoing the token',
		403,
		(h) => ({
			error: 'invalid_token',
			error_description: `The token ${String(h.authorization).replace('Bearer ', '')} is not valid`,
		}),
	],
	[
		'recruiting reason codes',
		422,
		() => ({
			errors: [
				{
					field: 'email',
					errors: [{ reason: 'errors.attribute-validation.invalid-email-format' }],
				},
			],
		}),
	],
	[
		'recruiting envelope echoing the headers',
		422,
		(h) => ({
			errors: [
				{
					field: `authorization=${String(h.authorization)}`,
					errors: [{ reason: `echo ${echo(h)}` }],
				},
			],
		}),
	],
	[
		'plain text echoing the headers',
		500,
		(h) => `Upstream failed for request with headers ${echo(h)}`,
	],
	['message field echoing the headers', 409, (h) => ({ message: `Conflict: ${echo(h)}` })],
	[
		'401 echoing the token',
		401,
		(h) => ({
			success: false,
			error: { code: 401, message: `Token ${String(h.authorization)} expired` },
		}),
	],
];

export const ENDPOINTS: Array<
	[string, typeof personio, IDataObject, 'get' | 'post', string, boolean]
> = [
	['v1 read (Employee > Get)', personio, EMPLOYEE_GET, 'get', '/v1/company/employees/1', true],
	[
		'v1 write (Employee > Create)',
		personio,
		EMPLOYEE_CREATE,
		'post',
		'/v1/company/employees',
		true,
	],
	['v2 read (Person > Get)', personio, PERSON_GET, 'get', '/v2/persons/p-1', true],
	[
		'recruiting write (Applicant > Create)',
		recruiting,
		APPLICANT_CREATE,
		'post',
		'/v1/recruiting/applications',
		false,
	],
];

export const API_CASES = ENDPOINTS.flatMap(
	([endpoint, node, parameters, method, path, usesToken]) =>
		ENVELOPES.map(
			([envelope, status, body]) =>
				[
					`${endpoint} › ${status} ${envelope}`,
					node,
					parameters,
					method,
					path,
					usesToken,
					status,
					body,
				] as const,
		),
);
