import axios, { AxiosRequestConfig } from 'axios';
import type { Json } from '../helpers/json';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loads a CommonJS module of the sandbox at run time
const { startSandbox } = require('./server');

let sb: Json;
let base: string;
let t: string;
const http0 = axios.create({ validateStatus: () => true, maxRedirects: 0 });
const auth = (token: string): AxiosRequestConfig => ({
	headers: { Authorization: `Bearer ${token}` },
});
const get = (path: string) => http0.get(`${base}${path}`, auth(t));
const post = (path: string, body: unknown) => http0.post(`${base}${path}`, body, auth(t));
const patch = (path: string, body: unknown) => http0.patch(`${base}${path}`, body, auth(t));
const del = (path: string) => http0.delete(`${base}${path}`, auth(t));
const detail = (r: Json) => r.data.errors[0].detail;

beforeAll(async () => {
	sb = await startSandbox({ employees: 40, seed: 11 });
	base = sb.url;
	const r = await http0.post(
		`${base}/v2/auth/token`,
		'grant_type=client_credentials&client_id=sandbox-client-id&client_secret=sandbox-client-secret',
		{
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		},
	);
	t = r.data.access_token;
});
afterAll(async () => sb.close());

describe('retired v1 attendance endpoints', () => {
	it.each([
		['GET', '/v1/company/attendances?start_date=2025-01-01&end_date=2025-01-31'],
		['POST', '/v1/company/attendances'],
		['PATCH', '/v1/company/attendances/900001'],
		['DELETE', '/v1/company/attendances/900001'],
		['GET', '/v1/company/attendances/projects'],
		['POST', '/v1/company/attendances/projects'],
		['PATCH', '/v1/company/attendances/projects/10'],
		['DELETE', '/v1/company/attendances/projects/10'],
	])('%s %s answers 410 in the v1 envelope, naming the retirement', async (method, path) => {
		const r = await http0.request({ method, url: `${base}${path}`, data: {}, ...auth(t) });
		expect(r.status).toBe(410);
		expect(r.data).toEqual({
			success: false,
			error: { code: 410, message: expect.stringContaining('retired on 2026-08-30') },
		});
	});
});

