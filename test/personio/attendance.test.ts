import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { listParam, run, tokenEndpoint, watchForRequests } from './absenceFixtures';

beforeAll(fastRetries);

const attendance = (id: number) => ({
	id,
	type: 'AttendancePeriod',
	attributes: {
		employee: 325659,
		date: '2017-01-17',
		start_time: '09:00',
		end_time: '18:00',
		break: 50,
		comment: 'I was super productive',
		is_holiday: false,
		is_on_time_off: false,
		project: { id: 567, type: 'Project', attributes: { name: 'A project name', active: true } },
	},
});
const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => attendance(from + i));
const window = { startDate: '2024-01-01', endDate: '2024-01-31' };

describe('Attendance > Get Many', () => {
	it('Return All walks record offsets 0, 200, 400 with the required dates', async () => {
		tokenEndpoint();
		const q = (offset: number) => ({ start_date: '2024-01-01', end_date: '2024-01-31', limit: 200, offset });
		const api = nock(BASE_URL)
			.get('/v1/company/attendances').query(q(0)).reply(200, { success: true, data: page(1, 200) })
			.get('/v1/company/attendances').query(q(200)).reply(200, { success: true, data: page(201, 200) })
			.get('/v1/company/attendances').query(q(400)).reply(200, { success: true, data: page(401, 10) });
		const [items] = await run({ resource: 'attendance', operation: 'getAll', ...window, returnAll: true, filters: {}, simplify: true });
		expect(items).toHaveLength(410);
		expect(items[0]).toEqual({
			json: {
				id: 1,
				employee: 325659,
				date: '2017-01-17',
				start_time: '09:00',
				end_time: '18:00',
				break: 50,
				comment: 'I was super productive',
				is_holiday: false,
				is_on_time_off: false,
				project: { id: 567, name: 'A project name', active: true },
			},
			pairedItem: { item: 0 },
		});
		expect(api.isDone()).toBe(true);
	});

	it('Limit stops early and asks only for what it needs', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/attendances').query({ start_date: '2024-01-01', end_date: '2024-01-31', limit: 5, offset: 0 })
			.reply(200, { success: true, data: page(1, 5) });
		const [items] = await run({ resource: 'attendance', operation: 'getAll', ...window, returnAll: false, limit: 5, filters: {}, simplify: false });
		expect(items.map((i) => i.json.id)).toEqual([1, 2, 3, 4, 5]);
		expect(items[0].json).toEqual(attendance(1));
		expect(api.isDone()).toBe(true);
	});

	it('sends employees[] as repeated keys, updated_from/updated_to and includePending', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/attendances')
			.query(
				(q) =>
					JSON.stringify(listParam(q, 'employees')) === '["1","2"]' &&
					q.updated_from === '2024-01-02T03:04:05' &&
					q.updated_to === '2024-01-03T00:00:00' &&
					q.includePending === 'true' &&
					q.start_date === '2024-01-01' &&
					q.end_date === '2024-01-31',
			)
			.reply(200, { success: true, data: page(1, 1) });
		const [items] = await run({
			resource: 'attendance',
			operation: 'getAll',
			...window,
			returnAll: true,
			filters: { employeeIds: [1, 2], updatedFrom: '2024-01-02T03:04:05.000Z', updatedTo: '2024-01-03T00:00:00', includePending: true },
			simplify: true,
		});
		expect(items).toHaveLength(1);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[{ startDate: '' }, {}, /Start Date must be set/],
		[{ endDate: '2023-12-31' }, {}, /End Date must be on or after Start Date \(2024-01-01\)/],
		[{}, { updatedFrom: 'yesterday' }, /Filters > Updated From must be a date-time/],
		[{}, { employeeIds: 'me' }, /Filters > Employee IDs must be a positive whole number/],
	])('refuses %j %j before any request', async (dates, filters, message) => {
		const watch = watchForRequests();
		await expect(run({ resource: 'attendance', operation: 'getAll', ...window, ...dates, returnAll: true, filters })).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

describe('Attendance > Create', () => {
	const create = (parameters: Record<string, unknown> = {}, extra = {}) =>
		run(
			{
				resource: 'attendance',
				operation: 'create',
				employeeId: { mode: 'id', value: '5671547' },
				date: '2022-08-22T00:00:00',
				startTime: '14:00',
				endTime: '14:30',
				breakMinutes: 0,
				skipApproval: false,
				additionalFields: { comment: 'Some comment', project_id: '51059' },
				...parameters,
			},
			extra,
		);

	it('posts one attendance per item as JSON and outputs the created id', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post('/v1/company/attendances', {
				attendances: [{ employee: 5671547, date: '2022-08-22', start_time: '14:00', end_time: '14:30', break: 0, comment: 'Some comment', project_id: 51059 }],
				skip_approval: false,
			})
			.matchHeader('content-type', /application\/json/)
			.reply(200, { success: true, data: { id: [991], message: 'success' } });
		const [items] = await create();
		expect(items).toEqual([
			{
				json: { id: 991, employee: 5671547, date: '2022-08-22', start_time: '14:00', end_time: '14:30', break: 0, comment: 'Some comment', project_id: 51059, skip_approval: false },
				pairedItem: { item: 0 },
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it("maps the 400 detailed_message rows to Personio's reason", async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.post('/v1/company/attendances')
			.reply(400, {
				success: false,
				error: {
					code: 400,
					message: 'Error when trying to insert Attendances periods rows',
					detailed_message: [{ success: false, error_msg: 'Existing overlapping attendances periods', id: null, employee: 5671547 }],
				},
			});
		const error = await create().catch((e) => e);
		expect(error.message).toBe('Error when trying to insert Attendances periods rows');
		expect(error.description).toContain('Existing overlapping attendances periods');
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it.each([
		[{ startTime: '25:00' }, /Start Time must be a time as HH:mm/],
		[{ endTime: '2pm' }, /End Time must be a time as HH:mm/],
		[{ endTime: '13:00' }, /End Time must be after Start Time \(14:00\)/],
		[{ date: '2022-13-01' }, /Date must be a real calendar date as YYYY-MM-DD/],
		[{ breakMinutes: -5 }, /Break \(Minutes\) must be at least 0/],
		[{ breakMinutes: 7.5 }, /Break \(Minutes\) must be a whole number of minutes/],
		[{ additionalFields: { project_id: 'alpha' } }, /Additional Fields > Project ID must be a positive whole number/],
		[{ employeeId: { mode: 'id', value: '' } }, /Employee must be set/],
	])('refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(create(parameters)).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

describe('Attendance > Update', () => {
	it('patches only the fields given, with skip_approval', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.patch('/v1/company/attendances/1234', { end_time: '18:30', break: 45, skip_approval: true })
			.reply(200, { success: true, data: { message: 'The attendance period was updated.' } });
		const [items] = await run({
			resource: 'attendance',
			operation: 'update',
			attendanceId: '1234',
			skipApproval: true,
			updateFields: { end_time: '18:30', break: 45 },
		});
		expect(items).toEqual([
			{ json: { id: 1234, message: 'The attendance period was updated.', end_time: '18:30', break: 45, skip_approval: true }, pairedItem: { item: 0 } },
		]);
		expect(api.isDone()).toBe(true);
	});

	it("maps a 404 to Personio's message", async () => {
		tokenEndpoint();
		nock(BASE_URL).patch('/v1/company/attendances/9').reply(404, { success: false, error: { code: 404, message: 'The attendance period was not found.' } });
		const error = await run({ resource: 'attendance', operation: 'update', attendanceId: '9', skipApproval: true, updateFields: { comment: 'x' } }).catch((e) => e);
		expect(error.message).toBe('The attendance period was not found.');
		expect(error.httpCode).toBe('404');
	});

	it.each([
		[{ attendanceId: 'abc', updateFields: { comment: 'x' } }, /Attendance ID must be a positive whole number/],
		[{ attendanceId: '1', updateFields: {} }, /Update Fields must be given/],
		[{ attendanceId: '1', updateFields: { start_time: '9:00' } }, /Update Fields > Start Time must be a time as HH:mm/],
		[{ attendanceId: '1', updateFields: { date: 'tomorrow' } }, /Update Fields > Date must be a date as YYYY-MM-DD/],
	])('refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(run({ resource: 'attendance', operation: 'update', skipApproval: true, ...parameters })).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

describe('Attendance > Delete', () => {
	it('deletes with skip_approval in the query', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.delete('/v1/company/attendances/1234')
			.query({ skip_approval: 'false' })
			.reply(200, { success: true, data: { message: 'The attendance period was deleted.' } });
		const [items] = await run({ resource: 'attendance', operation: 'delete', attendanceId: '1234', skipApproval: false });
		expect(items).toEqual([{ json: { deleted: true, id: 1234 }, pairedItem: { item: 0 } }]);
		expect(api.isDone()).toBe(true);
	});

	it("maps a 404 to Personio's message", async () => {
		tokenEndpoint();
		nock(BASE_URL).delete('/v1/company/attendances/5').query(true).reply(404, { success: false, error: { code: 404, message: 'The attendance period was not found.' } });
		const error = await run({ resource: 'attendance', operation: 'delete', attendanceId: '5', skipApproval: true }).catch((e) => e);
		expect(error.message).toBe('The attendance period was not found.');
	});

	it('refuses a non-numeric ID before any request', async () => {
		const watch = watchForRequests();
		await expect(run({ resource: 'attendance', operation: 'delete', attendanceId: '1/../2', skipApproval: true })).rejects.toThrow(
			/Attendance ID must be a positive whole number/,
		);
		expect(watch.none()).toBe(true);
	});
});
