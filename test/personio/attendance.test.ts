import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { run, tokenEndpoint, watchForRequests } from './absenceFixtures';

beforeAll(fastRetries);

const ID = 'bd242cd1-5116-41a0-99aa-c12af4837c81';
const period = (n: number) => ({
	id: `9b620908-8252-4dbb-b406-${String(n).padStart(12, '0')}`,
	person: { id: '7' },
	type: 'WORK',
	start: { date_time: '2025-03-03T22:00:00' },
	end: { date_time: '2025-03-04T06:00:00' },
	status: 'CONFIRMED',
	updated_at: '2025-03-04T06:05:00Z',
});
const periods = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => period(from + i));
const page = (records: object[], next?: string) => ({
	_data: records,
	_meta: { links: next ? { next: { href: next } } : {} },
});
const problem = (status: number, detail: string) => ({
	personio_trace_id: 't-1',
	errors: [{ title: status === 422 ? 'Unprocessable entity' : 'Bad request', detail }],
});

describe('Attendance > Get Many (v2 attendance periods)', () => {
	it('Return All follows a relative and then an absolute next link, 100 per page', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({ limit: 100 })
			.reply(200, page(periods(1, 100), '/v2/attendance-periods?cursor=c2&limit=100'))
			.get('/v2/attendance-periods')
			.query({ limit: 100, cursor: 'c2' })
			.reply(200, page(periods(101, 100), `${BASE_URL}/v2/attendance-periods?cursor=c3&limit=100`))
			.get('/v2/attendance-periods')
			.query({ limit: 100, cursor: 'c3' })
			.reply(200, page(periods(201, 3)));
		const [items] = await run({
			resource: 'attendance',
			operation: 'getAll',
			returnAll: true,
			filters: {},
		});
		expect(items).toHaveLength(203);
		expect(items[0]).toEqual({ json: period(1), pairedItem: { item: 0 } });
		expect(new Set(items.map((i) => i.json.id)).size).toBe(203);
		expect(api.isDone()).toBe(true);
	});

	it('Limit asks only for what it needs', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({ limit: 5 })
			.reply(200, page(periods(1, 5), '/x?cursor=n'));
		const [items] = await run({
			resource: 'attendance',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: {},
		});
		expect(items).toHaveLength(5);
		expect(api.isDone()).toBe(true);
	});

	it('sends person.id as a comma list, status and the three ranges with the right date-time forms', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({
				limit: 100,
				'person.id': '1,2',
				status: 'PENDING',
				'start.date_time.gte': '2025-03-01T00:00:00',
				'start.date_time.lte': '2025-03-31T23:30:00',
				'end.date_time.gte': '2025-03-02T08:00:00',
				'end.date_time.lte': '2025-04-01T12:00:00',
				// A moment with an offset is sent in UTC, without a zone: Personio refuses a `Z`.
				'updated_at.gte': '2025-02-28T22:00:00',
				'updated_at.lte': '2025-03-05T10:00:00',
			})
			.reply(200, page([period(1)]));
		const [items] = await run({
			resource: 'attendance',
			operation: 'getAll',
			returnAll: true,
			filters: {
				personIds: [1, '2'],
				status: 'PENDING',
				startFrom: '2025-03-01',
				startTo: '2025-03-31T23:30:00.000+02:00',
				endFrom: '2025-03-02T08:00',
				endTo: '2025-04-01T12:00:00',
				updatedFrom: '2025-03-01T00:00:00.000+02:00',
				updatedTo: '2025-03-05T10:00:00Z',
			},
		});
		expect(items).toHaveLength(1);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[
			{ startFrom: '2025-03-02T00:00:00', startTo: '2025-03-01T00:00:00' },
			/Filters > Start To must be on or after Filters > Start From/,
		],
		[{ updatedFrom: 'yesterday' }, /Filters > Updated From must be a date-time/],
		[{ personIds: '1, ../2' }, /Filters > Person IDs must be an ID/],
		[{ status: 'OPEN' }, /Filters > Status must be one of CONFIRMED, PENDING, REJECTED/],
	])('refuses %j before any request', async (filters, message) => {
		const watch = watchForRequests();
		await expect(
			run({ resource: 'attendance', operation: 'getAll', returnAll: true, filters }),
		).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

describe('Attendance > Get', () => {
	it('reads one period by its UUID', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get(`/v2/attendance-periods/${ID}`)
			.reply(200, { ...period(1), id: ID });
		const [items] = await run({ resource: 'attendance', operation: 'get', attendanceId: ID });
		expect(items[0].json).toMatchObject({ id: ID, type: 'WORK' });
		expect(api.isDone()).toBe(true);
	});

	it('encodes an opaque ID and refuses one that would change the path', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).get('/v2/attendance-periods/a.b%3Ac').reply(200, period(1));
		await run({ resource: 'attendance', operation: 'get', attendanceId: 'a.b:c' });
		expect(api.isDone()).toBe(true);
		const watch = watchForRequests();
		await expect(
			run({ resource: 'attendance', operation: 'get', attendanceId: '../1' }),
		).rejects.toThrow(/Attendance ID must be an ID/);
		expect(watch.none()).toBe(true);
	});
});

