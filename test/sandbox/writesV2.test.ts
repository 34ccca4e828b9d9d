/** Writes read back, v2: persons, attendance periods, and the org endpoints. */
import { auth, http0, v2Token, openSandbox } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
beforeAll(async () => ({ sb, base } = await openSandbox({ employees: 120, seed: 7 })));
afterAll(async () => await sb.close());

describe('writes are read back', () => {
	let t: string;
	beforeAll(async () => {
		t = await v2Token(base);
	});

	it('v2 persons create/patch, attendance periods (PATCH/DELETE 204), org endpoints', async () => {
		const c = await http0.post(
			`${base}/v2/persons`,
			{
				first_name: 'Vera',
				last_name: 'Zwei',
				email: 'vera.zwei@acme-sandbox.example',
				gender: 'FEMALE',
			},
			auth(t),
		);
		expect(c.status).toBe(201);
		expect(c.data.id).toBeTruthy();
		const pt = await http0.patch(
			`${base}/v2/persons/${c.data.id}`,
			{ preferred_name: 'V' },
			auth(t),
		);
		expect(pt.status).toBe(200);
		expect(
			(await http0.get(`${base}/v2/persons?email=vera.zwei@acme-sandbox.example`, auth(t))).data
				._data[0].preferred_name,
		).toBe('V');
		expect(
			(await http0.get(`${base}/v1/company/employees/${c.data.id}`, auth(t))).data.data.attributes
				.gender.value,
		).toBe('female');

		const a = await http0.post(
			`${base}/v2/attendance-periods`,
			{
				person: { id: c.data.id },
				type: 'WORK',
				start: { date_time: '2026-02-02T09:00:00' },
				end: { date_time: '2026-02-02T17:00:00' },
				comment: 'v2',
			},
			auth(t),
		);
		expect(a.status).toBe(201);
		const g = await http0.get(`${base}/v2/attendance-periods/${a.data.id}`, auth(t));
		expect(g.data.person.id).toBe(c.data.id);
		const p = await http0.patch(
			`${base}/v2/attendance-periods/${a.data.id}`,
			{ end: { date_time: '2026-02-02T18:00:00' } },
			auth(t),
		);
		expect(p.status).toBe(204);
		expect(p.data).toBe('');
		const list = await http0.get(
			`${base}/v2/attendance-periods?person.id=${c.data.id}&id=${a.data.id}`,
			auth(t),
		);
		expect(list.data._data).toHaveLength(1);
		expect(list.data._data[0].end.date_time).toBe('2026-02-02T18:00:00');
		expect((await http0.delete(`${base}/v2/attendance-periods/${a.data.id}`, auth(t))).status).toBe(
			204,
		);
		expect((await http0.get(`${base}/v2/attendance-periods/${a.data.id}`, auth(t))).status).toBe(
			404,
		);

		// Cost centers and workplaces are generally available: no Beta header (routes-absence-org.js has the rest).
		const cc = await http0.get(`${base}/v2/cost-centers`, auth(t));
		expect(cc.status).toBe(200);
		expect(cc.data._data.length).toBeGreaterThan(0);
		expect((await http0.get(`${base}/v2/workplaces`, auth(t))).status).toBe(200);
		expect((await http0.get(`${base}/v2/legal-entities`, auth(t))).data._data.length).toBe(3);
		expect(
			(await http0.get(`${base}/v2/org-units?type=team`, auth(t))).data._data.every(
				(o: Json) => o.type === 'team',
			),
		).toBe(true);
		expect(
			(await http0.get(`${base}/v2/compensations?person.id=${sb.state.employees[0].id}`, auth(t)))
				.data._data.length,
		).toBeGreaterThan(0);
		expect(
			(await http0.get(`${base}/v2/absence-types`, auth(t))).data._data.map((x: Json) => x.unit),
		).toEqual(expect.arrayContaining(['DAY', 'HOUR']));
	});
});
