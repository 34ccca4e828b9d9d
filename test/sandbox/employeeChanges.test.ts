/* The control endpoints that terminate and delete employees, as HR does in Personio's web app. */
import { auth, http0, openSandbox, v2Token } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
let token: string;
beforeAll(async () => {
	({ sb, base } = await openSandbox({ employees: 6, seed: 3 }));
	token = await v2Token(base);
});
afterAll(async () => await sb.close());

const v1Employee = async (id: number) =>
	await http0.get(`${base}/v1/company/employees/${id}`, auth(token));
const value = (record: Json, key: string) => record.attributes[key].value;
const listedIds = async (query = '') => {
	const r = await http0.get(`${base}/v1/company/employees?limit=100${query}`, auth(token));
	expect(r.status).toBe(200);
	return r.data.data.map((e: Json) => value(e, 'id'));
};

describe('employee changes through /__sandbox/employees', () => {
	it('creates and updates as the v1 API does, without a log entry or a request count', async () => {
		const requests = sb.stats().requests;
		const logged = sb.stats().log.length;
		const created = await http0.post(`${base}/__sandbox/employees`, {
			employee: { email: 'hr.made@example.com', first_name: 'Hr', last_name: 'Made' },
		});
		expect(created.status).toBe(200);
		const id = created.data.data.id;
		const patched = await http0.patch(`${base}/__sandbox/employees/${id}`, {
			employee: { position: 'Analyst', custom_attributes: { dynamic_1004: 'XL' } },
		});
		expect(patched.status).toBe(200);
		const missing = await http0.patch(`${base}/__sandbox/employees/999999`, { employee: {} });
		expect(missing.status).toBe(404);
		expect(sb.stats().requests).toBe(requests);
		expect(sb.stats().log.length).toBe(logged);
		const record = (await v1Employee(id)).data.data;
		expect(value(record, 'position')).toBe('Analyst');
		expect(value(record, 'dynamic_1004')).toBe('XL');
	});

	it('terminates: status inactive, termination date set, last_modified_at moves, still listed', async () => {
		const id = sb.state.employees[1].id;
		const before = value((await v1Employee(id)).data.data, 'last_modified_at');
		const since = new Date(Date.now() - 1000).toISOString().slice(0, 19);
		const r = await http0.post(`${base}/__sandbox/employees/${id}/terminate`, {
			termination_date: '2031-03-31',
		});
		expect(r.status).toBe(200);
		const after = (await v1Employee(id)).data.data;
		expect(value(after, 'status')).toBe('inactive');
		expect(value(after, 'termination_date')).toMatch(/^2031-03-31T00:00:00/);
		expect(value(after, 'last_modified_at')).not.toBe(before);
		expect(await listedIds(`&updated_since=${since}`)).toContain(id);
	});

	it('deletes: gone from the v1 and v2 lists and 404 on GET, supervised people changed', async () => {
		const victim = sb.state.employees[0];
		const report = sb.state.employees.find((e: Json) => e.supervisor_id === victim.id);
		if (report) report.updated_at = 0;
		const r = await http0.delete(`${base}/__sandbox/employees/${victim.id}`);
		expect(r.status).toBe(200);
		expect(await listedIds()).not.toContain(victim.id);
		expect((await v1Employee(victim.id)).status).toBe(404);
		const persons = await http0.get(`${base}/v2/persons?limit=50`, auth(token));
		expect(persons.data._data.map((p: Json) => p.id)).not.toContain(String(victim.id));
		if (report) expect(report.supervisor_id).toBeNull();
		if (report) expect(report.updated_at).toBeGreaterThan(0);
		expect((await http0.delete(`${base}/__sandbox/employees/${victim.id}`)).status).toBe(404);
	});
});
