import nock from 'nock';

import { v2Error, v2Page } from '../helpers/personioNode';
import { BASE_URL, fastRetries } from '../helpers/harness';
import { run, tokenEndpoint, uuidFor, watchForRequests } from './absenceFixtures';

beforeAll(fastRetries);

// Reads and deletes go to v2 absence periods (reference pages get_v2-absence-periods,
// get_v2-absence-periods-id-breakdowns, delete_v2-absence-periods-id); Create is in absenceCreate.test.ts.
const period = (n: number) => ({
	id: uuidFor(n),
	person: { id: '4567' },
	absence_type: { id: 'abc6fa09-d8fe-4de0-be03-f0a1d48df766' },
	starts_from: { date_time: '2024-05-01T00:00:00', type: 'FIRST_HALF' },
	ends_at: { date_time: '2024-05-03T00:00:00', type: 'SECOND_HALF' },
	timezone_id: 'Europe/Berlin',
	comment: null,
	approval: { status: 'APPROVED' },
	created_at: '2024-04-01T10:00:00Z',
	updated_at: '2024-04-02T10:00:00Z',
});
const api = () => nock(BASE_URL).matchHeader('authorization', 'Bearer papi-token-1');
const noV1 = () =>
	nock(BASE_URL)
		.get(/\/v1\/company\/(time-offs|absence-periods)/)
		.reply(500, 'v1 called');

describe('Absence > Get (v2)', () => {
	it('reads /v2/absence-periods/{id}, a day-based absence by its UUID', async () => {
		tokenEndpoint();
		const v1 = noV1();
		const scope = api()
			.get(`/v2/absence-periods/${uuidFor(1)}`)
			.reply(200, period(1));
		const [items] = await run({ resource: 'absence', operation: 'get', absenceId: uuidFor(1) });
		expect(items).toEqual([{ json: period(1), pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
		expect(v1.isDone()).toBe(false);
	});

	it("unwraps an answer in _data and maps a 404 to Personio's message", async () => {
		tokenEndpoint();
		api()
			.get(`/v2/absence-periods/${uuidFor(2)}`)
			.reply(200, { _data: period(2) });
		const [items] = await run({ resource: 'absence', operation: 'get', absenceId: uuidFor(2) });
		expect(items[0].json).toEqual(period(2));
		tokenEndpoint();
		api()
			.get(`/v2/absence-periods/${uuidFor(3)}`)
			.reply(404, v2Error('Not found', 'The requested resource was not found.'));
		const error = await run({ resource: 'absence', operation: 'get', absenceId: uuidFor(3) }).catch(
			(e) => e,
		);
		expect(error.message).toMatch(/The requested resource was not found|Not found/);
	});

	it.each(['12345', '../x', ''])('refuses the ID %j before any request', async (absenceId) => {
		const watch = watchForRequests();
		await expect(run({ resource: 'absence', operation: 'get', absenceId })).rejects.toThrow(
			/Absence ID must/,
		);
		expect(watch.none()).toBe(true);
	});
});

describe('Absence > Get Many (v2)', () => {
	it('follows the cursor with limit 100 and sends the filters as v2 query keys', async () => {
		tokenEndpoint();
		const qs = {
			'person.id': '4567,89',
			'absence_type.id': 'abc6fa09-d8fe-4de0-be03-f0a1d48df766',
			'ends_at.date_time.gte': '2024-05-01T00:00:00',
			'starts_from.date_time.lte': '2024-05-31T23:59:59',
			'updated_at.gte': '2024-04-01T08:00:00',
		};
		const scope = api()
			.get('/v2/absence-periods')
			.query({ ...qs, limit: 100 })
			.reply(200, v2Page([period(1), period(2)], 'c2', '/v2/absence-periods'))
			.get('/v2/absence-periods')
			.query({ ...qs, limit: 100, cursor: 'c2' })
			.reply(200, v2Page([period(3)], undefined, '/v2/absence-periods'));
		const [items] = await run({
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: {
				personIds: '4567, 89',
				absenceTypes: ['abc6fa09-d8fe-4de0-be03-f0a1d48df766'],
				startDate: '2024-05-01',
				endDate: '2024-05-31T00:00:00',
				updatedSince: '2024-04-01T10:00:00+02:00',
			},
		});
		expect(items.map((i) => i.json.id)).toEqual([uuidFor(1), uuidFor(2), uuidFor(3)]);
		expect(scope.isDone()).toBe(true);
	});

	it('asks only for the Limit', async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v2/absence-periods')
			.query({ limit: 2 })
			.reply(200, v2Page([period(1), period(2)], 'more', '/v2/absence-periods'));
		const [items] = await run({
			resource: 'absence',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: {},
		});
		expect(items).toHaveLength(2);
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		[
			{ startDate: '2024-05-10', endDate: '2024-05-01' },
			/Filters > End Date must be on or after Filters > Start Date/,
		],
		[{ personIds: '1,a/b' }, /Filters > Person IDs must be an ID/],
		[{ updatedSince: 'yesterday' }, /Filters > Updated Since must be a date-time/],
	])('refuses %j before any request', async (filters, message) => {
		const watch = watchForRequests();
		await expect(
			run({ resource: 'absence', operation: 'getAll', returnAll: true, filters }),
		).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

describe('Absence > Get Breakdowns (v2)', () => {
	it('pages /v2/absence-periods/{id}/breakdowns with at most 28 days per page', async () => {
		tokenEndpoint();
		const path = `/v2/absence-periods/${uuidFor(1)}/breakdowns`;
		const day = (date: string) => ({ date, effective_duration: { unit: 'DAY', value: 1 } });
		const scope = api()
			.get(path)
			.query({ limit: 28 })
			.reply(200, v2Page([day('2024-05-01'), day('2024-05-02')], 'b2', path))
			.get(path)
			.query({ limit: 28, cursor: 'b2' })
			.reply(200, v2Page([day('2024-05-03')], undefined, path));
		const [items] = await run({
			resource: 'absence',
			operation: 'getBreakdowns',
			absenceId: uuidFor(1),
			returnAll: true,
		});
		expect(items.map((i) => i.json)).toEqual([
			day('2024-05-01'),
			day('2024-05-02'),
			day('2024-05-03'),
		]);
		expect(scope.isDone()).toBe(true);
	});
});

describe('Absence > Delete (v2)', () => {
	it('deletes /v2/absence-periods/{id} (204) and says what was deleted', async () => {
		tokenEndpoint();
		const scope = api()
			.delete(`/v2/absence-periods/${uuidFor(4)}`)
			.reply(204);
		const [items] = await run({ resource: 'absence', operation: 'delete', absenceId: uuidFor(4) });
		expect(items).toEqual([{ json: { deleted: true, id: uuidFor(4) }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('does not retry a failed delete', async () => {
		tokenEndpoint();
		const scope = api()
			.delete(`/v2/absence-periods/${uuidFor(5)}`)
			.reply(500, v2Error('Server error', 'Try again.'));
		const again = api()
			.delete(`/v2/absence-periods/${uuidFor(5)}`)
			.reply(204);
		await expect(
			run({ resource: 'absence', operation: 'delete', absenceId: uuidFor(5) }),
		).rejects.toThrow();
		expect(scope.isDone()).toBe(true);
		expect(again.isDone()).toBe(false);
	});
});
