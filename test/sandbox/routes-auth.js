'use strict';
/* v1 POST /v1/auth and v2 OAuth2 POST /v2/auth/token, /v2/auth/revoke. */

module.exports = function registerAuth(sb, { json, oauthError, v1err, empty }) {
	// v1: JSON or form body (legacy query-string credentials also accepted, deprecated by Personio's changelog "Deprecated: query-string credentials on POST /v1/auth", https://developer.personio.de/changelog)
	sb.route('POST', '/v1/auth', 'none', function (ctx) {
		const b = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
		const clientId = b.client_id ?? ctx.query.get('client_id');
		const clientSecret = b.client_secret ?? ctx.query.get('client_secret');
		if (!clientId || !clientSecret)
			return v1err(400, 'The client_id and client_secret fields are required.', 0);
		if (clientId !== this.options.clientId || clientSecret !== this.options.clientSecret) {
			return v1err(401, 'Wrong credentials', 0);
		}
		const { token, lifetime } = this.issueToken(
			'v1',
			'employees:read absences:read attendances:read',
		);
		return json(200, {
			success: true,
			data: { token, expires_in: lifetime, scope: 'employees:read absences:read attendances:read' },
		});
	});

	sb.route('POST', '/v2/auth/token', 'none', function (ctx) {
		if (ctx.bodyKind !== 'form') {
			return oauthError(
				400,
				'invalid_request',
				'The content type of the request must be "application/x-www-form-urlencoded"',
			);
		}
		const b = ctx.body || {};
		const missing = ['grant_type', 'client_id', 'client_secret'].filter((k) => !b[k]);
		if (missing.includes('grant_type'))
			return oauthError(400, 'invalid_request', 'Missing required parameter(s)', {
				missing_parameters: missing,
			});
		if (b.grant_type !== 'client_credentials')
			return oauthError(
				400,
				'unsupported_grant_type',
				`The grant type "${b.grant_type}" is not supported.`,
			);
		if (missing.length)
			return oauthError(400, 'invalid_request', 'Missing required parameter(s)', {
				missing_parameters: missing,
			});
		if (b.client_id !== this.options.clientId || b.client_secret !== this.options.clientSecret) {
			return oauthError(401, 'invalid_client', 'Client authentication failed.');
		}
		const scope =
			b.scope ||
			'personio:persons:read personio:persons:write personio:absences:read personio:attendances:read personio:attendances:write personio:recruiting:read personio:webhooks:read personio:webhooks:write personio:documents:read personio:documents:write';
		const { token, lifetime } = this.issueToken('v2', scope);
		return json(200, {
			access_token: token,
			token_type: 'Bearer',
			expires_in: lifetime,
			scope,
			refresh_token: null,
		});
	});

	sb.route('POST', '/v2/auth/revoke', 'none', function (ctx) {
		if (ctx.bodyKind !== 'form')
			return oauthError(
				400,
				'invalid_request',
				'The content type of the request must be "application/x-www-form-urlencoded"',
			);
		const tok = ctx.body && ctx.body.token;
		if (!tok)
			return oauthError(400, 'invalid_request', 'Missing required parameter(s)', {
				missing_parameters: ['token'],
			});
		const rec = this.tokens.get(tok);
		if (rec) rec.revoked = true;
		return empty(200); // RFC 7009: 200 even for unknown tokens
	});
};
