import { CredentialTestContext } from 'n8n-core';

import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { redactSecrets } from '../../nodes/shared/redaction';
import { path, personioRequest } from '../../nodes/shared/transport';
import { fastRetries, personioCredentials, recruitingCredentials } from '../helpers/harness';
import { json, personioContext, recruitingContext, serve } from './servers';
import type { Server } from './servers';
import type { Json } from '../helpers/json';

beforeAll(fastRetries);

const SECRET = 'test-client-secret-DO-NOT-LEAK';
const KEY = 'test-recruiting-key-DO-NOT-LEAK';

describe('no credential follows a redirect', () => {
	let other: Server;
	beforeEach(async () => {
		other = await serve('localhost', (_, res) =>
			json(res, 200, { access_token: 'papi-stolen', success: true, data: {} }),
		);
	});
	afterEach(async () => await other.close());

	for (const status of [301, 302, 307, 308]) {
		it(`HTTP ${status} on an API request, the token request, the Recruiting API and the careers feed`, async () => {
			const redirecting = (kind: string) =>
				serve('127.0.0.1', (req, res) => {
					const isToken = req.url!.startsWith('/v2/auth/token');
					if (isToken && kind !== 'token')
						json(res, 200, { access_token: 'papi-real', expires_in: 86400 });
					else res.writeHead(status, { Location: `${other.url}/collect?token=x` }).end();
				});
			const cases: Array<[string, (url: string) => Promise<unknown>]> = [
				[
					'api',
					(url) => personioRequest.call(personioContext(url), { path: '/v1/company/employees' }),
				],
				[
					'api-post',
					(url) =>
						personioRequest.call(personioContext(url), {
							method: 'POST',
							path: '/v2/persons',
							body: { a: 1 },
						}),
				],
				[
					'token',
					(url) => personioRequest.call(personioContext(url), { path: '/v1/company/employees' }),
				],
				[
					'recruiting',
					(url) =>
						personioRequest.call(recruitingContext(url), {
							method: 'POST',
							path: '/v1/recruiting/applications',
							body: {},
							credentialType: 'personioRecruitingApi',
						}),
				],
				[
					'careers',
					(url) =>
						personioRequest.call(recruitingContext(url), {
							path: '/xml',
							credentialType: 'personioRecruitingApi',
							host: 'careers',
							response: 'text',
						}),
				],
			];
			for (const [kind, call] of cases) {
				const server = await redirecting(kind);
				const error: Json = await call(server.url).catch((e) => e);
				await server.close();
				expect([kind, error.message]).toEqual([
					kind,
					expect.stringMatching(new RegExp(`redirect.*${other.url.slice(7)}`)),
				]);
				expect(JSON.stringify(error) + error.description + error.stack).not.toMatch(
					/DO-NOT-LEAK|papi-real/,
				);
				// Nothing is sent again: one request reached the redirecting server (plus its token request).
				expect(
					server.hits.filter((hit) => !hit.url.startsWith('/v2/auth/token') || kind === 'token'),
				).toHaveLength(1);
			}
			expect(other.hits).toEqual([]);
		});
	}

	it('the Recruiting credential test reports the redirect and sends the key nowhere else', async () => {
		const server = await serve('127.0.0.1', (_, res) =>
			res.writeHead(307, { Location: `${other.url}/steal` }).end(),
		);
		const result =
			await new PersonioRecruiting().methods.credentialTest.personioRecruitingApiTest.call(
				new CredentialTestContext() as never,
				{
					id: 'c',
					name: 'r',
					type: 'personioRecruitingApi',
					data: recruitingCredentials({ baseUrl: server.url }),
				},
			);
		await server.close();
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(/redirect.*localhost/),
		});
		expect(JSON.stringify(result)).not.toMatch(/DO-NOT-LEAK/);
		expect(other.hits).toEqual([]);
	});
});