describe('Attendance > Create', () => {
	const create = (parameters: Record<string, unknown> = {}) =>
		run({
			resource: 'attendance',
			operation: 'create',
			personId: { mode: 'id', value: '7' },
			type: 'WORK',
			start: '2025-03-03T22:00:00',
			skipApproval: false,
			additionalFields: {
				end: '2025-03-04T06:00:00',
				comment: 'Night shift',
				projectId: { mode: 'list', value: '42' },
			},
			...parameters,
		});

	it('posts a night shift with skip_approval=false and outputs the id and affected periods', async () => {
		tokenEndpoint();
		const answer = {
			id: ID,
			affected_periods: [{ id: ID, type: 'WORK' }],
			_meta: { links: { self: { href: `/v2/attendance-periods/${ID}` } } },
		};
		const api = nock(BASE_URL)
			.post('/v2/attendance-periods', {
				person: { id: '7' },
				type: 'WORK',
				start: { date_time: '2025-03-03T22:00:00' },
				end: { date_time: '2025-03-04T06:00:00' },
				comment: 'Night shift',
				project: { id: '42' },
			})
			.query({ skip_approval: 'false' })
			.reply(201, answer);
		const [items] = await create();
		expect(items).toEqual([
			{ json: { id: ID, affected_periods: [{ id: ID, type: 'WORK' }] }, pairedItem: { item: 0 } },
		]);
		expect(api.isDone()).toBe(true);
	});

	it('an open break: no end, no project, the wall clock of an offset kept, skip_approval=true', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post('/v2/attendance-periods', {
				person: { id: '7' },
				type: 'BREAK',
				start: { date_time: '2025-03-03T12:00:00' },
			})
			.query({ skip_approval: 'true' })
			.reply(201, { id: ID, affected_periods: [] });
		const [items] = await create({
			type: 'BREAK',
			start: '2025-03-03T12:00:00.000+01:00',
			skipApproval: true,
			additionalFields: {},
		});
		expect(items[0].json).toEqual({ id: ID, affected_periods: [] });
		expect(api.isDone()).toBe(true);
	});

	it("shows Personio's 422 problem detail", async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.post('/v2/attendance-periods')
			.query(true)
			.reply(422, problem(422, 'The project must be active.'));
		const error = await create().catch((e) => e);
		expect(`${error.message} ${error.description}`).toContain('The project must be active.');
		expect(error.httpCode).toBe('422');
	});

	it.each([
		[
			{ additionalFields: { end: '2025-03-03T21:00:00' } },
			/Additional Fields > End must be after Start \(2025-03-03T22:00:00\)/,
		],
		[
			{ additionalFields: { end: '2025-03-03T22:00:00' } },
			/Additional Fields > End must be after Start/,
		],
		[
			{ additionalFields: { end: '2025-03-05T08:00:00' } },
			/Additional Fields > End must be at most 24 hours after Start/,
		],
		[{ type: 'BREAK' }, /Additional Fields > Project must be left out for a break/],
		[{ type: 'LUNCH' }, /Type must be one of WORK, BREAK/],
		[{ start: '' }, /Start must be set/],
		[{ start: 'tonight' }, /Start must be a date-time/],
		[{ personId: { mode: 'id', value: '' } }, /Person must be set/],
		[
			{ additionalFields: { projectId: { mode: 'id', value: '4/2' } } },
			/Additional Fields > Project must be an ID/,
		],
		[
			{ additionalFields: { comment: 'x'.repeat(1001) } },
			/Additional Fields > Comment must be at most 1000 characters/,
		],
		[{ skipApproval: 'yes' }, /Skip Approval must be true or false/],
	])('refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(create(parameters)).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

describe('Attendance > Update', () => {
	it('patches only the given fields and outputs them (Personio answers 204)', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.patch(`/v2/attendance-periods/${ID}`, {
				end: { date_time: '2025-03-04T07:00:00' },
				comment: 'longer',
			})
			.query({ skip_approval: 'false' })
			.reply(204);
		const [items] = await run({
			resource: 'attendance',
			operation: 'update',
			attendanceId: ID,
			skipApproval: false,
			updateFields: { end: '2025-03-04T07:00:00', comment: 'longer' },
		});
		expect(items).toEqual([
			{
				json: {
					id: ID,
					updated: true,
					end: { date_time: '2025-03-04T07:00:00' },
					comment: 'longer',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[{ updateFields: {} }, /Update Fields must be given/],
		[
			{ updateFields: { start: '2025-03-04T09:00:00', end: '2025-03-04T08:00:00' } },
			/Update Fields > End must be after Update Fields > Start/,
		],
		[{ attendanceId: '1/2', updateFields: { comment: 'x' } }, /Attendance ID must be an ID/],
	])('refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(
			run({
				resource: 'attendance',
				operation: 'update',
				attendanceId: ID,
				skipApproval: false,
				...parameters,
			}),
		).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

describe('Attendance > Delete', () => {
	it('deletes without skip_approval and outputs what was deleted', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).delete(`/v2/attendance-periods/${ID}`).reply(204);
		const [items] = await run({ resource: 'attendance', operation: 'delete', attendanceId: ID });
		expect(items).toEqual([{ json: { id: ID, deleted: true }, pairedItem: { item: 0 } }]);
		expect(api.isDone()).toBe(true);
	});

	it("maps a 404 to Personio's problem detail", async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.delete(`/v2/attendance-periods/${ID}`)
			.reply(404, problem(404, 'There is no resource for the specified id.'));
		const error = await run({
			resource: 'attendance',
			operation: 'delete',
			attendanceId: ID,
		}).catch((e) => e);
		expect(error.httpCode).toBe('404');
		expect(`${error.message} ${error.description}`).toContain(
			'There is no resource for the specified id.',
		);
	});
});
