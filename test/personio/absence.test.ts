import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { absencePeriod, listParam, run, timeOff, tokenEndpoint, uuidFor, watchForRequests } from './absenceFixtures';

beforeAll(fastRetries);

const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => timeOff(from + i));
const periods = (from: number, count: number) => Array.from({ length: count }, (_, i) => absencePeriod(from + i));

describe('Absence > Get', () => {
	it('gets a day-based absence and flattens the nested employee and type', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/time-offs/12345')
			.matchHeader('authorization', 'Bearer papi-token-1')
			.reply(200, { success: true, data: timeOff(12345) });
		const [items] = await run({ resource: 'absence', operation: 'get', unit: 'days', absenceId: '12345', simplify: true });
		expect(items).toEqual([
			{
				json: {
					id: 12345,
					status: 'approved',
					start_date: '2017-12-27T00:00:00+0100',
					end_date: '2017-12-29T00:00:00+0100',
					days_count: 3,
					half_day_start: false,
					half_day_end: false,
					time_off_type: { id: 54321, name: 'Vacation', category: 'offsite_work' },
					employee: { id: 4567, first_name: 'Michael', email: 'michael.miller@demo.com' },
					certificate: { status: 'not-required' },
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('keeps the raw record when Simplify is off', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v1/company/time-offs/1').reply(200, { success: true, data: timeOff(1) });
		const [items] = await run({ resource: 'absence', operation: 'get', unit: 'days', absenceId: '1', simplify: false });
		expect(items[0].json).toEqual(timeOff(1));
	});

	it('gets an hour-based absence through the list filtered by its UUID', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/absence-periods')
			.query((q) => JSON.stringify(listParam(q, 'absence_periods')) === JSON.stringify([uuidFor(7)]) && Object.keys(q).length === 1)
			.reply(200, { success: true, data: [absencePeriod(7)] });
		const [items] = await run({ resource: 'absence', operation: 'get', unit: 'hours', absenceId: uuidFor(7), simplify: true });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: uuidFor(7),
			measurement_unit: 'hour',
			employee: { id: 2367 },
			absence_type: { name: 'Doctor', time_off_type_id: 45678 },
			breakdowns: [{ date: '2022-06-01', effective_duration: 480 }],
		});
		expect(api.isDone()).toBe(true);
	});

	it('says so when no hour-based absence has the UUID', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v1/company/absence-periods').query(true).reply(200, { success: true, data: [] });
		await expect(run({ resource: 'absence', operation: 'get', unit: 'hours', absenceId: uuidFor(8) })).rejects.toThrow(
			/no hour-based absence with the ID 9bba303f/,
		);
	});

	it.each([
		['days', 'abc', /Absence ID must be a positive whole number/],
		['days', '../1', /Absence ID must be a positive whole number/],
		['hours', '12345', /Absence ID must be a UUID/],
	])('refuses a %s ID like %s before any request', async (unit, absenceId, message) => {
		const watch = watchForRequests();
		await expect(run({ resource: 'absence', operation: 'get', unit, absenceId })).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});

	it("maps a 404 to Personio's message", async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v1/company/time-offs/9').reply(404, { success: false, error: { code: 404, message: 'The absence period was not found.' } });
		const error = await run({ resource: 'absence', operation: 'get', unit: 'days', absenceId: '9' }).catch((e) => e);
		expect(error.message).toBe('The absence period was not found.');
		expect(error.httpCode).toBe('404');
	});
});

