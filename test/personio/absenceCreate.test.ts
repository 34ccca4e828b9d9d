import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import {
	absencePeriod,
	run,
	timeOff,
	tokenEndpoint,
	uuidFor,
	watchForRequests,
} from './absenceFixtures';

beforeAll(fastRetries);

// Create stays on v1 (docs/absences-v1-v2.md); reads and deletes are in absence.test.ts.
describe('Absence > Create', () => {
	const create = (parameters: Record<string, unknown>) =>
		run({
			resource: 'absence',
			operation: 'create',
			unit: 'days',
			employeeId: { mode: 'id', value: '4567' },
			absenceTypeId: 54321,
			startDate: '2024-05-01T00:00:00',
			endDate: '2024-05-03',
			skipApproval: false,
			additionalFields: {},
			simplify: true,
			...parameters,
		});

	it('posts a day-based absence form-encoded, with skip_approval as chosen', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post(
				'/v1/company/time-offs',
				'employee_id=4567&time_off_type_id=54321&start_date=2024-05-01&end_date=2024-05-03&half_day_start=0&half_day_end=1&comment=Family+trip+%26+rest&skip_approval=0',
			)
			.matchHeader('content-type', 'application/x-www-form-urlencoded')
			.reply(200, { success: true, data: timeOff(777) });
		const [items] = await create({
			additionalFields: { halfDayEnd: true, comment: 'Family trip & rest' },
		});
		expect(items).toEqual([
			{
				json: expect.objectContaining({
					id: 777,
					time_off_type: { id: 54321, name: 'Vacation', category: 'offsite_work' },
				}),
				pairedItem: { item: 0 },
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('sends skip_approval=1 when Skip Approval is on', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post(
				'/v1/company/time-offs',
				'employee_id=4567&time_off_type_id=54321&start_date=2024-05-01&end_date=2024-05-03&half_day_start=0&half_day_end=0&skip_approval=1',
			)
			.reply(200, { success: true, data: timeOff(778) });
		await create({ skipApproval: true });
		expect(api.isDone()).toBe(true);
	});

	it("maps Personio's 422 with error_data into the message and description", async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post('/v1/company/time-offs')
			.reply(422, {
				success: false,
				error: {
					code: 0,
					message: 'The given data failed to pass validation.',
					error_data: {
						start_date: ['The start date overlaps an existing absence.'],
						time_off_type_id: 'The selected type is invalid.',
					},
				},
			});
		const error = await create({}).catch((e) => e);
		expect(error.message).toBe('The given data failed to pass validation.');
		expect(error.httpCode).toBe('422');
		expect(error.description).toContain('start_date: The start date overlaps an existing absence.');
		expect(error.description).toContain('time_off_type_id: The selected type is invalid.');
		expect(api.isDone()).toBe(true);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('posts an hour-based absence with times and outputs every created period (201 with an array)', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post(
				'/v1/company/absence-periods',
				'employee_id=4567&time_off_type_id=45678&start_date=2024-05-01&end_date=2024-05-01&start_time=09%3A00&end_time=13%3A30&half_day_start=0&half_day_end=0&skip_approval=1',
			)
			.matchHeader('content-type', 'application/x-www-form-urlencoded')
			.reply(201, { success: true, data: [absencePeriod(1), absencePeriod(2)] });
		const [items] = await create({
			unit: 'hours',
			absenceTypeId: '45678',
			endDate: '2024-05-01',
			skipApproval: true,
			additionalFields: { startTime: '09:00', endTime: '13:30' },
		});
		expect(items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			[uuidFor(1), { item: 0 }],
			[uuidFor(2), { item: 0 }],
		]);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[{ employeeId: { mode: 'id', value: 'x1' } }, /Employee must be a positive whole number/],
		[{ absenceTypeId: '' }, /Absence Type Name or ID must be set/],
		[{ startDate: '01.05.2024' }, /Start Date must be a date as YYYY-MM-DD/],
		[{ endDate: '2024-04-30' }, /End Date must be on or after Start Date \(2024-05-01\)/],
		[
			{
				unit: 'hours',
				endDate: '2024-05-01',
				additionalFields: { startTime: '9am', endTime: '10:00' },
			},
			/Start Time must be a time as HH:mm/,
		],
		[
			{ unit: 'hours', endDate: '2024-05-01', additionalFields: { startTime: '09:00' } },
			/End Time must be set/,
		],
		[
			{
				unit: 'hours',
				endDate: '2024-05-01',
				additionalFields: { startTime: '12:00', endTime: '10:00' },
			},
			/End Time must be after Start Time \(12:00\)/,
		],
		[
			{ unit: 'hours', additionalFields: { startTime: '09:00', endTime: '10:00' } },
			/End Date must be the same day as Start Date/,
		],
		// Personio answers 400 since 2025-01-24 (changelog "Absence Period Creation Update").
		[
			{ endDate: '2024-05-01', additionalFields: { halfDayStart: true, halfDayEnd: true } },
			/Additional Fields > Half Day End must be off when Additional Fields > Half Day Start is on for a single-day/,
		],
	])('refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(create(parameters)).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});

	it('accepts both half days on an absence of several days', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post(
				'/v1/company/time-offs',
				(body) => body.half_day_start === '1' && body.half_day_end === '1',
			)
			.reply(200, { success: true, data: timeOff(779) });
		await create({ additionalFields: { halfDayStart: true, halfDayEnd: true } });
		expect(api.isDone()).toBe(true);
	});

	it('continueOnFail: a bad item becomes an error item paired with it, the good one goes through', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.post('/v1/company/time-offs')
			.reply(200, { success: true, data: timeOff(5) });
		const [items] = await run(
			{
				resource: 'absence',
				operation: 'create',
				unit: 'days',
				employeeId: { mode: 'id', value: '={{ $json.employee }}' },
				absenceTypeId: 54321,
				startDate: '2024-05-01',
				endDate: '2024-05-01',
				skipApproval: true,
				additionalFields: {},
				simplify: true,
			},
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
		expect(items[1]).toMatchObject({ json: { id: 5 }, pairedItem: { item: 1 } });
	});
});
