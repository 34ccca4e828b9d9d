'use strict';
/* Checks about what the sandbox recorded: after all workflows, and after a revoked token. */

/** Assertions about everything the sandbox saw during one n8n's run of all workflows. */
function sandboxChecks({ check, stats, values }) {
	const personio = stats.log.filter((e) => !e.path.startsWith('/__sandbox'));
	const tokenCalls = personio.filter(
		(e) => e.route === 'POST /v2/auth/token' || e.route === 'POST /v1/auth',
	);
	const recruiting = personio.filter((e) => e.path.startsWith('/v1/recruiting'));
	const careers = personio.filter(
		(e) => e.route === 'GET /xml' || e.route.startsWith('GET /careers'),
	);
	const api = personio.filter(
		(e) => !tokenCalls.includes(e) && !recruiting.includes(e) && !careers.includes(e),
	);
	check.equal('sandbox: one token request for the whole run', stats.tokenRequests, 1);
	const token = tokenCalls[0] || {};
	check(
		'sandbox: the token request is form-encoded client credentials',
		token.bodyKind === 'form' &&
			token.body &&
			token.body.grant_type === 'client_credentials' &&
			token.body.client_id === values.PERSONIO_CLIENT_ID,
		() =>
			JSON.stringify({
				bodyKind: token.bodyKind,
				body: token.body,
				type: token.headers && token.headers['content-type'],
			}),
	);
	const noBearer = api.filter((e) => !e.tokenId || e.headers.authorization !== 'Bearer <redacted>');
	check(
		`sandbox: Authorization Bearer with the minted token on all ${api.length} API calls`,
		api.length > 0 && noBearer.length === 0,
		() =>
			noBearer
				.slice(0, 3)
				.map((e) => e.route)
				.join(', '),
	);
	const partner = (e) =>
		e.partnerHeaders['x-personio-partner-id'] === values.PERSONIO_PARTNER_ID &&
		e.partnerHeaders['personio-partner-id'] === values.PERSONIO_PARTNER_ID &&
		e.partnerHeaders['x-personio-app-id'] === values.PERSONIO_APP_ID &&
		e.partnerHeaders['personio-app-id'] === values.PERSONIO_APP_ID;
	const noPartner = [...tokenCalls, ...api, ...recruiting].filter((e) => !partner(e));
	check(
		'sandbox: partner and app headers in both spellings on every call',
		noPartner.length === 0,
		() =>
			noPartner
				.slice(0, 3)
				.map((e) => `${e.route} ${JSON.stringify(e.partnerHeaders)}`)
				.join('; '),
	);
	if (recruiting.length) {
		const bad = recruiting.filter(
			(e) => e.headers['x-company-id'] !== values.PERSONIO_COMPANY_ID || !e.headers.authorization,
		);
		check(
			`sandbox: X-Company-ID and the API key on all ${recruiting.length} recruiting calls`,
			bad.length === 0,
			() => bad.map((e) => e.route).join(', '),
		);
	}
	const retired = personio.filter((e) => e.path.startsWith('/v1/company/attendances'));
	check(
		'sandbox: no request to the retired v1 attendances and projects (retired 2026-08-30)',
		retired.length === 0,
		() => retired.map((e) => e.route).join(', '),
	);
	const beta = api.filter((e) => e.headers.beta !== undefined);
	check(
		'sandbox: no Beta header (cost centers and workplaces are generally available)',
		beta.length === 0,
		() => beta.map((e) => e.route).join(', '),
	);
	const v1Absences = personio.filter(
		(e) => e.method === 'GET' && /^\/v1\/company\/(time-offs|absence-periods)\/[^/]+$/.test(e.path),
	);
	check('sandbox: absences are read one at a time on v2 only', v1Absences.length === 0, () =>
		v1Absences.map((e) => e.path).join(', '),
	);
	// The Polling Trigger reads an employee missing from the list by its id before it reports a
	// deletion: a 404 there, for an employee deleted in Personio, is the answer it asks for.
	const deleted = new Set((stats.deletedEmployees || []).map(String));
	const confirmsDeletion = (e) =>
		e.status === 404 &&
		e.route === 'GET /v1/company/employees/{id}' &&
		deleted.has(e.path.split('/').pop());
	const failed = personio.filter((e) => e.status >= 400 && !confirmsDeletion(e));
	check('sandbox: no request failed', failed.length === 0, () =>
		failed
			.slice(0, 5)
			.map((e) => `${e.route} ${e.status}`)
			.join(', '),
	);
}

/**
 * After the suite: Personio revokes the stored token, and the employees workflow runs again. The first
 * request is rejected once; then one token request and the same request again, never a second rejection.
 */
async function expiredTokenCheck({ check, sandbox, client, install, parse, workflow }) {
	const mark = new Date().toISOString();
	sandbox.revokeTokens();
	const id = await client.runManually(workflow.id, install.major);
	const execution = await client.waitForExecution(id, { parse });
	check.equal('the workflow still succeeds', execution.status, 'success');
	const since = sandbox
		.stats()
		.log.filter((e) => e.time >= mark && !e.path.startsWith('/__sandbox'));
	const rejected = since.filter((e) => e.status === 401 || e.status === 403);
	const tokens = since.filter((e) => e.route === 'POST /v2/auth/token');
	check.equal('one rejected request', rejected.length, 1);
	check.equal('one token request', tokens.length, 1);
	const first = since.indexOf(rejected[0]);
	const [token, retry] = since.slice(first + 1, first + 3);
	check(
		'then the same request once more, accepted',
		token === tokens[0] && retry && retry.route === rejected[0].route && retry.status === 200,
		() =>
			since
				.slice(0, 4)
				.map((e) => `${e.route} ${e.status}`)
				.join(', '),
	);
}

module.exports = { expiredTokenCheck, sandboxChecks };
