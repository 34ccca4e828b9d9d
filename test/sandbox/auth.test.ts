import { auth, FORM, form, http0, v1Token, v2Token, openSandbox } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
beforeAll(async () => ({ sb, base } = await openSandbox({ employees: 120, seed: 7 })));
afterAll(async () => await sb.close());

describe('auth', () => {
	it('issues v2 tokens for form bodies only', async () => {
		const ok = await http0.post(
			`${base}/v2/auth/token`,
			form({
				grant_type: 'client_credentials',
				client_id: 'sandbox-client-id',
				client_secret: 'sandbox-client-secret',
			}),
			{ headers: FORM },
		);
		expect(ok.status).toBe(200);
		expect(ok.data.access_token).toMatch(/^papi-/);
		expect(ok.data.token_type).toBe('Bearer');
		expect(ok.data.expires_in).toBe(86400);
		expect(typeof ok.data.scope).toBe('string');

		const asJson = await http0.post(`${base}/v2/auth/token`, {
			grant_type: 'client_credentials',
			client_id: 'sandbox-client-id',
			client_secret: 'sandbox-client-secret',
		});
		expect(asJson.status).toBe(400);
		expect(asJson.headers['content-type']).toContain('application/problem+json');
		expect(asJson.data.error).toBe('invalid_request');
		expect(asJson.data.error_description).toContain('application/x-www-form-urlencoded');

		const noGrant = await http0.post(
			`${base}/v2/auth/token`,
			form({ client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' }),
			{ headers: FORM },
		);
		expect(noGrant.status).toBe(400);
		expect(noGrant.data.meta.missing_parameters).toEqual(['grant_type']);

		const wrongGrant = await http0.post(
			`${base}/v2/auth/token`,
			form({ grant_type: 'password', client_id: 'sandbox-client-id', client_secret: 'x' }),
			{ headers: FORM },
		);
		expect(wrongGrant.data.error).toBe('unsupported_grant_type');

		const wrong = await http0.post(
			`${base}/v2/auth/token`,
			form({
				grant_type: 'client_credentials',
				client_id: 'sandbox-client-id',
				client_secret: 'nope',
			}),
			{ headers: FORM },
		);
		expect([400, 401]).toContain(wrong.status);
		expect(wrong.data.error).toBe('invalid_client');
	});

	it('issues v1 tokens for JSON and form bodies and rejects wrong credentials', async () => {
		const j = await http0.post(`${base}/v1/auth`, {
			client_id: 'sandbox-client-id',
			client_secret: 'sandbox-client-secret',
		});
		expect(j.status).toBe(200);
		expect(j.data.success).toBe(true);
		expect(j.data.data.expires_in).toBe(86400);
		const f = await http0.post(
			`${base}/v1/auth`,
			form({ client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' }),
			{ headers: FORM },
		);
		expect(f.status).toBe(200);
		expect(f.data.data.token).not.toBe(j.data.data.token);
		const bad = await http0.post(`${base}/v1/auth`, {
			client_id: 'sandbox-client-id',
			client_secret: 'wrong',
		});
		expect(bad.status).toBe(401);
		expect(bad.data.success).toBe(false);
	});

	it('enforces bearer tokens with the right envelopes', async () => {
		const none = await http0.get(`${base}/v1/company/employees`);
		expect(none.status).toBe(401);
		expect(none.data).toEqual({
			success: false,
			error: { message: 'Authorization is not provided', code: 401 },
		});
		const badV1 = await http0.get(`${base}/v1/company/employees`, auth('garbage'));
		expect([401, 403]).toContain(badV1.status);
		expect(badV1.data.error.message).toBe('Provided authorization is not valid');
		const noneV2 = await http0.get(`${base}/v2/persons`);
		expect(noneV2.status).toBe(401);
		expect(noneV2.headers['content-type']).toContain('application/problem+json');
		expect(noneV2.data.errors[0].title).toBeTruthy();
		expect(noneV2.data.personio_trace_id).toBeTruthy();
		const badV2 = await http0.get(`${base}/v2/persons`, auth('papi-nope'));
		expect(badV2.status).toBe(401);
	});

	it('accepts a v2 papi- token on v1 personnel paths but not a v1 token on v2', async () => {
		const t2 = await v2Token(base);
		expect((await http0.get(`${base}/v1/company/employees?limit=1`, auth(t2))).status).toBe(200);
		const t1 = await v1Token(base);
		expect((await http0.get(`${base}/v1/company/employees?limit=1`, auth(t1))).status).toBe(200);
		expect((await http0.get(`${base}/v2/persons?limit=1`, auth(t1))).status).toBe(401);
	});

	it('expires tokens after the configured (fractional) lifetime', async () => {
		sb.reset({ employees: 20, tokenLifetime: 0.5 });
		try {
			// freeze the sandbox clock while checking the fresh token, so a slow machine cannot expire it early
			sb.clock({ freeze: true });
			const t = await v2Token(base);
			expect((await http0.get(`${base}/v2/persons?limit=1`, auth(t))).status).toBe(200);
			expect((await http0.get(`${base}/v1/company/employees?limit=1`, auth(t))).status).toBe(200);
			sb.clock({ freeze: false });
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
			await new Promise((r) => setTimeout(r, 650));
			const v2 = await http0.get(`${base}/v2/persons?limit=1`, auth(t));
			expect(v2.status).toBe(401);
			const v1 = await http0.get(`${base}/v1/company/employees?limit=1`, auth(t));
			expect([401, 403]).toContain(v1.status);
			expect(v1.data.error.message).toBe('Provided authorization is not valid');
			// a fresh token works again
			expect(
				(await http0.get(`${base}/v2/persons?limit=1`, auth(await v2Token(base)))).status,
			).toBe(200);
		} finally {
			sb.reset({ employees: 120, seed: 7 });
		}
	});

	it('revokes tokens via /v2/auth/revoke and the control endpoint', async () => {
		const t = await v2Token(base);
		const rv = await http0.post(`${base}/v2/auth/revoke`, form({ token: t }), { headers: FORM });
		expect(rv.status).toBe(200);
		expect((await http0.get(`${base}/v2/persons?limit=1`, auth(t))).status).toBe(401);
		const t2 = await v2Token(base);
		const r = await http0.post(`${base}/__sandbox/revoke-tokens`);
		expect(r.data.revoked).toBeGreaterThan(0);
		expect((await http0.get(`${base}/v2/persons?limit=1`, auth(t2))).status).toBe(401);
	});
});
