/* eslint-disable */
import nock from 'nock';

import { Personio } from '../../nodes/Personio/Personio.node';
import {
	paginate,
	path,
	personioRequest,
	personioRequestAllItems,
	retryPolicy,
} from '../../nodes/shared/transport';
import { BASE_URL, defaultCredentials, executeContext, fastRetries } from '../helpers/harness';

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

const token = () =>
	nock(BASE_URL).post('/v2/auth/token').reply(200, { access_token: 'papi-t', expires_in: 86400 });
const records = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => ({ id: from + i }));

beforeAll(fastRetries);

/** A local server answering data requests with the given script, one step per request, and tokens always. */
async function scriptedServer(steps: Array<(res: import('http').ServerResponse) => void>) {
	const http = await import('http');
	const hits: string[] = [];
	const server = http.createServer((req, res) => {
		hits.push(`${req.method} ${req.url!.split('?')[0]}`);
		req.resume();
		if (req.url!.startsWith('/v2/auth/token')) {
			res
				.writeHead(200, { 'Content-Type': 'application/json' })
				.end('{"access_token":"papi-local","expires_in":86400}');
			return;
		}
		const step = steps.shift();
		if (step) step(res);
		else res.writeHead(599).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as import('net').AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		hits,
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

function localContext(baseUrl: string) {
	const local = defaultCredentials();
	local.store.personioApi.baseUrl = baseUrl;
	return executeContext({
		nodeType: new Personio(),
		typeName: 'n8n-nodes-personio.personio',
		parameters: {},
		credentials: local,
	});
}

describe('path()', () => {
	it('encodes every parameter so no value can change the path', () => {
		expect(path('/v1/company/time-offs/{id}', { id: '../employees?x=1#y' })).toBe(
			'/v1/company/time-offs/..%2Femployees%3Fx%3D1%23y',
		);
		expect(path('/v1/a/{id}', { id: '%2F' })).toBe('/v1/a/%252F');
		expect(() => path('/v1/a/{id}', {})).toThrow(/Missing path parameter id/);
	});
});

describe('pagination', () => {
	it('v1 page numbers start at 1 and stop at metadata.total_pages without an extra request', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v1/company/time-offs')
			.query({ limit: 2, offset: 1 })
			.reply(200, {
				success: true,
				metadata: { total_pages: 2, current_page: 1 },
				data: records(1, 2),
			})
			.get('/v1/company/time-offs')
			.query({ limit: 2, offset: 2 })
			.reply(200, {
				success: true,
				metadata: { total_pages: 2, current_page: 2 },
				data: records(3, 2),
			});
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v1/company/time-offs' },
			{ style: 'offset', offset: 'page', pageSize: 2 },
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4]);
		expect(api.isDone()).toBe(true);
	});

	it('a record offset that Personio repeats yields each record once', async () => {
		token();
		nock(BASE_URL)
			.get('/v1/company/attendances')
			.query({ limit: 2, offset: 0 })
			.reply(200, { success: true, data: records(1, 2) })
			.get('/v1/company/attendances')
			.query({ limit: 2, offset: 2 })
			.reply(200, { success: true, data: records(2, 2) })
			.get('/v1/company/attendances')
			.query({ limit: 2, offset: 4 })
			.reply(200, { success: true, data: records(4, 1) });
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v1/company/attendances' },
			{ style: 'offset', offset: 'record', pageSize: 2 },
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4]);
	});

	it('page numbers keep the page size when a Limit is reached on a later page', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v1/company/time-offs')
			.query({ limit: 3, offset: 1 })
			.reply(200, { success: true, data: records(1, 3) })
			.get('/v1/company/time-offs')
			.query({ limit: 3, offset: 2 })
			.reply(200, { success: true, data: records(4, 3) });
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v1/company/time-offs' },
			{ style: 'offset', offset: 'page', pageSize: 3 },
			5,
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
		expect(api.isDone()).toBe(true);
	});

	it('v2 cursors follow _meta.links.next (absolute or relative) and stop on a repeated cursor', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v2/persons')
			.query({ limit: 50 })
			.reply(200, {
				_data: records(1, 2),
				_meta: { links: { next: { href: `${BASE_URL}/v2/persons?cursor=abc&limit=50` } } },
			})
			.get('/v2/persons')
			.query({ limit: 50, cursor: 'abc' })
			.reply(200, {
				_data: records(3, 2),
				_meta: { links: { next: { href: '/v2/persons?cursor=def' } } },
			})
			.get('/v2/persons')
			.query({ limit: 50, cursor: 'def' })
			.reply(200, {
				_data: records(5, 1),
				_meta: { links: { next: { href: '/v2/persons?cursor=def' } } },
			});
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v2/persons' },
			{ style: 'cursor', pageSize: 50 },
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
		expect(api.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('fails clearly, instead of looping or returning a silent part, when a full page repeats its cursor', async () => {
		token();
		nock(BASE_URL)
			.get('/v2/persons')
			.query({ limit: 2 })
			.reply(200, {
				_data: records(1, 2),
				_meta: { links: { next: { href: '/v2/persons?cursor=abc' } } },
			})
			.get('/v2/persons')
			.query({ limit: 2, cursor: 'abc' })
			.reply(200, {
				_data: records(3, 2),
				_meta: { links: { next: { href: '/v2/persons?cursor=abc' } } },
			});
		const error: any = await personioRequestAllItems
			.call(context(), { path: '/v2/persons' }, { style: 'cursor', pageSize: 2 })
			.catch((e: any) => e);
		expect(error.message).toBe(
			'Personio repeated a page cursor after 4 records, so the list could not be read to the end',
		);
	});

	it('reads a v1 list once more when it changed while it was read, without repeating records', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 0 })
			.reply(200, { success: true, metadata: { total_elements: 5 }, data: records(1, 2) })
			// Record 2 was deleted meanwhile: record 3 slid onto the page already read.
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 2 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [{ id: 4 }, { id: 5 }] })
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 4 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [] })
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 0 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [{ id: 1 }, { id: 3 }] })
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 2 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [{ id: 4 }, { id: 5 }] })
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 4 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [] });
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v1/company/employees' },
			{ style: 'offset', offset: 'record', pageSize: 2 },
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 4, 5, 3]);
		expect(api.isDone()).toBe(true);
	});

	it('streams pages and stops requesting once the limit is reached', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v2/persons')
			.query({ limit: 2 })
			.reply(200, {
				_data: records(1, 2),
				_meta: { links: { next: { href: '/v2/persons?cursor=x' } } },
			});
		const pages = [];
		for await (const page of paginate.call(
			context(),
			{ path: '/v2/persons' },
			{ style: 'cursor', pageSize: 50 },
			2,
		))
			pages.push(page);
		expect(pages).toEqual([records(1, 2)]);
		expect(api.isDone()).toBe(true);
	});
});

