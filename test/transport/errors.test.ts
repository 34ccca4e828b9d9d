import nock from 'nock';

import { Personio } from '../../nodes/Personio/Personio.node';
import { personioRequest, retryPolicy } from '../../nodes/shared/transport';
import { BASE_URL, defaultCredentials, executeContext, fastRetries } from '../helpers/harness';
import { localContext, scriptedServer } from './servers';
import { tokenEndpoint } from '../helpers/personioNode';
import type { Json } from '../helpers/json';

let credentials = defaultCredentials();
beforeEach(() => {
	credentials = defaultCredentials();
});
const context = (extra: { abortSignal?: AbortSignal } = {}) =>
	executeContext({
		nodeType: new Personio(),
		typeName: 'n8n-nodes-personio.personio',
		parameters: {},
		credentials,
		...extra,
	});

const token = () => tokenEndpoint(1, { accessToken: 'papi-t' });

beforeAll(fastRetries);

describe('retries and errors', () => {
	it('a POST that got a 500 or a dropped connection is not re-sent; one refused before sending is', async () => {
		const server = await scriptedServer([
			(res) =>
				res
					.writeHead(500, { 'Content-Type': 'application/json' })
					.end('{"success":false,"error":{"code":0,"message":"boom"}}'),
			(res) => res.socket!.destroy(),
			(res) => res.writeHead(429, { 'Retry-After': '0' }).end('{}'),
			(res) =>
				res
					.writeHead(200, { 'Content-Type': 'application/json' })
					.end('{"success":true,"data":{"id":7}}'),
		]);
		const local = localContext(server.url);
		const post = () =>
			personioRequest.call(local, {
				method: 'POST',
				path: '/v1/company/employees',
				body: { a: 1 },
			});
		await expect(post()).rejects.toMatchObject({
			message: 'boom',
			description: expect.stringMatching(/not sent again/),
		});
		await expect(post()).rejects.toMatchObject({
			message: expect.stringMatching(/closed unexpectedly/),
			description: expect.stringMatching(/not sent again/),
		});
		expect(await post()).toEqual({ success: true, data: { id: 7 } });
		expect(server.hits).toEqual([
			'POST /v2/auth/token',
			'POST /v1/company/employees',
			'POST /v1/company/employees',
			'POST /v1/company/employees',
			'POST /v1/company/employees',
		]);
		await server.close();

		// Nothing listens on the port: the write never left, so it is retried (and fails clearly in the end).
		const refused = localContext('http://127.0.0.1:1');
		const error: Json = await personioRequest
			.call(refused, { method: 'POST', path: '/v1/company/employees', body: {} })
			.catch((e: Json) => e);
		expect(error.message).toMatch(/Could not reach Personio at http:\/\/127.0.0.1:1/);
	});

	it('reads retry malformed JSON, dropped connections and 503s, and give up after maxRetries with a clear error', async () => {
		const server = await scriptedServer([
			(res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"success": tr'),
			(res) => res.socket!.destroy(),
			(res) => res.writeHead(503).end('unavailable'),
			(res) =>
				res
					.writeHead(200, { 'Content-Type': 'application/json' })
					.end('{"success":true,"data":{"id":1}}'),
			...Array.from(
				{ length: retryPolicy.maxRetries + 1 },
				() => (res: import('http').ServerResponse) => res.writeHead(502).end('bad gateway'),
			),
		]);
		const local = localContext(server.url);
		expect(await personioRequest.call(local, { path: '/v1/company/employees/1' })).toEqual({
			success: true,
			data: { id: 1 },
		});
		const error: Json = await personioRequest
			.call(local, { path: '/v1/company/employees/2' })
			.catch((e: Json) => e);
		expect(error.message).toMatch(/bad gateway/i);
		expect(error.httpCode).toBe('502');
		expect(server.hits.filter((hit) => hit.startsWith('GET'))).toHaveLength(
			4 + retryPolicy.maxRetries + 1,
		);
		await server.close();
	});

	it("a Retry-After longer than the policy allows fails at once with Personio's message", async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v1/company/employees/3')
			.reply(
				429,
				{ success: false, error: { code: 0, message: 'Too Many Attempts.' } },
				{ 'Retry-After': '3600' },
			);
		const error: Json = await personioRequest
			.call(context(), { path: '/v1/company/employees/3' })
			.catch((e: Json) => e);
		expect(error.message).toBe('Too Many Attempts.');
		expect(error.httpCode).toBe('429');
		expect(api.isDone()).toBe(true);
	});

	it('a cancelled execution stops waiting at once', async () => {
		token();
		const saved = { ...retryPolicy };
		Object.assign(retryPolicy, { baseDelayMs: 60_000, maxDelayMs: 60_000 });
		const controller = new AbortController();
		nock(BASE_URL).get('/v1/company/employees/4').reply(503, 'unavailable');
		const started = Date.now();
		const pending = personioRequest
			.call(context({ abortSignal: controller.signal }), { path: '/v1/company/employees/4' })
			.catch((e: Json) => e);
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
		setTimeout(() => controller.abort(), 50);
		const error: Json = await pending;
		Object.assign(retryPolicy, saved);
		expect(error.message).toMatch(/cancelled/);
		expect(Date.now() - started).toBeLessThan(5_000);
	});

	it("refreshes the token on v1's 403 for an invalid token, but not on a plain permission 403", async () => {
		token();
		const invalid = {
			success: false,
			error: { code: 403, message: 'Provided authorization is not valid' },
		};
		// One rejected request, one token request, one retry: the rejected token is not sent a second time.
		nock(BASE_URL).get('/v1/company/employees/5').reply(403, invalid);
		tokenEndpoint(1, { accessToken: 'papi-fresh' });
		const fresh = nock(BASE_URL)
			.get('/v1/company/employees/5')
			.matchHeader('authorization', 'Bearer papi-fresh')
			.reply(200, { success: true, data: { id: 5 } });
		expect(await personioRequest.call(context(), { path: '/v1/company/employees/5' })).toEqual({
			success: true,
			data: { id: 5 },
		});
		expect(fresh.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
		expect(credentials.tokenMints).toBe(2);

		nock(BASE_URL)
			.get('/v1/company/employees/6')
			.reply(403, {
				success: false,
				error: { code: 0, message: 'The attribute salary is not allowed for this credential' },
			});
		const error: Json = await personioRequest
			.call(context(), { path: '/v1/company/employees/6' })
			.catch((e: Json) => e);
		expect(error.message).toBe('The attribute salary is not allowed for this credential');
		expect(credentials.tokenMints).toBe(2);
	});

	it('maps v2 problem+json and recruiting reason errors', async () => {
		token();
		nock(BASE_URL)
			.get('/v2/persons/9')
			.reply(404, {
				personio_trace_id: 't',
				errors: [{ title: 'Not found', detail: 'The requested resource was not found.' }],
			});
		const error: Json = await personioRequest
			.call(context(), { path: '/v2/persons/9' })
			.catch((e: Json) => e);
		expect(error.message).toBe('The requested resource was not found.');
		expect(error.description).toMatch(/Not found: The requested resource was not found/);
	});
});
