/** Attendance writes: Create, Update and Delete. */
import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { run, tokenEndpoint, watchForRequests } from './absenceFixtures';
import { ID, problem } from './attendanceFixtures';

beforeAll(fastRetries);

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

	it('records a duration-only period: duration and attribution_date, no start', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post('/v2/attendance-periods', {
				person: { id: '7' },
				type: 'WORK',
				duration: 450,
				attribution_date: '2025-03-04',
				comment: 'Home office',
			})
			.query({ skip_approval: 'true' })
			.reply(201, { id: ID, affected_periods: [] });
		const [items] = await create({
			recordedAs: 'duration',
			start: '',
			duration: 450,
			attributionDate: '2025-03-04T00:00:00',
			skipApproval: true,
			additionalFields: { comment: 'Home office' },
		});
		expect(items[0].json).toEqual({ id: ID, affected_periods: [] });
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[
			'an end',
			{ start: '', additionalFields: { end: '2025-03-04T16:00:00' } },
			'Additional Fields > End must be left out for a period recorded as a duration',
		],
		[
			'a fraction of a minute',
			{ start: '', duration: 30.5, additionalFields: {} },
			'Duration (Minutes) must be whole minutes',
		],
		[
			'more than a day',
			{ start: '', duration: 1441, additionalFields: {} },
			'Duration (Minutes) must be at most 1440',
		],
		[
			'no attribution date',
			{ start: '', attributionDate: '', additionalFields: {} },
			'Attribution Date must be set',
		],
	])('refuses a duration with %s before any request', async (_label, parameters, message) => {
		const watch = watchForRequests();
		await expect(
			create({
				recordedAs: 'duration',
				duration: 60,
				attributionDate: '2025-03-04',
				...parameters,
			}),
		).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
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
