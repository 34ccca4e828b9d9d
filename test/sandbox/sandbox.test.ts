/* eslint-disable */
import axios, { AxiosRequestConfig } from 'axios';
import * as http from 'http';

const { startSandbox } = require('./server');

type Sb = any;
let sb: Sb;
let base: string;

const http0 = axios.create({ validateStatus: () => true, maxRedirects: 0 });
const form = (o: Record<string, string | number | boolean>) => new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString();
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

async function v2Token(): Promise<string> {
	const r = await http0.post(`${base}/v2/auth/token`, form({ grant_type: 'client_credentials', client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' }), { headers: FORM });
	expect(r.status).toBe(200);
	return r.data.access_token;
}
async function v1Token(): Promise<string> {
	const r = await http0.post(`${base}/v1/auth`, { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' });
	expect(r.status).toBe(200);
	return r.data.data.token;
}
const auth = (t: string, extra: Record<string, string> = {}): AxiosRequestConfig => ({ headers: { Authorization: `Bearer ${t}`, ...extra } });

beforeAll(async () => {
	sb = await startSandbox({ employees: 120, seed: 7 });
	base = sb.url;
});
afterAll(async () => {
	await sb.close();
});

describe('sandbox data generator', () => {
	it('is deterministic per seed and fast for 100k employees', () => {
		const { generate } = require('./data');
		const a = generate({ employees: 30, seed: 3 });
		const b = generate({ employees: 30, seed: 3 });
		const c = generate({ employees: 30, seed: 4 });
		expect(a.employees.map((e: any) => e.email)).toEqual(b.employees.map((e: any) => e.email));
		expect(a.timeOffs).toEqual(b.timeOffs);
		expect(a.employees.map((e: any) => e.email)).not.toEqual(c.employees.map((e: any) => e.email));
		const t0 = Date.now();
		const big = generate({ employees: 100000 });
		expect(big.employees).toHaveLength(100000);
		expect(new Set(big.employees.map((e: any) => e.email)).size).toBe(100000);
		// ~1 s on an idle machine; the generous bound only guards against accidental O(n^2) on loaded CI boxes
		expect(Date.now() - t0).toBeLessThan(25000);
		// absences generated lazily and in proportion
		expect(a.timeOffs.length).toBeGreaterThanOrEqual(30 * 4);
		expect(a.timeOffTypes.some((t: any) => t.unit === 'hour')).toBe(true);
		expect(a.jobs.some((j: any) => !j.published)).toBe(true);
	});
});

describe('auth', () => {
	it('issues v2 tokens for form bodies only', async () => {
		const ok = await http0.post(`${base}/v2/auth/token`, form({ grant_type: 'client_credentials', client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' }), { headers: FORM });
		expect(ok.status).toBe(200);
		expect(ok.data.access_token).toMatch(/^papi-/);
		expect(ok.data.token_type).toBe('Bearer');
		expect(ok.data.expires_in).toBe(86400);
		expect(typeof ok.data.scope).toBe('string');

		const asJson = await http0.post(`${base}/v2/auth/token`, { grant_type: 'client_credentials', client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' });
		expect(asJson.status).toBe(400);
		expect(asJson.headers['content-type']).toContain('application/problem+json');
		expect(asJson.data.error).toBe('invalid_request');
		expect(asJson.data.error_description).toContain('application/x-www-form-urlencoded');

		const noGrant = await http0.post(`${base}/v2/auth/token`, form({ client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' }), { headers: FORM });
		expect(noGrant.status).toBe(400);
		expect(noGrant.data.meta.missing_parameters).toEqual(['grant_type']);

		const wrongGrant = await http0.post(`${base}/v2/auth/token`, form({ grant_type: 'password', client_id: 'sandbox-client-id', client_secret: 'x' }), { headers: FORM });
		expect(wrongGrant.data.error).toBe('unsupported_grant_type');

		const wrong = await http0.post(`${base}/v2/auth/token`, form({ grant_type: 'client_credentials', client_id: 'sandbox-client-id', client_secret: 'nope' }), { headers: FORM });
		expect([400, 401]).toContain(wrong.status);
		expect(wrong.data.error).toBe('invalid_client');
	});

	it('issues v1 tokens for JSON and form bodies and rejects wrong credentials', async () => {
		const j = await http0.post(`${base}/v1/auth`, { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' });
		expect(j.status).toBe(200);
		expect(j.data.success).toBe(true);
		expect(j.data.data.expires_in).toBe(86400);
		const f = await http0.post(`${base}/v1/auth`, form({ client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' }), { headers: FORM });
		expect(f.status).toBe(200);
		expect(f.data.data.token).not.toBe(j.data.data.token);
		const bad = await http0.post(`${base}/v1/auth`, { client_id: 'sandbox-client-id', client_secret: 'wrong' });
		expect(bad.status).toBe(401);
		expect(bad.data.success).toBe(false);
	});

	it('enforces bearer tokens with the right envelopes', async () => {
		const none = await http0.get(`${base}/v1/company/employees`);
		expect(none.status).toBe(401);
		expect(none.data).toEqual({ success: false, error: { message: 'Authorization is not provided', code: 401 } });
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
		const t2 = await v2Token();
		expect((await http0.get(`${base}/v1/company/employees?limit=1`, auth(t2))).status).toBe(200);
		const t1 = await v1Token();
		expect((await http0.get(`${base}/v1/company/employees?limit=1`, auth(t1))).status).toBe(200);
		expect((await http0.get(`${base}/v2/persons?limit=1`, auth(t1))).status).toBe(401);
	});

	it('expires tokens after the configured (fractional) lifetime', async () => {
		sb.reset({ employees: 20, tokenLifetime: 0.5 });
		try {
			// freeze the sandbox clock while checking the fresh token, so a slow machine cannot expire it early
			sb.clock({ freeze: true });
			const t = await v2Token();
			expect((await http0.get(`${base}/v2/persons?limit=1`, auth(t))).status).toBe(200);
			expect((await http0.get(`${base}/v1/company/employees?limit=1`, auth(t))).status).toBe(200);
			sb.clock({ freeze: false });
			await new Promise((r) => setTimeout(r, 650));
			const v2 = await http0.get(`${base}/v2/persons?limit=1`, auth(t));
			expect(v2.status).toBe(401);
			const v1 = await http0.get(`${base}/v1/company/employees?limit=1`, auth(t));
			expect([401, 403]).toContain(v1.status);
			expect(v1.data.error.message).toBe('Provided authorization is not valid');
			// a fresh token works again
			expect((await http0.get(`${base}/v2/persons?limit=1`, auth(await v2Token()))).status).toBe(200);
		} finally {
			sb.reset({ employees: 120, seed: 7 });
		}
	});

	it('revokes tokens via /v2/auth/revoke and the control endpoint', async () => {
		const t = await v2Token();
		const rv = await http0.post(`${base}/v2/auth/revoke`, form({ token: t }), { headers: FORM });
		expect(rv.status).toBe(200);
		expect((await http0.get(`${base}/v2/persons?limit=1`, auth(t))).status).toBe(401);
		const t2 = await v2Token();
		const r = await http0.post(`${base}/__sandbox/revoke-tokens`);
		expect(r.data.revoked).toBeGreaterThan(0);
		expect((await http0.get(`${base}/v2/persons?limit=1`, auth(t2))).status).toBe(401);
	});
});

describe('pagination quirks', () => {
	let t: string;
	beforeAll(async () => {
		t = await v2Token();
	});

	it('v1 employees: record offset, default limit 50, limit capped at 100', async () => {
		const d = await http0.get(`${base}/v1/company/employees`, auth(t));
		expect(d.status).toBe(200);
		expect(d.data.limit).toBe(50);
		expect(d.data.data).toHaveLength(50);
		expect(d.data.metadata).toEqual({ total_elements: 120, current_page: 0, total_pages: 3 });
		const over = await http0.get(`${base}/v1/company/employees?limit=101`, auth(t));
		expect(over.status).toBe(400);
		expect(over.data.success).toBe(false);
		expect(over.data.error.message).toBe('The limit must be between 1 and 100.');
		const off = await http0.get(`${base}/v1/company/employees?limit=5&offset=7`, auth(t));
		expect(off.data.data[0].attributes.id.value).toBe(sb.state.employees[7].id);
		expect(off.data.metadata.current_page).toBe(1);
		const ids = new Set<number>();
		for (let offset = 0; ; offset += 100) {
			const p = await http0.get(`${base}/v1/company/employees?limit=100&offset=${offset}`, auth(t));
			p.data.data.forEach((e: any) => ids.add(e.attributes.id.value));
			if (p.data.data.length < 100) break;
		}
		expect(ids.size).toBe(120);
	});

	it('v1 employees: wrapped attributes, email filter, attributes[] projection, updated_since', async () => {
		const emp = sb.state.employees[5];
		const r = await http0.get(`${base}/v1/company/employees?email=${encodeURIComponent(emp.email.toUpperCase())}`, auth(t));
		expect(r.data.data).toHaveLength(1);
		const a = r.data.data[0].attributes;
		expect(a.first_name).toEqual({ label: 'First name', value: emp.first_name, type: 'standard', universal_id: 'first_name' });
		expect(a.department.value.type).toBe('Department');
		expect(a.department.value.attributes).toEqual({ id: emp.department_id, name: expect.any(String) });
		expect(a.office.value).toEqual({ type: 'Office', attributes: { id: emp.office_id, name: expect.any(String) } });
		expect(a.dynamic_1001.label).toBe('IBAN');
		expect(a.hire_date.value).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[12]00$/);

		const proj = await http0.get(`${base}/v1/company/employees?limit=3&attributes[]=first_name&attributes[]=dynamic_1002`, auth(t));
		expect(Object.keys(proj.data.data[0].attributes).sort()).toEqual(['dynamic_1002', 'first_name', 'id']);
		const notAllowed = await http0.get(`${base}/v1/company/employees?attributes[]=salary_secret`, auth(t));
		expect(notAllowed.status).toBe(400);

		const since = new Date(Date.now() - 1000).toISOString().slice(0, 19);
		const before = await http0.get(`${base}/v1/company/employees?updated_since=${since}`, auth(t));
		expect(before.data.data).toHaveLength(0);
		const target = sb.state.employees[9];
		const p = await http0.patch(`${base}/v1/company/employees/${target.id}`, { employee: { position: 'Chief Sandbox Officer', email: 'ignored@x.example' } }, auth(t));
		expect(p.status).toBe(200);
		const after = await http0.get(`${base}/v1/company/employees?updated_since=${since}&email=nobody@x.example`, auth(t));
		expect(after.data.data.map((e: any) => e.attributes.id.value)).toEqual([target.id]);
		const byAttr = await http0.get(`${base}/v1/company/employees?updated_since=${since}&attributes[]=first_name`, auth(t));
		expect(byAttr.data.data).toHaveLength(0);
		const byAttr2 = await http0.get(`${base}/v1/company/employees?updated_since=${since}&attributes[]=position`, auth(t));
		expect(byAttr2.data.data).toHaveLength(1);
		const read = await http0.get(`${base}/v1/company/employees/${target.id}`, auth(t));
		expect(read.data.data.attributes.position.value).toBe('Chief Sandbox Officer');
		expect(read.data.data.attributes.email.value).toBe(target.email); // email cannot be changed
	});

	it('v1 time-offs: offset is a 1-based page number and 0 is treated as 1', async () => {
		const p0 = await http0.get(`${base}/v1/company/time-offs?limit=50&offset=0`, auth(t));
		const p1 = await http0.get(`${base}/v1/company/time-offs?limit=50&offset=1`, auth(t));
		const p2 = await http0.get(`${base}/v1/company/time-offs?limit=50&offset=2`, auth(t));
		expect(p0.status).toBe(200);
		expect(p0.data.data.map((x: any) => x.attributes.id)).toEqual(p1.data.data.map((x: any) => x.attributes.id));
		expect(p2.data.data[0].attributes.id).not.toBe(p1.data.data[0].attributes.id);
		expect(p1.data.metadata.current_page).toBe(1);
		expect(p2.data.metadata.current_page).toBe(2);
		const total = p1.data.metadata.total_elements;
		expect(total).toBe(sb.state.timeOffs.length);
		const ids = new Set<number>();
		for (let page = 1; page <= p1.data.metadata.total_pages; page++) {
			const r = await http0.get(`${base}/v1/company/time-offs?limit=50&offset=${page}`, auth(t));
			r.data.data.forEach((x: any) => ids.add(x.attributes.id));
		}
		expect(ids.size).toBe(total);
		const item = p1.data.data[0].attributes;
		expect(item.start_date).toMatch(/T00:00:00\+0[12]00$/);
		expect(item.time_off_type.type).toBe('TimeOffType');
		expect(item.employee.attributes.email.value).toContain('@');
		const emp = sb.state.employees[3].id;
		const filtered = await http0.get(`${base}/v1/company/time-offs?employees[]=${emp}&employees[]=${emp + 1}`, auth(t));
		expect(filtered.data.data.length).toBeGreaterThan(0);
		expect(filtered.data.data.every((x: any) => [emp, emp + 1].includes(x.attributes.employee.attributes.id.value))).toBe(true);
		const comma = await http0.get(`${base}/v1/company/time-offs?employees[]=${emp},${emp + 1}`, auth(t));
		expect(comma.status).toBe(400);
	});

	it('v1 absence-periods: page-level offsets starting at 1', async () => {
		const total = sb.state.absencePeriods.length;
		const p0 = await http0.get(`${base}/v1/company/absence-periods?limit=40&offset=0`, auth(t));
		const p1 = await http0.get(`${base}/v1/company/absence-periods?limit=40&offset=1`, auth(t));
		const p2 = await http0.get(`${base}/v1/company/absence-periods?limit=40&offset=2`, auth(t));
		expect(p0.data.data[0].attributes.id).toBe(p1.data.data[0].attributes.id);
		expect(p2.data.data[0].attributes.id).toBe(sb.state.absencePeriods[40].id);
		expect(p1.data.metadata).toEqual({ total_elements: total, current_page: 1, total_pages: Math.ceil(total / 40) });
		expect(p1.data.data[0].attributes.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(p1.data.data[0].attributes.measurement_unit).toBe('hour');
	});

	it('v2 cursor pagination walks to the end; invalid cursor and out-of-range limit give 400', async () => {
		const seen: string[] = [];
		let url: string | undefined = `${base}/v2/persons?limit=50`;
		let pages = 0;
		let last: any;
		while (url) {
			const r: any = await http0.get(url, auth(t));
			expect(r.status).toBe(200);
			r.data._data.forEach((p: any) => seen.push(p.id));
			expect(r.data._meta.links.self.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2\/persons/);
			last = r.data;
			url = r.data._meta.links.next?.href;
			if (url) expect(url.startsWith('http://')).toBe(true);
			pages++;
			expect(pages).toBeLessThan(10);
		}
		expect(pages).toBe(3);
		expect(last._meta.links.next).toBeUndefined();
		expect(new Set(seen).size).toBe(120);
		const badCursor = await http0.get(`${base}/v2/persons?cursor=not-a-cursor`, auth(t));
		expect(badCursor.status).toBe(400);
		expect(badCursor.headers['content-type']).toContain('application/problem+json');
		expect(badCursor.data.errors[0].detail).toMatch(/cursor/);
		expect((await http0.get(`${base}/v2/persons?limit=51`, auth(t))).status).toBe(400);
		expect((await http0.get(`${base}/v2/absence-periods?limit=101`, auth(t))).status).toBe(400);
		expect((await http0.get(`${base}/v2/absence-periods?limit=100`, auth(t))).status).toBe(200);
		// filters: literal dotted keys
		const since = encodeURIComponent('2025-06-01T00:00:00Z');
		const upd = await http0.get(`${base}/v2/persons?limit=50&updated_at.gt=${since}`, auth(t));
		expect(upd.data._data.every((p: any) => p.updated_at > '2025-06-01')).toBe(true);
	});
});

describe('writes are read back', () => {
	let t: string;
	beforeAll(async () => {
		t = await v2Token();
	});

	it('creates employees (JSON wrapper, form, flat), rejects duplicates and unknown supervisors', async () => {
		const c = await http0.post(`${base}/v1/company/employees`, { employee: { email: 'new.hire@acme-sandbox.example', first_name: 'New', last_name: 'Hire', department: 'Engineering', hire_date: '2025-01-15', custom_attributes: { dynamic_1004: 'XL' } } }, auth(t));
		expect(c.status).toBe(200);
		expect(c.data.data.message).toBe('success');
		const id = c.data.data.id;
		const r = await http0.get(`${base}/v1/company/employees/${id}`, auth(t));
		expect(r.data.data.attributes.email.value).toBe('new.hire@acme-sandbox.example');
		expect(r.data.data.attributes.department.value.attributes.name).toBe('Engineering');
		expect(r.data.data.attributes.dynamic_1004.value).toBe('XL');
		expect(r.data.data.attributes.status.value).toBe('active');
		const dup = await http0.post(`${base}/v1/company/employees`, { email: 'new.hire@acme-sandbox.example', first_name: 'A', last_name: 'B' }, auth(t));
		expect(dup.status).toBe(422);
		const f = await http0.post(`${base}/v1/company/employees`, form({ 'employee[email]': 'form.hire@acme-sandbox.example', 'employee[first_name]': 'Form', 'employee[last_name]': 'Hire' }), { headers: { ...FORM, Authorization: `Bearer ${t}` } });
		expect(f.status).toBe(200);
		const missing = await http0.post(`${base}/v1/company/employees`, { employee: { email: 'x@y.example' } }, auth(t));
		expect(missing.status).toBe(422);
		expect(Object.keys(missing.data.error.error_data).sort()).toEqual(['first_name', 'last_name']);
		const sup = await http0.patch(`${base}/v1/company/employees/${id}`, { supervisor_id: 1 }, auth(t));
		expect(sup.status).toBe(422);
		expect(sup.data.error.message).toBe('Supervisor with ID 1 not found');
		expect((await http0.get(`${base}/v1/company/employees/999999`, auth(t))).status).toBe(404);
		// mirrored into v2 persons
		const p = await http0.get(`${base}/v2/persons/${id}`, auth(t));
		expect(p.data.email).toBe('new.hire@acme-sandbox.example');
		expect(p.data.employments).toHaveLength(1);
		const e = await http0.get(`${base}/v2/persons/${id}/employments/${p.data.employments[0].id}`, auth(t));
		expect(e.status).toBe(200);
		expect(e.data.employment_start_date).toBe('2025-01-15');
	});

	it('time-offs: form-encoded create, read back, delete', async () => {
		const emp = sb.state.employees[2].id;
		const asJson = await http0.post(`${base}/v1/company/time-offs`, { employee_id: emp, time_off_type_id: 1234, start_date: '2026-03-02', end_date: '2026-03-04', half_day_start: false, half_day_end: false }, auth(t));
		expect(asJson.status).toBe(400);
		const c = await http0.post(`${base}/v1/company/time-offs`, form({ employee_id: emp, time_off_type_id: 1234, start_date: '2026-03-02', end_date: '2026-03-04', half_day_start: false, half_day_end: false, comment: 'Ski' }), { headers: { ...FORM, Authorization: `Bearer ${t}` } });
		expect(c.status).toBe(200);
		expect(c.data.data.type).toBe('TimeOffPeriod');
		expect(c.data.data.attributes.days_count).toBe(3);
		const id = c.data.data.attributes.id;
		const g = await http0.get(`${base}/v1/company/time-offs/${id}`, auth(t));
		expect(g.data.data.attributes.comment).toBe('Ski');
		const hourType = await http0.post(`${base}/v1/company/time-offs`, form({ employee_id: emp, time_off_type_id: 1238, start_date: '2026-03-02', end_date: '2026-03-02', half_day_start: false, half_day_end: false }), { headers: { ...FORM, Authorization: `Bearer ${t}` } });
		expect(hourType.status).toBe(404);
		const invalid = await http0.post(`${base}/v1/company/time-offs`, form({ employee_id: emp }), { headers: { ...FORM, Authorization: `Bearer ${t}` } });
		expect(invalid.status).toBe(422);
		expect(invalid.data.error.error_data.start_date).toBeDefined();
		const d = await http0.delete(`${base}/v1/company/time-offs/${id}`, auth(t));
		expect(d.data.data.message).toBe('The absence period was deleted.');
		expect((await http0.get(`${base}/v1/company/time-offs/${id}`, auth(t))).status).toBe(404);
	});

	it('absence-periods: form create returns 201 with a data array of uuid periods; delete by uuid', async () => {
		const emp = sb.state.employees[4].id;
		const c = await http0.post(`${base}/v1/company/absence-periods`, form({ employee_id: emp, time_off_type_id: 1238, start_date: '2026-02-10', end_date: '2026-02-10', start_time: '09:00', end_time: '11:30' }), { headers: { ...FORM, Authorization: `Bearer ${t}` } });
		expect(c.status).toBe(201);
		expect(Array.isArray(c.data.data)).toBe(true);
		const p = c.data.data[0].attributes;
		expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(p.effective_duration).toBe(150);
		const list = await http0.get(`${base}/v1/company/absence-periods?absence_periods[]=${p.id}`, auth(t));
		expect(list.data.data).toHaveLength(1);
		const overlap = await http0.post(`${base}/v1/company/absence-periods`, form({ employee_id: emp, time_off_type_id: 1238, start_date: '2026-02-10', end_date: '2026-02-10', start_time: '10:00', end_time: '12:00' }), { headers: { ...FORM, Authorization: `Bearer ${t}` } });
		expect(overlap.status).toBe(400);
		expect((await http0.delete(`${base}/v1/company/absence-periods/${p.id}`, auth(t))).status).toBe(200);
		expect((await http0.delete(`${base}/v1/company/absence-periods/${p.id}`, auth(t))).status).toBe(404);
	});

	it('documents: multipart upload (201), listed and downloadable via v2, v2 owner_id required', async () => {
		const emp = sb.state.employees[0].id;
		const fd = new FormData();
		fd.append('title', 'Signed contract');
		fd.append('employee_id', String(emp));
		fd.append('category_id', '50');
		fd.append('comment', 'via sandbox');
		fd.append('file', new Blob([Buffer.from('%PDF-1.4 hello')], { type: 'application/pdf' }), 'contract.pdf');
		const up = await http0.post(`${base}/v1/company/documents`, fd, auth(t));
		expect(up.status).toBe(201);
		expect(up.data.data.type).toBe('Document');
		const docId = String(up.data.data.id);
		const badCat = new FormData();
		badCat.append('title', 'x');
		badCat.append('employee_id', String(emp));
		badCat.append('category_id', '9999');
		badCat.append('file', new Blob(['x']), 'x.pdf');
		const bc = await http0.post(`${base}/v1/company/documents`, badCat, auth(t));
		expect(bc.status).toBe(404);
		expect(bc.data.error.message).toBe('No query results for model [DocumentCategory] 9999');
		const badType = new FormData();
		badType.append('title', 'x');
		badType.append('employee_id', String(emp));
		badType.append('category_id', '50');
		badType.append('file', new Blob(['x']), 'evil.exe');
		expect((await http0.post(`${base}/v1/company/documents`, badType, auth(t))).status).toBe(422);
		expect((await http0.get(`${base}/v2/document-management/documents`, auth(t))).status).toBe(400);
		const list = await http0.get(`${base}/v2/document-management/documents?owner_id=${emp}`, auth(t));
		expect(list.data._data.map((d: any) => d.id)).toContain(docId);
		const dl = await http0.get(`${base}/v2/document-management/documents/${docId}/download`, { ...auth(t), responseType: 'arraybuffer' });
		expect(Buffer.from(dl.data).toString()).toBe('%PDF-1.4 hello');
		expect((await http0.delete(`${base}/v2/document-management/documents/${docId}`, auth(t))).status).toBe(204);
		expect((await http0.get(`${base}/v2/document-management/documents/${docId}/download`, auth(t))).status).toBe(404);
	});

	it('v2 persons create/patch, attendance periods (PATCH/DELETE 204), org endpoints', async () => {
		const c = await http0.post(`${base}/v2/persons`, { first_name: 'Vera', last_name: 'Zwei', email: 'vera.zwei@acme-sandbox.example', gender: 'FEMALE' }, auth(t));
		expect(c.status).toBe(201);
		expect(c.data.id).toBeTruthy();
		const pt = await http0.patch(`${base}/v2/persons/${c.data.id}`, { preferred_name: 'V' }, auth(t));
		expect(pt.status).toBe(200);
		expect((await http0.get(`${base}/v2/persons?email=vera.zwei@acme-sandbox.example`, auth(t))).data._data[0].preferred_name).toBe('V');
		expect((await http0.get(`${base}/v1/company/employees/${c.data.id}`, auth(t))).data.data.attributes.gender.value).toBe('female');

		const a = await http0.post(`${base}/v2/attendance-periods`, { person: { id: c.data.id }, type: 'WORK', start: { date_time: '2026-02-02T09:00:00' }, end: { date_time: '2026-02-02T17:00:00' }, comment: 'v2' }, auth(t));
		expect(a.status).toBe(201);
		const g = await http0.get(`${base}/v2/attendance-periods/${a.data.id}`, auth(t));
		expect(g.data.person.id).toBe(c.data.id);
		const p = await http0.patch(`${base}/v2/attendance-periods/${a.data.id}`, { end: { date_time: '2026-02-02T18:00:00' } }, auth(t));
		expect(p.status).toBe(204);
		expect(p.data).toBe('');
		const list = await http0.get(`${base}/v2/attendance-periods?person.id=${c.data.id}&id=${a.data.id}`, auth(t));
		expect(list.data._data).toHaveLength(1);
		expect(list.data._data[0].end.date_time).toBe('2026-02-02T18:00:00');
		expect((await http0.delete(`${base}/v2/attendance-periods/${a.data.id}`, auth(t))).status).toBe(204);
		expect((await http0.get(`${base}/v2/attendance-periods/${a.data.id}`, auth(t))).status).toBe(404);

		// Cost centers and workplaces are generally available: no Beta header (routes-absence-org.js has the rest).
		const cc = await http0.get(`${base}/v2/cost-centers`, auth(t));
		expect(cc.status).toBe(200);
		expect(cc.data._data.length).toBeGreaterThan(0);
		expect((await http0.get(`${base}/v2/workplaces`, auth(t))).status).toBe(200);
		expect((await http0.get(`${base}/v2/legal-entities`, auth(t))).data._data.length).toBe(3);
		expect((await http0.get(`${base}/v2/org-units?type=team`, auth(t))).data._data.every((o: any) => o.type === 'team')).toBe(true);
		expect((await http0.get(`${base}/v2/compensations?person.id=${sb.state.employees[0].id}`, auth(t))).data._data.length).toBeGreaterThan(0);
		expect((await http0.get(`${base}/v2/absence-types`, auth(t))).data._data.map((x: any) => x.unit)).toEqual(expect.arrayContaining(['DAY', 'HOUR']));
	});
});

describe('recruiting', () => {
	const R = { Authorization: 'Bearer sandbox-recruiting-key', 'X-Company-ID': '1234' };
	const upload = (name: string, content: Buffer | string, headers: Record<string, string> = R) => {
		const fd = new FormData();
		fd.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
		return http0.post(`${base}/v1/recruiting/applications/documents`, fd, { headers, maxBodyLength: Infinity, maxContentLength: Infinity });
	};
	const apply = (body: any, headers: Record<string, string> = R) => http0.post(`${base}/v1/recruiting/applications`, body, { headers });
	const reasons = (r: any) => r.data.errors.flatMap((e: any) => (e.errors || []).map((x: any) => `${e.field}:${x.reason}`));
	const publishedJob = () => sb.state.jobs.find((j: any) => j.published).id;

	it('documents: needs recruiting key + X-Company-ID, enforces size and extension', async () => {
		expect((await upload('cv.pdf', 'x', { Authorization: 'Bearer sandbox-recruiting-key' })).status).toBe(401);
		expect((await upload('cv.pdf', 'x', { ...R, 'X-Company-ID': '999' })).status).toBe(401);
		expect((await upload('cv.pdf', 'x', { Authorization: `Bearer ${await v2Token()}`, 'X-Company-ID': '1234' })).status).toBe(401);
		const ok = await upload('My CV.pdf', '%PDF-1.4 cv');
		expect(ok.status).toBe(200);
		expect(ok.data).toEqual({ uuid: expect.stringMatching(/^[0-9a-f-]{36}$/), size: 11, mimetype: 'application/pdf', original_filename: 'My CV.pdf', extension: 'pdf' });
		const bad = await upload('run.exe', 'MZ');
		expect(bad.status).toBe(422);
		expect(reasons(bad)).toContain('file:errors.invalid-file-type');
		const big = await upload('huge.pdf', Buffer.alloc(20 * 1024 * 1024 + 10));
		expect(big.status).toBe(413);
	});

	it('applications: validation reasons, file refs, publish state, duplicates; 201 and visible in v2', async () => {
		expect((await apply({ first_name: 'A' }, { Authorization: 'Bearer wrong', 'X-Company-ID': '1234' })).status).toBe(401);
		const empty = await apply({ first_name: ' ', email: 'not-an-email' });
		expect(empty.status).toBe(400);
		expect(reasons(empty)).toEqual(expect.arrayContaining([
			'first_name:errors.attribute-validation.required-attribute',
			'last_name:errors.attribute-validation.required-attribute',
			'email:errors.attribute-validation.invalid-email-format',
			'job_position_id:errors.attribute-validation.required-attribute',
		]));
		const valid = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@candidates.example', job_position_id: publishedJob() };
		const future = await apply({ ...valid, application_date: '2999-01-01' });
		expect(reasons(future)).toContain('application_date:errors.date-validation.date-in-the-future');
		const noFile = await apply({ ...valid, files: [{ uuid: '3f0c7c8e-0000-4000-8000-000000000000', original_filename: 'cv.pdf', category: 'cv' }] });
		expect(reasons(noFile)).toContain('files[0].uuid:errors.file-validation.file-not-exists');
		const noJob = await apply({ ...valid, job_position_id: 1 });
		expect(reasons(noJob)).toContain('job_position_id:errors.posting-validation.posting-not-found');
		const unpublished = sb.state.jobs.find((j: any) => !j.published).id;
		const np = await apply({ ...valid, job_position_id: unpublished });
		expect(reasons(np)).toContain('job_position_id:errors.job-position.not-published');

		const file = await upload('cv.pdf', '%PDF cv');
		const ok = await apply({ ...valid, application_date: '2025-01-02', files: [{ uuid: file.data.uuid, original_filename: 'cv.pdf', category: 'cv' }], attributes: [{ id: 'phone', value: '+49 1' }], tags: ['api'] });
		expect(ok.status).toBe(201);
		expect(ok.data).toBe('');
		const dup = await apply(valid);
		expect(reasons(dup)).toContain('email:errors.applicant-already-exists');

		const t = await v2Token();
		const list = await http0.get(`${base}/v2/recruiting/applications?candidate.email=ada@candidates.example`, auth(t));
		expect(list.status).toBe(200);
		expect(list.data._data).toHaveLength(1);
		expect(list.data._data[0].job.id).toBe(String(valid.job_position_id));
		const cand = await http0.get(`${base}/v2/recruiting/candidates/${list.data._data[0].candidate.id}`, auth(t));
		expect(cand.data.email).toBe('ada@candidates.example');
		const since = encodeURIComponent(new Date(Date.now() - 60000).toISOString());
		const recent = await http0.get(`${base}/v2/recruiting/applications?updated_at.gt=${since}`, auth(t));
		expect(recent.data._data.map((a: any) => a.id)).toEqual([list.data._data[0].id]);
		expect((await http0.get(`${base}/v2/recruiting/jobs`, auth(t))).data._data.length).toBe(sb.state.jobs.length);
		expect((await http0.get(`${base}/v2/recruiting/categories`, auth(t))).data._data.length).toBeGreaterThan(0);
	});

	it('careers XML feed: workzag-jobs with position elements, CDATA descriptions, entities, optional fields', async () => {
		const r = await http0.get(`${base}/xml?language=en`, { responseType: 'text' });
		expect(r.status).toBe(200);
		expect(r.headers['content-type']).toContain('application/xml');
		const xml: string = r.data;
		expect(xml.startsWith('<?xml')).toBe(true);
		expect(xml).toMatch(/<workzag-jobs>[\s\S]*<\/workzag-jobs>\s*$/);
		const positions = xml.match(/<position>[\s\S]*?<\/position>/g) || [];
		expect(positions.length).toBe(sb.state.jobs.filter((j: any) => j.published).length);
		for (const p of positions) {
			for (const tag of ['id', 'office', 'department', 'recruitingCategory', 'name', 'jobDescriptions', 'employmentType', 'schedule', 'occupation', 'occupationCategory', 'createdAt']) expect(p).toContain(`<${tag}>`);
			expect(p).toMatch(/<value><!\[CDATA\[<[a-z]+>/);
		}
		expect(positions.some((p) => !p.includes('<seniority>'))).toBe(true);
		expect(positions.some((p) => !p.includes('<keywords>'))).toBe(true);
		expect(xml).toContain('&amp;');
		expect(xml).toContain('<name>Office &amp; Feelgood Manager</name>');
		const unpublished = sb.state.jobs.find((j: any) => !j.published).id;
		expect(xml).not.toContain(`<id>${unpublished}</id>`);
		const de = await http0.get(`${base}/xml?language=de`, { responseType: 'text' });
		expect(de.data).toContain('Deine Aufgaben');
		expect((await http0.get(`${base}/careers/unknown-co/xml?language=en`)).status).toBe(404);
		expect((await http0.get(`${base}/careers/acme/xml?language=en`)).status).toBe(200);
		const hostHeader = await http0.get(`${base}/xml?language=en`, { headers: { Host: 'nobody.jobs.personio.de' } });
		expect(hostHeader.status).toBe(404);
	});
});

describe('faults, rate limits, stats', () => {
	let t: string;
	beforeEach(async () => {
		t = await v2Token();
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

		const ctl = await http0.post(`${base}/__sandbox/faults`, { route: '*', type: '429', count: 1, retryAfter: 3 });
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
		const m = await http0.get(url, { ...auth(t), responseType: 'text', transformResponse: (x) => x });
		expect(m.status).toBe(200);
		expect(() => JSON.parse(m.data)).toThrow();

		sb.fault({ route: 'GET /v1/company/employees', type: 'truncated' });
		const tr = await http0.get(url, { ...auth(t), responseType: 'text', transformResponse: (x) => x });
		expect(tr.status).toBe(200);
		expect(() => JSON.parse(tr.data)).toThrow();
		expect(tr.data.startsWith('{"success":true')).toBe(true);
		expect((await http0.get(url, auth(t))).status).toBe(200);
	});

	it('rate limits GET employees (burst 15/s) with 429 in the v1 envelope, Retry-After only when enabled', async () => {
		sb.reset({ employees: 20, rateLimit: true });
		try {
			let tok = await v2Token();
			// fired concurrently so they land within the 1 s burst window even on a slow machine
			const burst = await Promise.all(Array.from({ length: 40 }, () => http0.get(`${base}/v1/company/employees?limit=1`, auth(tok))));
			const statuses = burst.map((r) => r.status);
			const limited: any = burst.find((r) => r.status === 429);
			expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(15);
			expect(statuses).toContain(429);
			expect(limited.data.success).toBe(false);
			expect(limited.data.error.code).toBe(429);
			expect(limited.headers['retry-after']).toBeUndefined();
			// other routes are not affected by the employees bucket
			expect((await http0.get(`${base}/v1/company/time-off-types`, auth(tok))).status).toBe(200);

			await http0.post(`${base}/__sandbox/reset`, { employees: 20, rateLimit: true, retryAfter: true, retryAfterSeconds: 2 });
			tok = await v2Token();
			const burst2 = await Promise.all(Array.from({ length: 40 }, () => http0.get(`${base}/v1/company/employees?limit=1`, auth(tok))));
			const withHeader: any = burst2.find((r) => r.status === 429);
			expect(withHeader).toBeDefined();
			expect(withHeader.headers['retry-after']).toBe('2');
			// buckets refill: after a second the burst allows requests again
			await new Promise((r) => setTimeout(r, 1100));
			expect((await http0.get(`${base}/v1/company/employees?limit=1`, auth(tok))).status).toBe(200);
		} finally {
			sb.reset({ employees: 120, seed: 7 });
		}
	});

	it('rate limits the v2 token endpoint at 150/min with a problem+json 429', async () => {
		sb.reset({ employees: 10, rateLimit: true });
		try {
			const body = form({ grant_type: 'client_credentials', client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' });
			const t0 = Date.now();
			const res = await Promise.all(Array.from({ length: 170 }, () => http0.post(`${base}/v2/auth/token`, body, { headers: FORM })));
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
		const t1 = await v2Token();
		const t2 = await v2Token();
		const headers = { 'X-Personio-Partner-ID': 'ACME_PARTNER', 'X-Personio-App-ID': 'N8N', 'Personio-Partner-ID': 'ACME_PARTNER', 'Personio-App-ID': 'N8N' };
		await http0.get(`${base}/v1/company/employees?limit=2`, auth(t1, headers));
		await http0.get(`${base}/v1/company/employees?limit=2`, auth(t2, headers));
		await http0.get(`${base}/v2/persons?limit=2`, auth(t2, headers));
		const s = (await http0.get(`${base}/__sandbox/stats`)).data;
		expect(s.tokenRequests).toBe(2);
		expect(s.requests).toBe(5);
		expect(s.byRoute['GET /v1/company/employees']).toBe(2);
		expect(s.byRoute['GET /v2/persons']).toBe(1);
		const emp = s.log.filter((e: any) => e.route === 'GET /v1/company/employees');
		expect(emp).toHaveLength(2);
		expect(emp[0].headers.authorization).toBe('Bearer <redacted>');
		expect(new Set(emp.map((e: any) => e.tokenId)).size).toBe(2);
		expect(emp[0].query).toEqual({ limit: '2' });
		expect(emp[0].partnerHeaders).toEqual({ 'x-personio-partner-id': 'ACME_PARTNER', 'x-personio-app-id': 'N8N', 'personio-partner-id': 'ACME_PARTNER', 'personio-app-id': 'N8N' });
		expect(JSON.stringify(s.log)).not.toContain(t1);
		expect(JSON.stringify(s.log)).not.toContain('sandbox-client-secret');
		const filtered = (await http0.get(`${base}/__sandbox/log?route=${encodeURIComponent('GET /v2/persons')}`)).data;
		expect(filtered).toHaveLength(1);
		const state = (await http0.get(`${base}/__sandbox/state/timeOffTypes`)).data;
		expect(state.length).toBe(7);
		const clk = (await http0.post(`${base}/__sandbox/clock`, { advanceSeconds: 3600 })).data;
		expect(Date.parse(clk.now) - Date.now()).toBeGreaterThan(3590 * 1000);
		sb.clock({ reset: true });
	});
});

describe('webhooks', () => {
	let receiver: http.Server;
	let rurl: string;
	const received: any[] = [];
	let failNext = 0;
	beforeAll(async () => {
		receiver = http.createServer((req, res) => {
			let body = '';
			req.on('data', (c) => (body += c));
			req.on('end', () => {
				received.push({ headers: req.headers, body: JSON.parse(body), url: req.url });
				if (failNext > 0) {
					failNext--;
					res.writeHead(500).end();
				} else res.writeHead(200).end('ok');
			});
		});
		await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
		rurl = `http://127.0.0.1:${(receiver.address() as any).port}`;
	});
	afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

	it('manages subscriptions and delivers events to enabled subscribers with the token verbatim', async () => {
		const t = await v2Token();
		const bad = await http0.post(`${base}/v2/webhooks`, { url: 'http://example.com/hook', description: 'x', enabled_events: ['person.created'] }, auth(t));
		expect(bad.status).toBe(422);
		const unknownEvent = await http0.post(`${base}/v2/webhooks`, { url: `${rurl}/x`, description: 'x', enabled_events: ['nope.created'] }, auth(t));
		expect(unknownEvent.status).toBe(422);
		const w1 = await http0.post(`${base}/v2/webhooks`, { url: `${rurl}/a`, description: 'enabled', status: 'ENABLED', auth_type: 'TOKEN', token: 's3cr3t-token', enabled_events: ['person.created', 'person.updated'] }, auth(t));
		expect(w1.status).toBe(201);
		expect(w1.data.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(w1.data.token).toBeUndefined();
		const w2 = await http0.post(`${base}/v2/webhooks`, { url: `${rurl}/b`, description: 'default disabled', enabled_events: ['person.created'] }, auth(t));
		expect(w2.data.status).toBe('DISABLED');
		expect(w2.data.auth_type).toBe('TOKEN');
		const w3 = await http0.post(`${base}/v2/webhooks`, { url: `${rurl}/c`, description: 'other event', status: 'ENABLED', auth_type: 'NONE', enabled_events: ['employment.created'] }, auth(t));
		expect(w3.status).toBe(201);
		expect((await http0.get(`${base}/v2/webhooks`, auth(t))).data._data).toHaveLength(3);

		received.length = 0;
		const fire = await http0.post(`${base}/__sandbox/webhooks/fire`, { event_name: 'person.created', payload: { person_id: '1000' }, times: 2 });
		expect(fire.status).toBe(200);
		expect(fire.data).toHaveLength(2);
		expect(received).toHaveLength(2);
		expect(received.every((r) => r.url === '/a')).toBe(true);
		expect(received[0].headers.authorization).toBe('s3cr3t-token');
		expect(received[0].body).toEqual({ company_id: 1234, event_name: 'person.created', occurred_at: expect.any(String), payload: { person_id: '1000' }, meta: { delivery_id: expect.any(String) } });
		expect(received[1].body.meta.delivery_id).toBe(received[0].body.meta.delivery_id);
		expect(fire.data.map((d: any) => d.status)).toEqual([200, 200]);

		failNext = 1;
		const f2 = await sb.fireWebhook({ event_name: 'employment.created' });
		expect(f2).toHaveLength(1);
		expect(f2[0].status).toBe(500);
		expect(f2[0].ok).toBe(false);
		expect(received[received.length - 1].headers.authorization).toBeUndefined();
		expect(received[received.length - 1].body.payload.employment_id).toBeTruthy();

		const patched = await http0.patch(`${base}/v2/webhooks/${w2.data.id}`, { status: 'ENABLED' }, auth(t));
		expect(patched.data.status).toBe('ENABLED');
		const f3 = await sb.fireWebhook({ event_name: 'person.created' });
		expect(f3.map((d: any) => d.webhook_id).sort()).toEqual([w1.data.id, w2.data.id].sort());
		const deliveries = await http0.get(`${base}/v2/webhooks/${w1.data.id}/deliveries`, auth(t));
		expect(deliveries.data._data).toHaveLength(3);
		expect((await http0.delete(`${base}/v2/webhooks/${w1.data.id}`, auth(t))).status).toBe(204);
		expect((await http0.get(`${base}/v2/webhooks/${w1.data.id}`, auth(t))).status).toBe(404);
		const raw = (await http0.get(`${base}/__sandbox/state/webhooks`)).data;
		expect(raw).toHaveLength(2);
	});
});
