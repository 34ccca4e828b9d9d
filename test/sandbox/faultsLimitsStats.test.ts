import axios from 'axios';
import { auth, FORM, form, http0, v2Token, openSandbox } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
beforeAll(async () => ({ sb, base } = await openSandbox({ employees: 120, seed: 7 })));
afterAll(async () => await sb.close());

describe('faults, rate limits, stats', () => {
	let t: string;
	beforeEach(async () => {
		t = await v2Token(base);
	});
	afterEach(() => sb.clearFaults());

	it('injects 5xx, 429, slow, drop, malformed and truncated responses for the next N matching requests', async () => {
		const url = `${base}/v1/company/employees?limit=1`;
		sb.fault({ route: 'GET /v1/company/employees', type: '500', count: 2 });
		expect((await http0.get(url, auth(t))).status).toBe(500);
		expect((await http0.get(url, auth(t))).status).toBe(500);
		expect((await http0.get(url, auth(t))).status).toBe(200);
		// the fault only matches its route
		sb.fault({ route: 'GET /v1/company/employees', type: '503', count: 1 });
		expect((await http0.get(`${base}/v1/company/time-off-types`, auth(t))).status).toBe(200);
		const s503 = await http0.get(url, auth(t));
		expect(s503.status).toBe(503);
		expect(s503.headers['content-type']).toContain('text/html');

		const ctl = await http0.post(`${base}/__sandbox/faults`, {
			route: '*',
			type: '429',
			count: 1,
			retryAfter: 3,
		});
		expect(ctl.status).toBe(200);
		const r429 = await http0.get(`${base}/v2/persons?limit=1`, auth(t));
		expect(r429.status).toBe(429);
		expect(r429.headers['retry-after']).toBe('3');
		expect(r429.data.errors[0].title).toBe('Too Many Requests');

		sb.fault({ route: 'GET /v1/company/employees', type: 'slow', delayMs: 400 });
		const t0 = Date.now();
		expect((await http0.get(url, auth(t))).status).toBe(200);
		expect(Date.now() - t0).toBeGreaterThanOrEqual(380);

		sb.fault({ route: 'GET /v1/company/employees', type: 'drop' });
		await expect(axios.get(url, auth(t))).rejects.toThrow();

		sb.fault({ route: 'GET /v1/company/employees', type: 'malformed' });
		const m = await http0.get(url, {
			...auth(t),
			responseType: 'text',
			transformResponse: (x) => x,
		});
		expect(m.status).toBe(200);
		expect(() => JSON.parse(m.data)).toThrow();

		sb.fault({ route: 'GET /v1/company/employees', type: 'truncated' });
		const tr = await http0.get(url, {
			...auth(t),
			responseType: 'text',
			transformResponse: (x) => x,
		});
		expect(tr.status).toBe(200);
		expect(() => JSON.parse(tr.data)).toThrow();
		expect(tr.data.startsWith('{"success":true')).toBe(true);
		expect((await http0.get(url, auth(t))).status).toBe(200);
	});

	it('rate limits GET employees (burst 15/s) with 429 in the v1 envelope, Retry-After only when enabled', async () => {
		sb.reset({ employees: 20, rateLimit: true });
		try {
			let tok = await v2Token(base);
			// fired concurrently so they land within the 1 s burst window even on a slow machine
			const burst = await Promise.all(
				Array.from({ length: 40 }, () =>
					http0.get(`${base}/v1/company/employees?limit=1`, auth(tok)),
				),
			);
			const statuses = burst.map((r) => r.status);
			const limited: Json = burst.find((r) => r.status === 429);
			expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(15);
			expect(statuses).toContain(429);
			expect(limited.data.success).toBe(false);
			expect(limited.data.error.code).toBe(429);
			expect(limited.headers['retry-after']).toBeUndefined();
			// other routes are not affected by the employees bucket
			expect((await http0.get(`${base}/v1/company/time-off-types`, auth(tok))).status).toBe(200);

			await http0.post(`${base}/__sandbox/reset`, {
				employees: 20,
				rateLimit: true,
				retryAfter: true,
				retryAfterSeconds: 2,
			});
			tok = await v2Token(base);
			const burst2 = await Promise.all(
				Array.from({ length: 40 }, () =>
					http0.get(`${base}/v1/company/employees?limit=1`, auth(tok)),
				),
			);
			const withHeader: Json = burst2.find((r) => r.status === 429);
			expect(withHeader).toBeDefined();
			expect(withHeader.headers['retry-after']).toBe('2');
			// buckets refill: after a second the burst allows requests again
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
			await new Promise((r) => setTimeout(r, 1100));
			expect((await http0.get(`${base}/v1/company/employees?limit=1`, auth(tok))).status).toBe(200);
		} finally {
			sb.reset({ employees: 120, seed: 7 });
		}
	});

	it('rate limits the v2 token endpoint at 150/min with a problem+json 429', async () => {
		sb.reset({ employees: 10, rateLimit: true });
		try {
			const body = form({
				grant_type: 'client_credentials',
				client_id: 'sandbox-client-id',
				client_secret: 'sandbox-client-secret',
			});
			const t0 = Date.now();
			const res = await Promise.all(
				Array.from({ length: 170 }, () =>
					http0.post(`${base}/v2/auth/token`, body, { headers: FORM }),
				),
			);
			const elapsed = (Date.now() - t0) / 1000;
			const codes = res.map((r) => r.status);
			// 150 in the bucket; it refills at 2.5/s, so a slow machine may let a few more through
			const ok = codes.filter((c) => c === 200).length;
			expect(ok).toBeGreaterThanOrEqual(150);
			expect(ok).toBeLessThanOrEqual(150 + Math.ceil(elapsed * 2.5) + 1);
			expect(codes.filter((c) => c === 429).length).toBe(170 - ok);
			const r429 = res.find((r) => r.status === 429)!;
			expect(r429.headers['content-type']).toContain('application/problem+json');
		} finally {
			sb.reset({ employees: 120, seed: 7 });
		}
	});

	it('records stats, redacts Authorization but keeps token ids, records partner headers', async () => {
		sb.reset({ employees: 120, seed: 7 });
		const t1 = await v2Token(base);
		const t2 = await v2Token(base);
		const headers = {
			'X-Personio-Partner-ID': 'ACME_PARTNER',
			'X-Personio-App-ID': 'N8N',
			'Personio-Partner-ID': 'ACME_PARTNER',
			'Personio-App-ID': 'N8N',
		};
		await http0.get(`${base}/v1/company/employees?limit=2`, auth(t1, headers));
		await http0.get(`${base}/v1/company/employees?limit=2`, auth(t2, headers));
		await http0.get(`${base}/v2/persons?limit=2`, auth(t2, headers));
		const s = (await http0.get(`${base}/__sandbox/stats`)).data;
		expect(s.tokenRequests).toBe(2);
		expect(s.requests).toBe(5);
		expect(s.byRoute['GET /v1/company/employees']).toBe(2);
		expect(s.byRoute['GET /v2/persons']).toBe(1);
		const emp = s.log.filter((e: Json) => e.route === 'GET /v1/company/employees');
		expect(emp).toHaveLength(2);
		expect(emp[0].headers.authorization).toBe('Bearer <redacted>');
		expect(new Set(emp.map((e: Json) => e.tokenId)).size).toBe(2);
		expect(emp[0].query).toEqual({ limit: '2' });
		expect(emp[0].partnerHeaders).toEqual({
			'x-personio-partner-id': 'ACME_PARTNER',
			'x-personio-app-id': 'N8N',
			'personio-partner-id': 'ACME_PARTNER',
			'personio-app-id': 'N8N',
		});
		expect(JSON.stringify(s.log)).not.toContain(t1);
		expect(JSON.stringify(s.log)).not.toContain('sandbox-client-secret');
		const filtered = (
			await http0.get(`${base}/__sandbox/log?route=${encodeURIComponent('GET /v2/persons')}`)
		).data;
		expect(filtered).toHaveLength(1);
		const state = (await http0.get(`${base}/__sandbox/state/timeOffTypes`)).data;
		expect(state.length).toBe(7);
		const clk = (await http0.post(`${base}/__sandbox/clock`, { advanceSeconds: 3600 })).data;
		expect(Date.parse(clk.now) - Date.now()).toBeGreaterThan(3590 * 1000);
		sb.clock({ reset: true });
	});
});