describe('v2 attendance periods', () => {
	it('lists 100 per page by default with absolute next links; limit 1-100', async () => {
		const first = await get('/v2/attendance-periods');
		expect(first.status).toBe(200);
		expect(first.data._data).toHaveLength(100);
		const next = first.data._meta.links.next.href;
		expect(next.startsWith(`${base}/v2/attendance-periods?`)).toBe(true);
		const second = await http0.get(next, auth(t));
		expect(second.data._data[0].id).not.toBe(first.data._data[0].id);
		expect((await get('/v2/attendance-periods?limit=101')).status).toBe(400);
		expect((await get('/v2/attendance-periods?limit=0')).status).toBe(400);
	});

	it('date-time filters take the local form; a zone is refused like Personio does', async () => {
		expect((await get('/v2/attendance-periods?updated_at.gte=2025-09-01T00:00:00Z')).status).toBe(
			400,
		);
		expect(
			(await get('/v2/attendance-periods?start.date_time.gte=2025-09-01T00:00:00%2B02:00')).status,
		).toBe(400);
		const r = await get(
			'/v2/attendance-periods?start.date_time.gte=2025-09-10T00:00:00&start.date_time.lte=2025-09-12T23:59:59&limit=100',
		);
		expect(r.status).toBe(200);
		expect(
			r.data._data.every(
				(p: Json) =>
					p.start.date_time >= '2025-09-10' && p.start.date_time <= '2025-09-12T23:59:59',
			),
		).toBe(true);
	});

	it('create: a night shift pending, or confirmed with skip_approval=true; 201 with affected_periods', async () => {
		const person = String(sb.state.employees[2].id);
		const night = await post('/v2/attendance-periods', {
			person: { id: person },
			type: 'WORK',
			start: { date_time: '2026-03-02T22:00:00' },
			end: { date_time: '2026-03-03T06:00:00' },
		});
		expect(night.status).toBe(201);
		expect(night.data.affected_periods[0]).toMatchObject({ id: night.data.id, status: 'PENDING' });
		const open = await post('/v2/attendance-periods?skip_approval=true', {
			person: { id: person },
			type: 'BREAK',
			start: { date_time: '2026-03-04T12:00:00' },
		});
		expect(open.data.affected_periods[0]).toMatchObject({ status: 'CONFIRMED', end: null });
	});

	it.each([
		[{ end: { date_time: '2026-03-05T08:00:00' } }, 422, 'Start date greater than end date.'],
		[{ end: { date_time: '2026-03-06T10:00:00' } }, 422, 'Period time range too long.'],
		[{ type: 'BREAK', project: { id: '10' } }, 422, 'Break periods cannot have a project.'],
		[{ project: { id: '12' } }, 422, 'The project must be ACTIVE.'],
		[{ type: 'LUNCH' }, 400, 'Invalid type field: type must be WORK or BREAK.'],
		[
			{ start: { date_time: '2026-03-05T09:00:00Z' } },
			400,
			'start.date_time must be a local date-time such as 2024-06-07T09:00:00.',
		],
	])('create refuses %j with %i', async (change, status, message) => {
		const body = {
			person: { id: String(sb.state.employees[3].id) },
			type: 'WORK',
			start: { date_time: '2026-03-05T09:00:00' },
			...change,
		};
		const r = await post('/v2/attendance-periods', body);
		expect(r.status).toBe(status);
		expect(r.headers['content-type']).toContain('application/problem+json');
		expect(detail(r)).toBe(message);
	});

	it('update answers 204 and keeps the type; delete answers 204', async () => {
		const person = String(sb.state.employees[4].id);
		const c = await post('/v2/attendance-periods', {
			person: { id: person },
			type: 'WORK',
			start: { date_time: '2026-03-09T09:00:00' },
		});
		const u = await patch(`/v2/attendance-periods/${c.data.id}?skip_approval=true`, {
			end: { date_time: '2026-03-09T17:00:00' },
			project: { id: '10' },
		});
		expect([u.status, u.data]).toEqual([204, '']);
		expect((await get(`/v2/attendance-periods/${c.data.id}`)).data).toMatchObject({
			end: { date_time: '2026-03-09T17:00:00' },
			project: { id: '10' },
			status: 'CONFIRMED',
		});
		expect(detail(await patch(`/v2/attendance-periods/${c.data.id}`, { type: 'BREAK' }))).toBe(
			'The type of an attendance period cannot be changed.',
		);
		expect((await del(`/v2/attendance-periods/${c.data.id}`)).status).toBe(204);
		expect((await del(`/v2/attendance-periods/${c.data.id}`)).status).toBe(404);
	});

	it('duration-only periods: created with duration and attribution_date, listed only when duration_type asks', async () => {
		const person = String(sb.state.employees[5].id);
		const created = await post('/v2/attendance-periods?skip_approval=true', {
			person: { id: person },
			type: 'WORK',
			duration: 450,
			attribution_date: '2026-03-09',
		});
		expect(created.status).toBe(201);
		expect(created.data.affected_periods[0]).toMatchObject({
			start: null,
			end: null,
			duration: 450,
			attribution_date: '2026-03-09',
		});
		const ids = async (query: string) =>
			(await get(`/v2/attendance-periods?person.id=${person}${query}`)).data._data.map(
				(p: Json) => p.id,
			);
		expect(await ids('')).not.toContain(created.data.id);
		expect(await ids('&duration_type=ALL')).toContain(created.data.id);
		expect(await ids('&duration_type=DURATION_ONLY')).toEqual([created.data.id]);
		expect((await get('/v2/attendance-periods?duration_type=SOME')).status).toBe(400);

		const mixed = await post('/v2/attendance-periods', {
			person: { id: person },
			type: 'WORK',
			start: { date_time: '2026-03-09T08:00:00' },
			duration: 60,
			attribution_date: '2026-03-09',
		});
		expect(mixed.status).toBe(400);
		expect(detail(mixed)).toBe('A period has either a start (and end) or a duration, not both.');
		const noDate = await post('/v2/attendance-periods', {
			person: { id: person },
			type: 'WORK',
			duration: 60,
		});
		expect(noDate.status).toBe(400);
	});
});