describe('Base URL fields are checked before any request', () => {
	const refused: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'plain http to another host',
			{ baseUrl: 'http://api.personio.de' },
			/Base URL must start with https:\/\//,
		],
		[
			'user info that hides the real host',
			{ baseUrl: 'https://api.personio.de@evil.example' },
			/Base URL must not contain a user name/,
		],
		['a query', { baseUrl: 'https://api.personio.de/?x=1' }, /Base URL must not contain a query/],
		[
			'a fragment',
			{ baseUrl: 'https://api.personio.de/#x' },
			/Base URL must not contain a query \(\?\) or fragment/,
		],
		['not a URL', { baseUrl: 'api.personio.de' }, /Base URL must be a full URL/],
	];
	for (const [what, overrides, message] of refused) {
		it(`refuses ${what}`, async () => {
			const server = await serve('127.0.0.1', (_, res) => json(res, 200, {}));
			const error: Json = await personioRequest
				.call(personioContext(server.url, overrides), { path: '/v1/company/employees' })
				.catch((e) => e);
			await server.close();
			expect(error.constructor.name).toBe('NodeOperationError');
			expect(error.message).toMatch(message);
			expect(server.hits).toEqual([]);
		});
	}

	it('refuses a Careers Page URL over plain http to another host, naming the field', async () => {
		const context = recruitingContext('https://api.personio.de', {
			careersUrl: 'http://jobs.example',
		});
		const error: Json = await personioRequest
			.call(context, {
				path: '/xml',
				credentialType: 'personioRecruitingApi',
				host: 'careers',
				response: 'text',
			})
			.catch((e) => e);
		expect(error.message).toMatch(/Careers Page URL must start with https:\/\//);
	});
});
describe('path()', () => {
	it('refuses empty, "." and ".." segments, which a server would resolve as steps up the path', () => {
		for (const id of ['', ' ', '.', '..'])
			expect(() => path('/v2/persons/{id}', { id })).toThrow(/must be an ID/);
		expect(path('/v2/persons/{id}', { id: '...' })).toBe('/v2/persons/...');
	});
});

describe('redactSecrets', () => {
	it('removes a secret echoed URL-encoded or JSON-escaped', () => {
		const secret = 'se cr/et"+&=';
		const echoed = [
			`client_secret=${encodeURIComponent(secret)}`,
			JSON.stringify({ echo: `the secret was ${secret}` }),
			`form: ${new URLSearchParams({ s: secret }).toString()}`,
			`{\\"client_secret\\":\\"plain-value-123\\"}`,
			`client_secret%3Dplain-value-123`,
		];
		for (const text of echoed) {
			const clean = redactSecrets(text, [secret]);
			expect(clean).not.toContain(secret);
			expect(clean).not.toContain(encodeURIComponent(secret));
			expect(clean).not.toContain(JSON.stringify(secret).slice(1, -1));
			expect(clean).not.toContain('plain-value-123');
		}
	});
});
describe('the careers feed', () => {
	it('carries X-Company-ID and the partner headers, never the API key', async () => {
		const feed = await serve('127.0.0.1', (_, res) =>
			res.writeHead(200, { 'Content-Type': 'application/xml' }).end('<workzag-jobs/>'),
		);
		const context = recruitingContext(feed.url, { partnerId: 'ACME', appId: 'N8N' });
		await personioRequest.call(context, {
			path: '/xml',
			credentialType: 'personioRecruitingApi',
			host: 'careers',
			response: 'text',
		});
		await feed.close();
		expect(feed.hits[0].headers).toMatchObject({
			'x-company-id': '1234',
			'x-personio-partner-id': 'ACME',
			'personio-app-id': 'N8N',
		});
		expect(feed.hits[0].headers.authorization).toBeUndefined();
		expect(JSON.stringify(feed.hits)).not.toContain(KEY);
		expect(JSON.stringify(feed.hits)).not.toContain(SECRET);
	});
});

describe('the Personio API credential on its own (credential test, HTTP Request node)', () => {
	it('refuses a Base URL that would send the secret elsewhere before asking for a token', async () => {
		const { PersonioApi } = await import('../../credentials/PersonioApi.credentials');
		const httpRequest = jest.fn();
		for (const baseUrl of [
			'http://api.personio.de',
			'https://api.personio.de@evil.example',
			'https://x.example/?a=1',
		]) {
			const error: Json = await new PersonioApi().preAuthentication
				.call({ helpers: { httpRequest } } as never, personioCredentials({ baseUrl }))
				.catch((e: unknown) => e);
			expect(error.message).toMatch(/credential's Base URL must/);
			expect(error.message).not.toContain(SECRET);
		}
		expect(httpRequest).not.toHaveBeenCalled();
	});
});