describe('Absence > Get Many', () => {
	it('time-offs: Return All asks for pages 1, 2, 3 (offset is a page number)', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/time-offs').query({ limit: 200, offset: 1 }).reply(200, { success: true, data: page(1, 200) })
			.get('/v1/company/time-offs').query({ limit: 200, offset: 2 }).reply(200, { success: true, data: page(201, 200) })
			.get('/v1/company/time-offs').query({ limit: 200, offset: 3 }).reply(200, { success: true, data: page(401, 3) });
		const [items] = await run({ resource: 'absence', operation: 'getAll', unit: 'days', returnAll: true, filters: {}, simplify: true });
		expect(items).toHaveLength(403);
		expect(items[402].json.id).toBe(403);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('absence periods: Return All asks for pages 1, 2, 3 and stops at total_pages', async () => {
		tokenEndpoint();
		const meta = (current: number) => ({ total_elements: 600, current_page: current, total_pages: 3 });
		const api = nock(BASE_URL)
			.get('/v1/company/absence-periods').query({ limit: 200, offset: 1 }).reply(200, { success: true, metadata: meta(1), data: periods(1, 200) })
			.get('/v1/company/absence-periods').query({ limit: 200, offset: 2 }).reply(200, { success: true, metadata: meta(2), data: periods(201, 200) })
			.get('/v1/company/absence-periods').query({ limit: 200, offset: 3 }).reply(200, { success: true, metadata: meta(3), data: periods(401, 200) });
		const [items] = await run({ resource: 'absence', operation: 'getAll', unit: 'hours', returnAll: true, filters: {}, simplify: true });
		expect(items).toHaveLength(600);
		expect(items[599].json.id).toBe(uuidFor(600));
		expect(api.isDone()).toBe(true);
	});

	it('Limit asks only for what it needs on the first page', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).get('/v1/company/time-offs').query({ limit: 3, offset: 1 }).reply(200, { success: true, data: page(1, 3) });
		const [items] = await run({ resource: 'absence', operation: 'getAll', unit: 'days', returnAll: false, limit: 3, filters: {}, simplify: true });
		expect(items.map((i) => i.json.id)).toEqual([1, 2, 3]);
		expect(api.isDone()).toBe(true);
	});

	it('Limit above one page keeps the page size and stops once enough were read', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/absence-periods').query({ limit: 200, offset: 1 }).reply(200, { success: true, data: periods(1, 200) })
			.get('/v1/company/absence-periods').query({ limit: 200, offset: 2 }).reply(200, { success: true, data: periods(201, 200) });
		const [items] = await run({ resource: 'absence', operation: 'getAll', unit: 'hours', returnAll: false, limit: 250, filters: {}, simplify: true });
		expect(items).toHaveLength(250);
		expect(api.isDone()).toBe(true);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('sends dates, employees[] and updated_from, and matches absence types itself', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/time-offs')
			.query(
				(q) =>
					q.start_date === '2024-01-01' &&
					q.end_date === '2024-01-31' &&
					q.updated_from === '2023-12-01' &&
					JSON.stringify(listParam(q, 'employees')) === '["4567","89"]' &&
					q.limit === '200' &&
					q.offset === '1',
			)
			.reply(200, { success: true, data: [timeOff(1, 54321), timeOff(2, 999), timeOff(3, 54321)] });
		const [items] = await run({
			resource: 'absence',
			operation: 'getAll',
			unit: 'days',
			returnAll: false,
			limit: 5,
			filters: {
				startDate: '2024-01-01T00:00:00',
				endDate: '2024-01-31',
				employeeIds: '4567, 89',
				absenceTypes: [54321],
				updatedSince: '2023-12-01T10:00:00.000Z',
			},
			simplify: true,
		});
		expect(items.map((i) => i.json.id)).toEqual([1, 3]);
		expect(api.isDone()).toBe(true);
	});

	it('sends updated_from as a date-time for hour-based absences', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/absence-periods')
			.query({ updated_from: '2023-12-01T10:00:00', limit: 200, offset: 1 })
			.reply(200, { success: true, data: periods(1, 2) });
		const [items] = await run({
			resource: 'absence',
			operation: 'getAll',
			unit: 'hours',
			returnAll: true,
			filters: { updatedSince: '2023-12-01T10:00:00.000Z' },
			simplify: true,
		});
		expect(items).toHaveLength(2);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[{ startDate: '2024-02-01', endDate: '2024-01-31' }, /Filters > End Date must be on or after Filters > Start Date \(2024-02-01\)/],
		[{ startDate: '2024-02-30' }, /Filters > Start Date must be a real calendar date/],
		[{ employeeIds: '12, abc' }, /Filters > Employee IDs must be a positive whole number/],
	])('refuses bad filters %j before any request', async (filters, message) => {
		const watch = watchForRequests();
		await expect(run({ resource: 'absence', operation: 'getAll', unit: 'days', returnAll: true, filters })).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

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
		const [items] = await create({ additionalFields: { halfDayEnd: true, comment: 'Family trip & rest' } });
		expect(items).toEqual([{ json: expect.objectContaining({ id: 777, time_off_type: { id: 54321, name: 'Vacation', category: 'offsite_work' } }), pairedItem: { item: 0 } }]);
		expect(api.isDone()).toBe(true);
	});

	it('sends skip_approval=1 when Skip Approval is on', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post('/v1/company/time-offs', 'employee_id=4567&time_off_type_id=54321&start_date=2024-05-01&end_date=2024-05-03&half_day_start=0&half_day_end=0&skip_approval=1')
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
					error_data: { start_date: ['The start date overlaps an existing absence.'], time_off_type_id: 'The selected type is invalid.' },
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
		[{ unit: 'hours', endDate: '2024-05-01', additionalFields: { startTime: '9am', endTime: '10:00' } }, /Start Time must be a time as HH:mm/],
		[{ unit: 'hours', endDate: '2024-05-01', additionalFields: { startTime: '09:00' } }, /End Time must be set/],
		[{ unit: 'hours', endDate: '2024-05-01', additionalFields: { startTime: '12:00', endTime: '10:00' } }, /End Time must be after Start Time \(12:00\)/],
		[{ unit: 'hours', additionalFields: { startTime: '09:00', endTime: '10:00' } }, /End Date must be the same day as Start Date/],
	])('refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(create(parameters)).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});

	it('continueOnFail: a bad item becomes an error item paired with it, the good one goes through', async () => {
		tokenEndpoint();
		nock(BASE_URL).post('/v1/company/time-offs').reply(200, { success: true, data: timeOff(5) });
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
			{ continueOnFail: true, items: [{ json: { employee: 'nobody' } }, { json: { employee: 4567 } }] },
		);
		expect(items).toHaveLength(2);
		expect(items[0]).toMatchObject({ json: { error: expect.stringMatching(/Employee must be a positive whole number/) }, pairedItem: { item: 0 } });
		expect(items[1]).toMatchObject({ json: { id: 5 }, pairedItem: { item: 1 } });
	});
});

