import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { api, v2Error } from '../helpers/personioNode';
import { run, tokenEndpoint, uuidFor, watchForRequests } from './absenceFixtures';

beforeAll(fastRetries);

// Create and Update write v2 absence periods (reference pages post_v2-absence-periods,
// patch_v2-absence-periods-id); reads and deletes are in absence.test.ts.
const TYPE = 'abc6fa09-d8fe-4de0-be03-f0a1d48df766';
const noV1 = () =>
	nock(BASE_URL)
		.post(/\/v1\//)
		.reply(500, 'v1 called');

describe('Absence > Create (v2)', () => {
	const create = (parameters: Record<string, unknown>, options = {}) =>
		run(
			{
				resource: 'absence',
				operation: 'create',
				employeeId: { mode: 'id', value: '4567' },
				absenceTypeId: TYPE,
				startDate: '2024-05-01T00:00:00',
				endDate: '2024-05-03',
				skipApproval: false,
				additionalFields: {},
				...parameters,
			},
			options,
		);

	it('posts person, type and local date-times as JSON, skip_approval in the query, and outputs the v2 id', async () => {
		tokenEndpoint();
		const v1 = noV1();
		const scope = api()
			.post('/v2/absence-periods', {
				person: { id: '4567' },
				absence_type: { id: TYPE },
				starts_from: { date_time: '2024-05-01T00:00:00' },
				ends_at: { date_time: '2024-05-03T00:00:00', type: 'FIRST_HALF' },
				comment: 'Family trip & rest',
				substitute: { id: '89' },
			})
			.query({ skip_approval: 'false' })
			.matchHeader('content-type', /application\/json/)
			.reply(201, { id: uuidFor(7), _meta: { links: {} } });
		const [items] = await create({
			additionalFields: { halfDayEnd: true, comment: 'Family trip & rest', substituteId: '89' },
		});
		expect(items).toEqual([
			{ json: expect.objectContaining({ id: uuidFor(7) }), pairedItem: { item: 0 } },
		]);
		expect(items[0].json).not.toHaveProperty('_meta');
		expect(scope.isDone()).toBe(true);
		expect(v1.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('sends hours of an hourly type inside date_time, and ends_at null for an open end', async () => {
		tokenEndpoint(2);
		const scope = api()
			.post(
				'/v2/absence-periods',
				(body) =>
					body.starts_from.date_time === '2024-05-01T09:00:00' &&
					body.ends_at.date_time === '2024-05-01T13:30:00' &&
					body.starts_from.type === undefined,
			)
			.query({ skip_approval: 'true' })
			.reply(201, { id: uuidFor(8) })
			.post('/v2/absence-periods', (body) => body.ends_at === null)
			.query({ skip_approval: 'true' })
			.reply(201, { id: uuidFor(9) });
		await create({
			endDate: '2024-05-01',
			skipApproval: true,
			additionalFields: { startTime: '09:00', endTime: '13:30' },
		});
		await create({ endDate: '', skipApproval: true });
		expect(scope.isDone()).toBe(true);
	});

	it('names what conflicts when Personio answers 409', async () => {
		tokenEndpoint();
		api()
			.post('/v2/absence-periods')
			.query(true)
			.reply(409, v2Error('Requesting absence while substituting', 'The person is a substitute.'), {
				'content-type': 'application/problem+json',
			});
		const error = await create({}).catch((e) => e);
		expect(error.httpCode).toBe('409');
		expect(error.message).toMatch(
			/conflicts with Personio's records: the person stands in as a substitute for someone else/,
		);
		expect(error.message).toContain('The person is a substitute.');
	});

	it.each([
		[{ employeeId: { mode: 'id', value: 'x1' } }, /Employee must be a positive whole number/],
		[{ absenceTypeId: '' }, /Absence Type Name or ID must be set/],
		[{ startDate: '01.05.2024' }, /Start Date must be a date as YYYY-MM-DD/],
		[{ endDate: '2024-04-30' }, /End Date must be on or after Start Date \(2024-05-01\)/],
		[{ additionalFields: { startTime: '9am' } }, /Start Time must be a time as HH:mm/],
		[
			{ endDate: '2024-05-01', additionalFields: { startTime: '12:00', endTime: '10:00' } },
			/End Time must be after Additional Fields > Start Time \(12:00\)/,
		],
		[
			{ additionalFields: { halfDayStart: true, startTime: '09:00' } },
			/Half Day Start must be off when Additional Fields > Start Time is set/,
		],
		[{ endDate: '', additionalFields: { halfDayEnd: true } }, /End Date must be set when/],
		[{ additionalFields: { substituteId: 'a/b' } }, /Substitute ID must be an ID/],
		// Personio answers 400 since 2025-01-24 (changelog "Absence Period Creation Update").
		[
			{ endDate: '2024-05-01', additionalFields: { halfDayStart: true, halfDayEnd: true } },
			/Half Day End must be off when Additional Fields > Half Day Start is on for a single-day/,
		],
	])('refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(create(parameters)).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
		nock.cleanAll();
	});

	it('continueOnFail: a bad item becomes an error item paired with it, the good one goes through', async () => {
		tokenEndpoint();
		api()
			.post('/v2/absence-periods')
			.query(true)
			.reply(201, { id: uuidFor(5) });
		const [items] = await create(
			{ employeeId: { mode: 'id', value: '={{ $json.employee }}' }, skipApproval: true },
			{
				continueOnFail: true,
				items: [{ json: { employee: 'nobody' } }, { json: { employee: 4567 } }],
			},
		);
		expect(items).toHaveLength(2);
		expect(items[0]).toMatchObject({
			json: { error: expect.stringMatching(/Employee must be a positive whole number/) },
			pairedItem: { item: 0 },
		});
		expect(items[1]).toMatchObject({ json: { id: uuidFor(5) }, pairedItem: { item: 1 } });
	});
});

describe('Absence > Update (v2)', () => {
	const update = (parameters: Record<string, unknown>) =>
		run({
			resource: 'absence',
			operation: 'update',
			absenceId: uuidFor(3),
			skipApproval: true,
			updateFields: {},
			...parameters,
		});

	it('patches only the given fields (204) and outputs what changed', async () => {
		tokenEndpoint();
		const scope = api()
			.patch(`/v2/absence-periods/${uuidFor(3)}`, {
				ends_at: { date_time: '2024-05-06T00:00:00' },
				comment: 'One more day',
				substitute: null,
			})
			.query({ skip_approval: 'true' })
			.reply(204);
		const [items] = await update({
			updateFields: { endDate: '2024-05-06', comment: 'One more day', substituteId: 'none' },
		});
		expect(items).toEqual([
			{
				json: {
					id: uuidFor(3),
					updated: true,
					ends_at: { date_time: '2024-05-06T00:00:00' },
					comment: 'One more day',
					substitute: null,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('names the overlap when Personio answers 409', async () => {
		tokenEndpoint();
		api()
			.patch(`/v2/absence-periods/${uuidFor(3)}`)
			.query(true)
			.reply(409, v2Error('Absence period conflict', 'Overlaps an existing absence.'), {
				'content-type': 'application/problem+json',
			});
		await expect(update({ updateFields: { comment: 'x' } })).rejects.toThrow(
			/it overlaps another absence of this person/,
		);
	});

	it.each([
		[{ updateFields: {} }, /Update Fields must be given/],
		[{ absenceId: '123' }, /Absence ID must be a UUID/],
		[
			{ updateFields: { startDate: '2024-05-03', endDate: '2024-05-01' } },
			/Update Fields > End Date must be on or after Update Fields > Start Date/,
		],
	])('refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(update(parameters)).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
		nock.cleanAll();
	});
});
