/** Attendance reads: Get Many (v2 attendance periods) and Get. */
import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { run, tokenEndpoint, watchForRequests } from './absenceFixtures';
import { ID, period, periods } from './attendanceFixtures';
import { linkedPage } from '../helpers/personioNode';

beforeAll(fastRetries);

describe('Attendance > Get Many (v2 attendance periods)', () => {
	it('Return All follows a relative and then an absolute next link, 100 per page', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({ limit: 100, duration_type: 'ALL' })
			.reply(200, linkedPage(periods(1, 100), '/v2/attendance-periods?cursor=c2&limit=100'))
			.get('/v2/attendance-periods')
			.query({ limit: 100, cursor: 'c2', duration_type: 'ALL' })
			.reply(
				200,
				linkedPage(periods(101, 100), `${BASE_URL}/v2/attendance-periods?cursor=c3&limit=100`),
			)
			.get('/v2/attendance-periods')
			.query({ limit: 100, cursor: 'c3', duration_type: 'ALL' })
			.reply(200, linkedPage(periods(201, 3)));
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
			.query({ limit: 5, duration_type: 'ALL' })
			.reply(200, linkedPage(periods(1, 5), '/x?cursor=n'));
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

	it('returns every period by default: duration-only ones too (duration_type=ALL)', async () => {
		tokenEndpoint();
		const durationOnly = {
			...period(2),
			start: null,
			end: null,
			duration: 450,
			attribution_date: '2025-03-04',
		};
		const api = nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({ limit: 100, duration_type: 'ALL' })
			.reply(200, linkedPage([period(1), durationOnly]));
		const [items] = await run({ resource: 'attendance', operation: 'getAll', returnAll: true });
		expect(items.map((i) => i.json)).toEqual([period(1), durationOnly]);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		['DURATION_ONLY', { duration_type: 'DURATION_ONLY' }],
		['START_AND_END', {}],
	])('Duration Type %s sends what Personio takes', async (durationType, extra) => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({ limit: 100, ...extra })
			.reply(200, linkedPage([]));
		await run({
			resource: 'attendance',
			operation: 'getAll',
			returnAll: true,
			filters: { durationType },
		});
		expect(api.isDone()).toBe(true);
	});

	it('refuses an unknown Duration Type before any request', async () => {
		const watch = watchForRequests();
		await expect(
			run({
				resource: 'attendance',
				operation: 'getAll',
				returnAll: true,
				filters: { durationType: 'SOME' },
			}),
		).rejects.toThrow('Filters > Duration Type must be one of ALL, DURATION_ONLY, START_AND_END');
		expect(watch.none()).toBe(true);
	});

	it('sends person.id as a comma list, status and the three ranges with the right date-time forms', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({
				limit: 100,
				duration_type: 'ALL',
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
			.reply(200, linkedPage([period(1)]));
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

	it('reads Person IDs as the absences do: an empty list from an expression filters nothing', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({ limit: 100, duration_type: 'ALL' })
			.reply(200, linkedPage(periods(1, 2)));
		const [items] = await run({
			resource: 'attendance',
			operation: 'getAll',
			returnAll: true,
			filters: { personIds: [] },
		});
		expect(items).toHaveLength(2);
		expect(api.isDone()).toBe(true);
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
