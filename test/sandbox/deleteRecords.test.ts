import { auth, http0, openSandbox, v2Token } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
let token: string;
beforeAll(async () => {
	({ sb, base } = await openSandbox({ port: 0, employees: 5 }));
	token = await v2Token(base);
});
afterAll(() => sb.close());

describe('sandbox: records deleted as in the web app of Personio', () => {
	it('DELETE /__sandbox/employees/{id}: gone from the v1 list, GET one answers 404', async () => {
		const id = sb.state.employees[1].id;
		const r = await http0.delete(`${base}/__sandbox/employees/${id}`);
		expect(r.status).toBe(200);
		expect(r.data).toEqual({ deleted: true });
		const list = await http0.get(`${base}/v1/company/employees?limit=100`, auth(token));
		expect(list.data.data.map((e: Json) => e.attributes.id.value)).not.toContain(id);
		expect((await http0.get(`${base}/v1/company/employees/${id}`, auth(token))).status).toBe(404);
		expect((await http0.delete(`${base}/__sandbox/employees/${id}`)).status).toBe(404);
	});

	it('the v1 list with attributes[]=id sends the id alone', async () => {
		const r = await http0.get(`${base}/v1/company/employees?limit=2&attributes[]=id`, auth(token));
		expect(r.status).toBe(200);
		expect(r.data.data.map((e: Json) => Object.keys(e.attributes))).toEqual([['id'], ['id']]);
	});

	it('DELETE /__sandbox/absence-periods/{uuid} and /attendance-periods/{uuid}', async () => {
		const absence = (await http0.get(`${base}/v2/absence-periods?limit=1`, auth(token))).data
			._data[0];
		expect((await http0.delete(`${base}/__sandbox/absence-periods/${absence.id}`)).status).toBe(
			200,
		);
		expect((await http0.get(`${base}/v2/absence-periods/${absence.id}`, auth(token))).status).toBe(
			404,
		);
		const period = sb.state.attendancePeriods[0];
		expect((await http0.delete(`${base}/__sandbox/attendance-periods/${period.id}`)).status).toBe(
			200,
		);
		expect(
			(await http0.get(`${base}/v2/attendance-periods/${period.id}`, auth(token))).status,
		).toBe(404);
	});
});
