import { auth, http0, v2Token, openSandbox } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
beforeAll(async () => ({ sb, base } = await openSandbox({ employees: 120, seed: 7 })));
afterAll(async () => await sb.close());

describe('pagination quirks', () => {
	let t: string;
	beforeAll(async () => {
		t = await v2Token(base);
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
			p.data.data.forEach((e: Json) => ids.add(e.attributes.id.value));
			if (p.data.data.length < 100) break;
		}
		expect(ids.size).toBe(120);
	});

	it('v1 employees: wrapped attributes, email filter, attributes[] projection, updated_since', async () => {
		const emp = sb.state.employees[5];
		const r = await http0.get(
			`${base}/v1/company/employees?email=${encodeURIComponent(emp.email.toUpperCase())}`,
			auth(t),
		);
		expect(r.data.data).toHaveLength(1);
		const a = r.data.data[0].attributes;
		expect(a.first_name).toEqual({
			label: 'First name',
			value: emp.first_name,
			type: 'standard',
			universal_id: 'first_name',
		});
		expect(a.department.value.type).toBe('Department');
		expect(a.department.value.attributes).toEqual({
			id: emp.department_id,
			name: expect.any(String),
		});
		expect(a.office.value).toEqual({
			type: 'Office',
			attributes: { id: emp.office_id, name: expect.any(String) },
		});
		expect(a.dynamic_1001.label).toBe('IBAN');
		expect(a.hire_date.value).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[12]00$/);

		const proj = await http0.get(
			`${base}/v1/company/employees?limit=3&attributes[]=first_name&attributes[]=dynamic_1002`,
			auth(t),
		);
		expect(Object.keys(proj.data.data[0].attributes).sort()).toEqual([
			'dynamic_1002',
			'first_name',
			'id',
		]);
		const notAllowed = await http0.get(
			`${base}/v1/company/employees?attributes[]=salary_secret`,
			auth(t),
		);
		expect(notAllowed.status).toBe(400);

		const since = new Date(Date.now() - 1000).toISOString().slice(0, 19);
		const before = await http0.get(`${base}/v1/company/employees?updated_since=${since}`, auth(t));
		expect(before.data.data).toHaveLength(0);
		const target = sb.state.employees[9];
		const p = await http0.patch(
			`${base}/v1/company/employees/${target.id}`,
			{ employee: { position: 'Chief Sandbox Officer', email: 'ignored@x.example' } },
			auth(t),
		);
		expect(p.status).toBe(200);
		const after = await http0.get(
			`${base}/v1/company/employees?updated_since=${since}&email=nobody@x.example`,
			auth(t),
		);
		expect(after.data.data.map((e: Json) => e.attributes.id.value)).toEqual([target.id]);
		const byAttr = await http0.get(
			`${base}/v1/company/employees?updated_since=${since}&attributes[]=first_name`,
			auth(t),
		);
		expect(byAttr.data.data).toHaveLength(0);
		const byAttr2 = await http0.get(
			`${base}/v1/company/employees?updated_since=${since}&attributes[]=position`,
			auth(t),
		);
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
		expect(p0.data.data.map((x: Json) => x.attributes.id)).toEqual(
			p1.data.data.map((x: Json) => x.attributes.id),
		);
		expect(p2.data.data[0].attributes.id).not.toBe(p1.data.data[0].attributes.id);
		expect(p1.data.metadata.current_page).toBe(1);
		expect(p2.data.metadata.current_page).toBe(2);
		const total = p1.data.metadata.total_elements;
		expect(total).toBe(sb.state.timeOffs.length);
		const ids = new Set<number>();
		for (let page = 1; page <= p1.data.metadata.total_pages; page++) {
			const r = await http0.get(`${base}/v1/company/time-offs?limit=50&offset=${page}`, auth(t));
			r.data.data.forEach((x: Json) => ids.add(x.attributes.id));
		}
		expect(ids.size).toBe(total);
		const item = p1.data.data[0].attributes;
		expect(item.start_date).toMatch(/T00:00:00\+0[12]00$/);
		expect(item.time_off_type.type).toBe('TimeOffType');
		expect(item.employee.attributes.email.value).toContain('@');
		const emp = sb.state.employees[3].id;
		const filtered = await http0.get(
			`${base}/v1/company/time-offs?employees[]=${emp}&employees[]=${emp + 1}`,
			auth(t),
		);
		expect(filtered.data.data.length).toBeGreaterThan(0);
		expect(
			filtered.data.data.every((x: Json) =>
				[emp, emp + 1].includes(x.attributes.employee.attributes.id.value),
			),
		).toBe(true);
		const comma = await http0.get(
			`${base}/v1/company/time-offs?employees[]=${emp},${emp + 1}`,
			auth(t),
		);
		expect(comma.status).toBe(400);
	});

	it('v1 absence-periods: page-level offsets starting at 1', async () => {
		const total = sb.state.absencePeriods.length;
		const p0 = await http0.get(`${base}/v1/company/absence-periods?limit=40&offset=0`, auth(t));
		const p1 = await http0.get(`${base}/v1/company/absence-periods?limit=40&offset=1`, auth(t));
		const p2 = await http0.get(`${base}/v1/company/absence-periods?limit=40&offset=2`, auth(t));
		expect(p0.data.data[0].attributes.id).toBe(p1.data.data[0].attributes.id);
		expect(p2.data.data[0].attributes.id).toBe(sb.state.absencePeriods[40].id);
		expect(p1.data.metadata).toEqual({
			total_elements: total,
			current_page: 1,
			total_pages: Math.ceil(total / 40),
		});
		expect(p1.data.data[0].attributes.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(p1.data.data[0].attributes.measurement_unit).toBe('hour');
	});

	it('v2 cursor pagination walks to the end; invalid cursor and out-of-range limit give 400', async () => {
		const seen: string[] = [];
		let url: string | undefined = `${base}/v2/persons?limit=50`;
		let pages = 0;
		let last: Json;
		while (url) {
			const r: Json = await http0.get(url, auth(t));
			expect(r.status).toBe(200);
			r.data._data.forEach((p: Json) => seen.push(p.id));
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
		expect(upd.data._data.every((p: Json) => p.updated_at > '2025-06-01')).toBe(true);
	});
});
