import { Personio } from '../../nodes/Personio/Personio.node';
import { requestTimeout } from '../../nodes/shared/timeout';
import { personioRequest } from '../../nodes/shared/transport';
import {
	executeContext,
	fastRetries,
	personioCredentials,
	TestCredentialsHelper,
} from '../helpers/harness';
import { json, personioContext, serve } from './servers';
import type { Json } from '../helpers/json';

beforeAll(fastRetries);

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
			const errors: Json[] = await Promise.all(runs);
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
describe('cancelling an execution', () => {
	it('aborts the request in flight, not only the waits between retries', async () => {
		const slow = await serve('127.0.0.1', (req, res) => {
			if (req.url!.startsWith('/v2/auth/token'))
				json(res, 200, { access_token: 'papi-t', expires_in: 86400 });
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
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
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
		setTimeout(() => controller.abort(), 300);
		const error: Json = await pending;
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
		const error: Json = await personioRequest
			.call(context, {
				path: '/v2/document-management/documents/1/download',
				response: 'binary',
				maxBytes: 1024 * 1024,
			})
			.catch((e) => e);
		const small: Json = await personioRequest.call(context, {
			path: '/v2/document-management/documents/1/download',
			response: 'binary',
			maxBytes: 8 * 1024 * 1024,
		});
		await big.close();
		expect(error.message).toMatch(/larger than the 1 MB this request accepts/);
		expect(small.length).toBe(64 * 64 * 1024);
	});
});
