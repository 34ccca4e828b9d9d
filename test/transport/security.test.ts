/* eslint-disable */
import { CredentialTestContext } from 'n8n-core';
import http from 'http';
import type { AddressInfo } from 'net';

import { Personio } from '../../nodes/Personio/Personio.node';
import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { redactSecrets, requestTimeout } from '../../nodes/shared/auth';
import { path, personioRequest } from '../../nodes/shared/transport';
import {
	executeContext,
	fastRetries,
	personioCredentials,
	recruitingCredentials,
	TestCredentialsHelper,
} from '../helpers/harness';

beforeAll(fastRetries);

const SECRET = 'test-client-secret-DO-NOT-LEAK';
const KEY = 'test-recruiting-key-DO-NOT-LEAK';

interface Server {
	url: string;
	hits: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: string }>;
	close(): Promise<void>;
}

/** A local HTTP server; `answer` gets each request (token requests included) after its body is read. */
async function serve(
	host: string,
	answer: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<Server> {
	const hits: Server['hits'] = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			hits.push({ method: req.method!, url: req.url!, headers: req.headers, body });
			answer(req, res);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${host}:${port}`,
		hits,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

const json = (res: http.ServerResponse, status: number, body: unknown) =>
	res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

function personioContext(
	baseUrl: string,
	overrides: Record<string, unknown> = {},
	recruiting = false,
) {
	const credentials = new TestCredentialsHelper({
		personioApi: personioCredentials({ baseUrl, ...overrides }),
		personioRecruitingApi: recruitingCredentials({ baseUrl, careersUrl: baseUrl, ...overrides }),
	});
	const [nodeType, typeName] = recruiting
		? [new PersonioRecruiting(), 'n8n-nodes-personio.personioRecruiting']
		: [new Personio(), 'n8n-nodes-personio.personio'];
	return executeContext({ nodeType, typeName, parameters: {}, credentials });
}
const recruitingContext = (baseUrl: string, overrides: Record<string, unknown> = {}) =>
	personioContext(baseUrl, overrides, true);

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
				const error: any = await call(server.url).catch((e) => e);
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
			const error: any = await personioRequest
				.call(personioContext(server.url, overrides), { path: '/v1/company/employees' })
				.catch((e) => e);
			await server.close();
			expect(error.constructor.name).toBe('NodeOperationError');
			expect(error.message).toMatch(message);
			expect(server.hits).toEqual([]);
		});
	}

	it('refuses a Careers Page URL over plain http to another host, naming the field', async () => {
		const context = recruitingContext('https://api.personio.test', {
			careersUrl: 'http://jobs.example',
		});
		const error: any = await personioRequest
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

describe('the token request', () => {
	it('gives up after the request timeout: three executions sharing a silent token endpoint all fail clearly', async () => {
		const saved = requestTimeout.ms;
		requestTimeout.ms = 300;
		const silent = await serve('127.0.0.1', () => undefined);
		try {
			const started = Date.now();
			const runs = [1, 2, 3].map(() =>
				personioRequest
					.call(personioContext(silent.url), { path: '/v1/company/employees' })
					.catch((e) => e),
			);
			const errors: any[] = await Promise.all(runs);
			expect(Date.now() - started).toBeLessThan(3_000);
			for (const error of errors)
				expect(error.message).toMatch(/token endpoint .* did not answer within 0.3 s/);
			expect(silent.hits.filter((hit) => hit.url === '/v2/auth/token')).toHaveLength(1);
		} finally {
			requestTimeout.ms = saved;
			await silent.close();
		}
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

describe('cancelling an execution', () => {
	it('aborts the request in flight, not only the waits between retries', async () => {
		const slow = await serve('127.0.0.1', (req, res) => {
			if (req.url!.startsWith('/v2/auth/token'))
				json(res, 200, { access_token: 'papi-t', expires_in: 86400 });
			else setTimeout(() => json(res, 200, { success: true, data: [] }), 5_000);
		});
		const controller = new AbortController();
		const credentials = new TestCredentialsHelper({
			personioApi: personioCredentials({ baseUrl: slow.url }),
		});
		const context = executeContext({
			nodeType: new Personio(),
			typeName: 'n8n-nodes-personio.personio',
			parameters: {},
			credentials,
			abortSignal: controller.signal,
		});
		const started = Date.now();
		const pending = personioRequest
			.call(context, { path: '/v1/company/employees' })
			.catch((e) => e);
		setTimeout(() => controller.abort(), 300);
		const error: any = await pending;
		await slow.close();
		expect(error).toBeInstanceOf(Error);
		expect(Date.now() - started).toBeLessThan(2_000);
		expect(slow.hits.filter((hit) => hit.url.startsWith('/v1/'))).toHaveLength(1);
	});
});

describe('maxBytes', () => {
	it('refuses an answer larger than allowed without reading it whole', async () => {
		const big = await serve('127.0.0.1', (req, res) => {
			if (req.url!.startsWith('/v2/auth/token'))
				return void json(res, 200, { access_token: 'papi-t', expires_in: 86400 });
			res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
			for (let i = 0; i < 64; i++) res.write(Buffer.alloc(64 * 1024, 1));
			res.end();
		});
		const context = personioContext(big.url);
		const error: any = await personioRequest
			.call(context, {
				path: '/v2/document-management/documents/1/download',
				response: 'binary',
				maxBytes: 1024 * 1024,
			})
			.catch((e) => e);
		const small: any = await personioRequest.call(context, {
			path: '/v2/document-management/documents/1/download',
			response: 'binary',
			maxBytes: 8 * 1024 * 1024,
		});
		await big.close();
		expect(error.message).toMatch(/larger than the 1 MB this request accepts/);
		expect(small.length).toBe(64 * 64 * 1024);
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
			const error: any = await new PersonioApi().preAuthentication
				.call({ helpers: { httpRequest } } as never, personioCredentials({ baseUrl }))
				.catch((e: unknown) => e);
			expect(error.message).toMatch(/credential's Base URL must/);
			expect(error.message).not.toContain(SECRET);
		}
		expect(httpRequest).not.toHaveBeenCalled();
	});
});