describe('token', () => {
	it('executions that find no token at the same moment share one token request', async () => {
		const tokenScope = nock(BASE_URL)
			.post('/v2/auth/token')
			.delay(50)
			.reply(200, { access_token: 'papi-shared', expires_in: 86400 });
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.times(5)
			.matchHeader('authorization', 'Bearer papi-shared')
			.reply(200, { success: true, data: { id: 1 } });
		const results = await Promise.all(
			Array.from({ length: 5 }, () =>
				personioRequest.call(context(), { path: '/v1/company/employees/1' }),
			),
		);
		expect(results).toHaveLength(5);
		expect(tokenScope.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('token reuse within a process', () => {
	it('an execution that read the credential before the new token was saved reuses it; a rejected token is replaced', async () => {
		const first = nock(BASE_URL)
			.post('/v2/auth/token')
			.reply(200, { access_token: 'papi-minted', expires_in: 86400 });
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.times(2)
			.matchHeader('authorization', 'Bearer papi-minted')
			.reply(200, { success: true, data: { id: 1 } });
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });
		// A second execution whose stored credential still has no token (read before n8n saved it).
		credentials = defaultCredentials();
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });
		expect(first.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);

		// Personio rejects that token: the refresh must mint a new one, not hand back the rejected one.
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.reply(401, {
				success: false,
				error: { code: 401, message: 'Provided authorization is not valid' },
			});
		const second = nock(BASE_URL)
			.post('/v2/auth/token')
			.reply(200, { access_token: 'papi-new', expires_in: 86400 });
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-new')
			.reply(200, { success: true, data: { id: 1 } });
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });
		expect(second.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('a token rejected while another worker stored a newer one', () => {
	it('forgets exactly the token that was sent, so the retry never sends it again', async () => {
		nock(BASE_URL)
			.post('/v2/auth/token')
			.reply(200, { access_token: 'papi-t0', expires_in: 86400 });
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-t0')
			.reply(200, { success: true, data: { id: 1 } });
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });

		// Personio revokes t0; while this request is under way another worker mints and stores its own token.
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-t0')
			.reply(() => {
				credentials.store.personioApi.accessToken = 'papi-other-worker';
				return [
					403,
					{ success: false, error: { code: 403, message: 'Provided authorization is not valid' } },
				];
			});
		nock(BASE_URL)
			.post('/v2/auth/token')
			.reply(200, { access_token: 'papi-t2', expires_in: 86400 });
		const retried = nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-t2')
			.reply(200, { success: true, data: { id: 1 } });
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });
		expect(retried.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

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
		const error: any = await personioRequest
			.call(refused, { method: 'POST', path: '/v1/company/employees', body: {} })
			.catch((e: any) => e);
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
		const error: any = await personioRequest
			.call(local, { path: '/v1/company/employees/2' })
			.catch((e: any) => e);
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
		const error: any = await personioRequest
			.call(context(), { path: '/v1/company/employees/3' })
			.catch((e: any) => e);
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
			.catch((e: any) => e);
		setTimeout(() => controller.abort(), 50);
		const error: any = await pending;
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
		nock(BASE_URL)
			.post('/v2/auth/token')
			.reply(200, { access_token: 'papi-fresh', expires_in: 86400 });
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
		const error: any = await personioRequest
			.call(context(), { path: '/v1/company/employees/6' })
			.catch((e: any) => e);
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
		const error: any = await personioRequest
			.call(context(), { path: '/v2/persons/9' })
			.catch((e: any) => e);
		expect(error.message).toBe('The requested resource was not found.');
		expect(error.description).toMatch(/Not found: The requested resource was not found/);
	});
});
