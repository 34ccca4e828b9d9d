/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
/**
 * The nodes' v2 absence, org and compensation reads against the sandbox (routes-absence-org.js), the
 * absence writes (routes-v2-absence-writes.js), and the sandbox refusing what the real API refuses.
 */
import axios from 'axios';

import { Personio } from '../../nodes/Personio/Personio.node';
import {
	personioCredentials,
	recruitingCredentials,
	runNode,
	TestCredentialsHelper,
} from '../helpers/harness';

const { startSandbox } = require('./server');

let sb: any;
let token: string;
const http0 = axios.create({ validateStatus: () => true });
const personio = new Personio();

beforeAll(async () => {
	sb = await startSandbox({ employees: 60, seed: 11 });
	const auth = await http0.post(
		`${sb.url}/v2/auth/token`,
		new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: 'sandbox-client-id',
			client_secret: 'sandbox-client-secret',
		}).toString(),
		{
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		},
	);
	token = auth.data.access_token;
});
afterAll(async () => {
	await sb.close();
});

const get = (path: string) =>
	http0.get(`${sb.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
const run = async (parameters: Record<string, unknown>) => {
	const credentials = new TestCredentialsHelper({
		personioApi: personioCredentials({
			baseUrl: sb.url,
			clientId: 'sandbox-client-id',
			clientSecret: 'sandbox-client-secret',
		}),
		personioRecruitingApi: recruitingCredentials({
			baseUrl: sb.url,
			careersUrl: sb.url,
			apiKey: 'sandbox-recruiting-key',
			companyId: '1234',
		}),
	});
	const [items] = await runNode({
		nodeType: personio,
		typeName: 'n8n-nodes-personio.personio',
		parameters: parameters as never,
		credentials,
	});
	return items.map((item) => item.json as any);
};
const pathsSince = (from: number) =>
	sb
		.log()
		.slice(from)
		.map((entry: any) => `${entry.method} ${entry.path}`);

describe('sandbox refuses what Personio refuses', () => {
	it.each([
		['/v2/org-units', 400],
		['/v2/org-units?type=squad', 400],
		['/v2/org-units?type=team', 200],
		['/v2/compensations?start_date=2025-01-01&end_date=2025-02-15', 400],
		['/v2/compensations?start_date=2025-01-15&end_date=2025-02-15', 200],
		[
			'/v2/recruiting/jobs?updated_at.gt=2024-01-01T00:00:00Z&updated_at.lt=2025-01-01T00:00:00Z',
			400,
		],
		['/v2/absence-periods/x/breakdowns?limit=29', 404],
	])('GET %s answers %d', async (path, status) => {
		expect((await get(path)).status).toBe(status);
	});
});

describe('v2 absences through the node', () => {
	it('Get Many, Get, Get Breakdowns and Delete read and write v2 only', async () => {
		const from = sb.log().length;
		const periods = await run({
			resource: 'absence',
			operation: 'getAll',
			returnAll: false,
			limit: 150,
			filters: {},
		});
		expect(periods.length).toBeGreaterThan(100);
		for (const period of periods) expect(period.id).toMatch(/^[0-9a-f-]{36}$/);
		const dayBased = periods.find(
			(p) => p.starts_from?.type === 'FIRST_HALF' || p.starts_from?.type === 'SECOND_HALF',
		);
		expect(dayBased).toBeDefined();

		const [one] = await run({ resource: 'absence', operation: 'get', absenceId: dayBased.id });
		expect(one).toEqual(dayBased);
		const days = await run({
			resource: 'absence',
			operation: 'getBreakdowns',
			absenceId: dayBased.id,
			returnAll: true,
		});
		expect(days.length).toBeGreaterThan(0);
		expect(days[0]).toEqual({
			date: dayBased.starts_from.date_time.slice(0, 10),
			effective_duration: { unit: 'DAY', value: 1 },
		});

		const [deleted] = await run({
			resource: 'absence',
			operation: 'delete',
			absenceId: dayBased.id,
		});
		expect(deleted).toEqual({ deleted: true, id: dayBased.id });
		expect((await get(`/v2/absence-periods/${dayBased.id}`)).status).toBe(404);
		expect(
			pathsSince(from).filter((p: string) => /\/v1\/company\/(time-offs|absence-periods)/.test(p)),
		).toEqual([]);
	});

	it('filters by person and overlapping dates', async () => {
		const all = await run({
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: {},
		});
		const person = all[0].person.id;
		const mine = await run({
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { personIds: person, startDate: '2020-01-01', endDate: '2030-12-31' },
		});
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every((p) => p.person.id === person)).toBe(true);
		expect(mine.length).toBe(all.filter((p) => p.person.id === person).length);
	});

	it('Absence Type > Get Many lists v2 types with UUIDs and both units', async () => {
		const types = await run({ resource: 'absenceType', operation: 'getAll', returnAll: true });
		expect(types.map((t) => t.unit)).toEqual(expect.arrayContaining(['DAY', 'HOUR']));
		const [one] = await run({
			resource: 'absenceType',
			operation: 'get',
			absenceTypeId: types[0].id,
		});
		expect(one).toEqual(types[0]);
	});
});

describe('v2 absence writes through the node', () => {
	it('Create, Get, Update and Delete share one v2 UUID and never call v1', async () => {
		const from = sb.log().length;
		const type = (await get('/v2/absence-types')).data._data.find((t: any) => t.unit === 'DAY');
		const create = {
			resource: 'absence',
			operation: 'create',
			employeeId: { mode: 'id', value: '1001' },
			absenceTypeId: type.id,
			startDate: '2031-06-01',
			endDate: '2031-06-03',
			skipApproval: true,
			additionalFields: { halfDayEnd: true, comment: 'Summer' },
		};
		const [created] = await run(create);
		expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
		const [read] = await run({ resource: 'absence', operation: 'get', absenceId: created.id });
		expect(read).toMatchObject({
			id: created.id,
			starts_from: { date_time: '2031-06-01T00:00:00' },
			ends_at: { date_time: '2031-06-03T00:00:00', type: 'FIRST_HALF' },
			comment: 'Summer',
		});
		await run({
			resource: 'absence',
			operation: 'update',
			absenceId: created.id,
			skipApproval: true,
			updateFields: { endDate: '2031-06-05' },
		});
		expect((await get(`/v2/absence-periods/${created.id}`)).data.ends_at.date_time).toBe(
			'2031-06-05T00:00:00',
		);
		// The same days again: Personio answers 409, the node says what conflicts.
		await expect(run(create)).rejects.toThrow(/it overlaps another absence of this person/);
		await run({ resource: 'absence', operation: 'delete', absenceId: created.id });
		expect((await get(`/v2/absence-periods/${created.id}`)).status).toBe(404);
		const sent = sb
			.log()
			.slice(from)
			.map((entry: any) => `${entry.method} ${entry.path}`);
		expect(sent).toEqual(
			expect.arrayContaining([
				'POST /v2/absence-periods',
				`PATCH /v2/absence-periods/${created.id}`,
				`DELETE /v2/absence-periods/${created.id}`,
			]),
		);
		expect(sent.filter((p: string) => p.includes('/v1/'))).toEqual([]);
	});
});

describe('organization through the node', () => {
	it('Get of a cost center and a workplace reads the list filtered by id, without a Beta header', async () => {
		const [center] = (await get('/v2/cost-centers?limit=1')).data._data;
		const [workplace] = (await get('/v2/workplaces?limit=1')).data._data;
		const from = sb.log().length;
		expect(
			await run({
				resource: 'organization',
				operation: 'get',
				object: 'costCenter',
				id: center.id,
			}),
		).toEqual([center]);
		expect(
			await run({
				resource: 'organization',
				operation: 'get',
				object: 'workplace',
				id: String(workplace.id),
			}),
		).toEqual([workplace]);
		const sent = sb
			.log()
			.slice(from)
			.filter((entry: any) => /cost-centers|workplaces/.test(entry.path));
		expect(sent.map((entry: any) => entry.query.id)).toEqual([center.id, String(workplace.id)]);
		expect(sent.every((entry: any) => entry.headers.beta === undefined)).toBe(true);
	});

	it('org units: Get Many sends the default Type, Get the chosen one', async () => {
		const departments = await run({
			resource: 'organization',
			operation: 'getAll',
			object: 'orgUnit',
			returnAll: true,
		});
		expect(departments.length).toBeGreaterThan(0);
		expect(departments.every((o) => o.type === 'department')).toBe(true);
		const teams = await run({
			resource: 'organization',
			operation: 'getAll',
			object: 'orgUnit',
			returnAll: true,
			orgUnitType: 'team',
		});
		const [team] = await run({
			resource: 'organization',
			operation: 'get',
			object: 'orgUnit',
			id: teams[0].id,
			orgUnitType: 'team',
		});
		expect(team).toEqual(teams[0]);
	});
});

describe('compensations over several months', () => {
	it('walks Nov 15 - Mar 20 month by month: every record once, the same records as the month reads', async () => {
		const from = sb.log().length;
		const items = await run({
			resource: 'compensation',
			operation: 'getAll',
			returnAll: true,
			filters: { periodStart: '2024-11-15', periodEnd: '2025-03-20' },
		});
		const ids = items.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		const windows = sb
			.log()
			.slice(from)
			.filter((entry: any) => entry.path === '/v2/compensations' && !entry.query.cursor);
		expect(windows.map((entry: any) => [entry.query.start_date, entry.query.end_date])).toEqual([
			['2024-11-15', '2024-11-30'],
			['2024-12-01', '2024-12-31'],
			['2025-01-01', '2025-01-31'],
			['2025-02-01', '2025-02-28'],
			['2025-03-01', '2025-03-20'],
		]);
		expect(windows.every((entry: any) => entry.status === 200)).toBe(true);
		const expected = new Set<string>();
		for (const [start, end] of windows.map((entry: any) => [
			entry.query.start_date,
			entry.query.end_date,
		])) {
			let next: string | undefined =
				`/v2/compensations?start_date=${start}&end_date=${end}&limit=100`;
			while (next) {
				const page: any = (await get(next)).data;
				for (const record of page._data) expected.add(record.id);
				next = page._meta.links.next
					? new URL(page._meta.links.next.href).pathname +
						new URL(page._meta.links.next.href).search
					: undefined;
			}
		}
		expect(new Set(ids)).toEqual(expected);
		// The bonus of 2025-03-31 lies outside the period.
		expect(items.some((c) => c.effective_from === '2025-03-31')).toBe(false);
	});
});