describe('Absence > Delete', () => {
	it('deletes a day-based absence', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).delete('/v1/company/time-offs/12345').reply(200, { success: true, data: { message: 'The absence period was deleted.' } });
		const [items] = await run({ resource: 'absence', operation: 'delete', unit: 'days', absenceId: '12345' });
		expect(items).toEqual([{ json: { deleted: true, id: 12345 }, pairedItem: { item: 0 } }]);
		expect(api.isDone()).toBe(true);
	});

	it('deletes an hour-based absence by UUID', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).delete(`/v1/company/absence-periods/${uuidFor(3)}`).reply(200, { success: true, data: { message: 'The absence period was deleted.' } });
		const [items] = await run({ resource: 'absence', operation: 'delete', unit: 'hours', absenceId: uuidFor(3) });
		expect(items[0].json).toEqual({ deleted: true, id: uuidFor(3) });
		expect(api.isDone()).toBe(true);
	});

	it("maps a 404 to Personio's message and does not retry the write", async () => {
		tokenEndpoint();
		nock(BASE_URL).delete('/v1/company/time-offs/5').reply(404, { success: false, error: { code: 404, message: 'The absence period was not found.' } });
		const error = await run({ resource: 'absence', operation: 'delete', unit: 'days', absenceId: '5' }).catch((e) => e);
		expect(error.message).toBe('The absence period was not found.');
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('refuses a numeric ID for an hour-based absence before any request', async () => {
		const watch = watchForRequests();
		await expect(run({ resource: 'absence', operation: 'delete', unit: 'hours', absenceId: '5' })).rejects.toThrow(/Absence ID must be a UUID/);
		expect(watch.none()).toBe(true);
	});
});
