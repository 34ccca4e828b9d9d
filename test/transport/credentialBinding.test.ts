/** Issue 19: the credentials go to Personio only, and nothing a hostile server sends can hold a secret or fill memory. */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { PersonioApi } from '../../credentials/PersonioApi.credentials';
import { PersonioRecruitingApi } from '../../credentials/PersonioRecruitingApi.credentials';
import { personioRequest } from '../../nodes/shared/transport';
import { answerLimits } from '../../nodes/shared/transport/response';
import { fastRetries, personioCredentials, recruitingCredentials } from '../helpers/harness';
import { json, personioContext, recruitingContext, serve } from './servers';

beforeAll(fastRetries);

/** What a failed request throws: n8n's node errors carry a description beside the message. */
type Failure = Error & { description?: string };
async function failureOf(pending: Promise<unknown>): Promise<Failure> {
	try {
		await pending;
	} catch (error) {
		return error as Failure;
	}
	throw new Error('the request was expected to fail');
}

const KEY = 'test-recruiting-key-DO-NOT-LEAK';

describe('Base URL fields accept only Personio and this machine', () => {
	it.each([
		['the Personio API', 'https://api.evil.example', 'Base URL'],
		['a look-alike host', 'https://api.personio.de.evil.example', 'Base URL'],
		['a made-up Personio host', 'https://api.personio.test', 'Base URL'],
		['a careers host as API', 'https://acme.jobs.personio.de', 'Base URL'],
	])('%s: %s is refused before any request, naming the field', async (_what, baseUrl) => {
		const httpRequest = jest.fn();
		const error = (await new PersonioApi()
			.preAuthentication!.call(
				{ helpers: { httpRequest } } as never,
				personioCredentials({ baseUrl }),
			)
			.catch((e: unknown) => e)) as Error;
		expect(error.message).toMatch(
			/credential's Base URL must be Personio's address, https:\/\/api\.personio\.de/,
		);
		expect(error.message).toMatch(/proxy/);
		expect(httpRequest).not.toHaveBeenCalled();
	});

	it('a node run with such a Base URL fails with a NodeOperationError and sends nothing', async () => {
		const context = personioContext('https://proxy.evil.example');
		const error = await failureOf(personioRequest.call(context, { path: '/v1/company/employees' }));
		expect(error.constructor.name).toBe('NodeOperationError');
		expect(error.message).toMatch(/Base URL must be Personio's address/);
	});

	it('the Recruiting API Base URL and the Careers Page URL likewise', async () => {
		const api = await failureOf(
			personioRequest.call(recruitingContext('https://evil.example'), {
				path: '/v1/recruiting/applications',
				credentialType: 'personioRecruitingApi',
			}),
		);
		expect(api.message).toMatch(/API Base URL must be Personio's address/);
		const careers = await failureOf(
			personioRequest.call(
				recruitingContext('https://api.personio.de', { careersUrl: 'https://jobs.evil.example' }),
				{
					path: '/xml',
					credentialType: 'personioRecruitingApi',
					host: 'careers',
					response: 'text',
				},
			),
		);
		expect(careers.message).toMatch(
			/Careers Page URL must be Personio's address, https:\/\/<company>\.jobs\.personio\.de or https:\/\/<company>\.jobs\.personio\.com/,
		);
	});

	it('accepts api.personio.de, careers pages on .de and .com, and loopback on any port', async () => {
		const { apiBaseUrl, careersBaseUrl } = await import('../../nodes/shared/urls');
		for (const baseUrl of [
			'https://api.personio.de',
			'https://api.personio.de/',
			'http://localhost:4010',
			'http://127.0.0.1:1',
			'https://[::1]:8443',
		])
			expect(() => apiBaseUrl({ baseUrl })).not.toThrow();
		for (const careersUrl of [
			'https://acme.jobs.personio.de',
			'https://acme-gmbh.jobs.personio.com',
		])
			expect(careersBaseUrl({ careersUrl })).toBe(careersUrl);
		expect(() => careersBaseUrl({ careersUrl: 'https://jobs.personio.de' })).toThrow(
			/Careers Page URL/,
		);
		expect(() => careersBaseUrl({ careersUrl: 'https://a.b.jobs.personio.de' })).toThrow(
			/Careers Page URL/,
		);
	});
});

describe('the credentials add their secret only to requests for their own origin (HTTP Request node)', () => {
	const personio = personioCredentials({ accessToken: 'papi-stored-token' });
	const recruiting = recruitingCredentials();
	const authenticate = async (
		type: PersonioApi | PersonioRecruitingApi,
		credentials: Record<string, unknown>,
		options: Record<string, unknown>,
	) =>
		await (
			type.authenticate as (c: unknown, o: IHttpRequestOptions) => Promise<IHttpRequestOptions>
		)(credentials, { method: 'GET', ...options } as IHttpRequestOptions);

	it.each([
		['url', { url: 'https://evil.example/v1/company/employees' }],
		['uri (the legacy request helper)', { uri: 'https://evil.example/v1/company/employees' }],
		['baseURL + url', { baseURL: 'https://evil.example', url: '/v1/company/employees' }],
		[
			'an absolute url beside a Personio baseURL',
			{ baseURL: 'https://api.personio.de', url: 'https://evil.example/x' },
		],
		['a look-alike host', { url: 'https://api.personio.de.evil.example/v1' }],
		['user info', { url: 'https://api.personio.de@evil.example/v1' }],
		['plain http to Personio', { url: 'http://api.personio.de/v1' }],
		['another port', { url: 'https://api.personio.de:8443/v1' }],
		['no URL at all', {}],
	])('%s: refused, no header added', async (_how, options) => {
		for (const [type, credentials, name] of [
			[new PersonioApi(), personio, 'Personio API'],
			[new PersonioRecruitingApi(), recruiting, 'Personio Recruiting API'],
		] as const) {
			const error = (await authenticate(type, credentials, options).catch(
				(e: unknown) => e,
			)) as Error;
			expect(error).toBeInstanceOf(Error);
			expect(error.message).toContain(
				`The ${name} credential is sent only to https://api.personio.de`,
			);
			expect(error.message).not.toContain('papi-stored-token');
			expect(error.message).not.toContain(KEY);
		}
	});

	it.each([
		['url', { url: 'https://api.personio.de/v1/company/employees' }],
		['uri', { uri: 'https://api.personio.de/v1/company/employees' }],
		['baseURL + url', { baseURL: 'https://api.personio.de/', url: 'v2/persons' }],
		['a URL object', { uri: new URL('https://api.personio.de/v2/persons') }],
	])('%s on Personio: the secret is added', async (_how, options) => {
		const sent = await authenticate(new PersonioApi(), personio, options);
		expect(sent.headers!.Authorization).toBe('Bearer papi-stored-token');
		const key = await authenticate(new PersonioRecruitingApi(), recruiting, options);
		expect(key.headers!.Authorization).toBe(`Bearer ${KEY}`);
	});

	it('follows the credential: a sandbox Base URL on loopback is its origin', async () => {
		const local = personioCredentials({ baseUrl: 'http://127.0.0.1:4010', accessToken: 't-123' });
		const sent = await authenticate(new PersonioApi(), local, {
			url: 'http://127.0.0.1:4010/v2/persons',
		});
		expect(sent.headers!.Authorization).toBe('Bearer t-123');
		await expect(
			authenticate(new PersonioApi(), local, { url: 'https://api.personio.de/v2/persons' }),
		).rejects.toThrow(/sent only to http:\/\/127\.0\.0\.1:4010/);
	});
});

describe('the credential test', () => {
	it('asks for a token (a valid Client ID and Secret pass without any scope), never reads employees', () => {
		const { request, rules } = new PersonioApi().test;
		expect(request).toMatchObject({
			method: 'POST',
			url: '/v2/auth/token',
			disableFollowRedirect: true,
		});
		expect(request.body).toMatchObject({
			grant_type: 'client_credentials',
			client_id: '={{$credentials.clientId}}',
			client_secret: '={{$credentials.clientSecret}}',
		});
		expect(JSON.stringify(new PersonioApi().test)).not.toContain('employees');
		expect(rules).toEqual([
			expect.objectContaining({ properties: expect.objectContaining({ value: 401 }) }),
		]);
		const clientId = new PersonioApi().properties.find((p) => p.name === 'clientId')!;
		expect(clientId.description).toMatch(/scopes.*403/);
	});
});

describe('a token obtained during the request is redacted from its errors', () => {
	const MINTED = 'minted-token-9f8e7d6c5b4a';

	it.each([
		['after a refresh', 401],
		['on first use', 400],
	])('%s: a server echoing it in an error body', async (_when, firstStatus) => {
		let tokens = 0;
		const server = await serve('127.0.0.1', (req, res) => {
			if (req.url!.startsWith('/v2/auth/token'))
				return json(res, 200, { access_token: `${MINTED}-${++tokens}`, expires_in: 86400 });
			const seen = String(req.headers.authorization);
			// 401 first: the node refreshes the token, then the server echoes the new one.
			if (firstStatus === 401 && tokens === 1)
				return json(res, 401, { error: { message: 'expired' } });
			return json(res, 400, {
				success: false,
				error: { code: 400, message: `bad request with ${seen.slice(7)}` },
			});
		});
		const context = personioContext(server.url);
		const error = await failureOf(
			personioRequest.call(context, { method: 'POST', path: '/v1/company/time-offs', body: {} }),
		);
		await server.close();
		const everything = JSON.stringify({
			message: error.message,
			description: error.description,
			error,
		});
		expect(error.message).toMatch(/bad request with \[redacted\]/);
		expect(everything).not.toContain(MINTED);
	});
});

describe('JSON answers are capped', () => {
	const saved = answerLimits.jsonBytes;
	beforeEach(() => (answerLimits.jsonBytes = 10_000));
	afterEach(() => (answerLimits.jsonBytes = saved));
	const big = (n: number) => ({
		success: true,
		data: Array.from({ length: n }, (_, id) => ({ id, name: 'x'.repeat(90) })),
	});

	it.each([
		['a list page', 200],
		['an error body', 400],
	])(
		'%s larger than the limit is refused with a clear error, never parsed',
		async (_what, status) => {
			const server = await serve('127.0.0.1', (req, res) => {
				if (req.url!.startsWith('/v2/auth/token'))
					return json(res, 200, { access_token: 't-1', expires_in: 86400 });
				return json(res, status, big(500));
			});
			const error = await failureOf(
				personioRequest.call(personioContext(server.url), { path: '/v1/company/employees' }),
			);
			await server.close();
			expect(error.message).toMatch(
				/Personio's answer is larger than the 0(\.0)? MB this request accepts/,
			);
			expect(server.hits.filter((hit) => hit.url.startsWith('/v1/'))).toHaveLength(1);
		},
	);

	it('an answer within the limit is read as before', async () => {
		const server = await serve('127.0.0.1', (req, res) => {
			if (req.url!.startsWith('/v2/auth/token'))
				return json(res, 200, { access_token: 't-1', expires_in: 86400 });
			return json(res, 200, big(50));
		});
		const body = (await personioRequest.call(personioContext(server.url), {
			path: '/v1/company/employees',
		})) as { data: unknown[] };
		await server.close();
		expect(body.data).toHaveLength(50);
	});

	it('text is decoded as it arrives: characters split between chunks come through whole', async () => {
		const page = Buffer.from(
			JSON.stringify({ success: true, data: [{ name: 'Jürgen Łukasz 😀 東京' }] }),
		);
		// A cut inside every multi-byte character: ü (2 bytes), Ł (2), 😀 (4), 東 and 京 (3 each).
		const cuts = ['ü', 'Ł', '😀', '東', '京'].map((char) => page.indexOf(Buffer.from(char)) + 1);
		const server = await serve('127.0.0.1', async (req, res) => {
			if (req.url!.startsWith('/v2/auth/token')) {
				json(res, 200, { access_token: 't-1', expires_in: 86400 });
				return;
			}
			res.writeHead(200, { 'content-type': 'application/json' });
			let start = 0;
			for (const cut of [...cuts, page.length]) {
				res.write(page.subarray(start, cut));
				start = cut;
				await sleep(5);
			}
			res.end();
		});
		const body = (await personioRequest.call(personioContext(server.url), {
			path: '/v1/company/employees',
		})) as { data: Array<{ name: string }> };
		await server.close();
		expect(body.data[0].name).toBe('Jürgen Łukasz 😀 東京');
	});

	it('the token answer too', async () => {
		const server = await serve('127.0.0.1', (_req, res) =>
			json(res, 200, { access_token: 't-1', padding: 'x'.repeat(50_000) }),
		);
		const error = await failureOf(
			personioRequest.call(personioContext(server.url), { path: '/v1/company/employees' }),
		);
		await server.close();
		expect(error.message).toMatch(/larger than/);
		expect(server.hits.map((hit) => hit.url)).toEqual(['/v2/auth/token']);
	});
});