describe('v2 projects and members', () => {
	it('filters by name, status, code, parent and top level; 201 create, 204 update', async () => {
		const c = await post('/v2/projects', {
			name: 'Apollo',
			status: 'ACTIVE',
			project_code: 'AP-1',
			billable: true,
			start: { date: '2026-01-01' },
			end: { date: '2026-12-31' },
		});
		expect(c.status).toBe(201);
		const sub = await post('/v2/projects', {
			name: 'Apollo 11',
			status: 'ACTIVE',
			parent_project: { id: c.data.id },
		});
		expect(sub.status).toBe(201);
		expect(
			(await get(`/v2/projects?name=Apollo,Gemini`)).data._data.map((p: Json) => p.id),
		).toEqual([c.data.id]);
		expect(
			(await get(`/v2/projects?parent_project.id=${c.data.id}`)).data._data.map(
				(p: Json) => p.name,
			),
		).toEqual(['Apollo 11']);
		expect(
			(await get('/v2/projects?top_level_only=true')).data._data.some(
				(p: Json) => p.name === 'Apollo 11',
			),
		).toBe(false);
		expect(
			(await get('/v2/projects?status=ARCHIVED')).data._data.every(
				(p: Json) => p.status === 'ARCHIVED',
			),
		).toBe(true);
		expect((await get('/v2/projects?project_code=AP-1')).data._data).toHaveLength(1);
		expect((await patch(`/v2/projects/${c.data.id}`, { description: 'Moon' })).status).toBe(204);
		expect((await get(`/v2/projects/${c.data.id}`)).data).toMatchObject({
			name: 'Apollo',
			description: 'Moon',
			billable: true,
			end: { date: '2026-12-31' },
		});
	});

	it.each([
		[{ name: 'P1' }, 400, 'Missing Project required parameters: name and status.'],
		[{ name: 'P1', status: 'DONE' }, 400, 'Invalid Project status field.'],
		[
			{ name: 'Client onboarding', status: 'ACTIVE' },
			422,
			'Duplicate Project Name: Client onboarding.',
		],
		[
			{ name: 'P1', status: 'ACTIVE', start: { date: '2026-02-01' }, end: { date: '2026-01-01' } },
			422,
			'Start date greater than end date.',
		],
		[
			{ name: 'P1', status: 'ACTIVE', parent_project: { id: '10' }, billable: true },
			422,
			'Unsupported field set for subproject: billable.',
		],
		[
			{ name: 'P1', status: 'ACTIVE', cost_center: { id: 'nope' } },
			422,
			'Cost Center does not exist.',
		],
	])('create refuses %j', async (body, status, message) => {
		const r = await post('/v2/projects', body);
		expect(r.status).toBe(status);
		expect(detail(r)).toBe(message);
	});

	it('members: add a list, list, remove one; none on sub-projects; delete takes sub-projects along', async () => {
		const top = await post('/v2/projects', {
			name: 'Gemini',
			status: 'ACTIVE',
			assigned_to_all: true,
		});
		const sub = await post('/v2/projects', {
			name: 'Gemini 4',
			status: 'ACTIVE',
			parent_project: { id: top.data.id },
		});
		const [a, b] = sb.state.employees.slice(5, 7).map((e: Json) => String(e.id));
		expect(
			(
				await post(`/v2/projects/${top.data.id}/members`, [
					{ person: { id: a } },
					{ person: { id: b } },
				])
			).status,
		).toBe(201);
		expect((await get(`/v2/projects/${top.data.id}`)).data.assigned_to_all).toBe(false);
		expect((await get(`/v2/projects/${top.data.id}/members`)).data._data).toEqual([
			{ person: { id: a } },
			{ person: { id: b } },
		]);
		expect((await post(`/v2/projects/${top.data.id}/members`, { person: { id: a } })).status).toBe(
			400,
		);
		expect(
			(await post(`/v2/projects/${top.data.id}/members`, [{ person: { id: '999999' } }])).status,
		).toBe(422);
		expect(
			(await post(`/v2/projects/${sub.data.id}/members`, [{ person: { id: a } }])).status,
		).toBe(422);
		expect((await del(`/v2/projects/${top.data.id}/members?person_id=${a}`)).status).toBe(204);
		expect((await get(`/v2/projects/${top.data.id}/members`)).data._data).toEqual([
			{ person: { id: b } },
		]);
		expect((await del(`/v2/projects/${top.data.id}`)).status).toBe(204);
		expect((await get(`/v2/projects/${sub.data.id}`)).status).toBe(404);
	});
});
