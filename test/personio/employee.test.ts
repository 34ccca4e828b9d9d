import nock from 'nock';

import {
	BASE_URL,
	fastRetries,
	personioCredentials,
	TestCredentialsHelper,
} from '../helpers/harness';
import { run, tokenEndpoint, wrappedEmployee } from '../helpers/personioNode';

beforeAll(fastRetries);

describe('Employee > Get', () => {
	it('gets one employee with a bearer token and simplifies the attribute wrappers', async () => {
		const token = tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/employees/42')
			.matchHeader('authorization', 'Bearer papi-token-1')
			.reply(200, {
				success: true,
				data: wrappedEmployee(42, 'Ada', 'Lovelace', 'ada@example.com'),
			});

		const [items] = await run({
			resource: 'employee',
			operation: 'get',
			employeeId: { mode: 'id', value: '42' },
			simplify: true,
		});

		expect(items).toEqual([
			{
				json: {
					id: 42,
					first_name: 'Ada',
					last_name: 'Lovelace',
					email: 'ada@example.com',
					department: { id: 7, name: 'Engineering' },
					dynamic_99: 'M',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(token.isDone() && api.isDone()).toBe(true);
	});

	it('sends the partner and app headers in both spellings', async () => {
		const credentials = new TestCredentialsHelper({
			personioApi: personioCredentials({ partnerId: 'ACME_HR', appId: 'N8N_SYNC' }),
		});
		tokenEndpoint(1, { headers: { 'x-personio-partner-id': 'ACME_HR' } });
		const api = nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('x-personio-partner-id', 'ACME_HR')
			.matchHeader('personio-partner-id', 'ACME_HR')
			.matchHeader('x-personio-app-id', 'N8N_SYNC')
			.matchHeader('personio-app-id', 'N8N_SYNC')
			.reply(200, { success: true, data: wrappedEmployee(1, 'A', 'B', 'a@b.co') });
		await run(
			{
				resource: 'employee',
				operation: 'get',
				employeeId: { mode: 'id', value: '1' },
				simplify: false,
			},
			{ credentials },
		);
		expect(api.isDone()).toBe(true);
	});

	it('refuses a non-numeric ID before any request', async () => {
		await expect(
			run({ resource: 'employee', operation: 'get', employeeId: { mode: 'id', value: '../1' } }),
		).rejects.toThrow(/Employee must be a positive whole number/);
	});

	it("maps a 404 to Personio's message and keeps the secret out of it", async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v1/company/employees/5')
			.reply(404, { success: false, error: { code: 0, message: 'Employee not found' } });
		const error = await run({
			resource: 'employee',
			operation: 'get',
			employeeId: { mode: 'id', value: '5' },
		}).catch((e) => e);
		expect(error.message).toBe('Employee not found');
		expect(error.httpCode).toBe('404');
		expect(JSON.stringify(error)).not.toMatch(/papi-token-1|DO-NOT-LEAK/);
	});
});

describe('Employee > Get Many', () => {
	const page = (from: number, count: number) =>
		Array.from({ length: count }, (_, i) =>
			wrappedEmployee(from + i, `F${from + i}`, `L${from + i}`, `e${from + i}@x.co`),
		);

	it('Return All walks record offsets by 100 and stops on a short page', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			.query({ limit: 100, offset: 0 })
			.reply(200, { success: true, data: page(1, 100) })
			.get('/v1/company/employees')
			.query({ limit: 100, offset: 100 })
			.reply(200, { success: true, data: page(101, 100) })
			.get('/v1/company/employees')
			.query({ limit: 100, offset: 200 })
			.reply(200, { success: true, data: page(201, 5) });
		const [items] = await run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: {},
			simplify: true,
		});
		expect(items).toHaveLength(205);
		expect(items[204].json.id).toBe(205);
		expect(
			items.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0),
		).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('Limit asks only for what it needs', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			.query({ limit: 3, offset: 0 })
			.reply(200, { success: true, data: page(1, 3) });
		const [items] = await run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			filters: {},
			simplify: true,
		});
		expect(items.map((i) => i.json.id)).toEqual([1, 2, 3]);
		expect(api.isDone()).toBe(true);
	});

	it('sends filters as Personio expects (updated_since, attributes[])', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			.query(
				(q) =>
					q.updated_since === '2024-01-02T03:04:05+00:00' &&
					JSON.stringify(q['attributes'] ?? q['attributes[]']) === '["first_name","email"]' &&
					q.limit === '100',
			)
			.reply(200, { success: true, data: page(1, 2) });
		const [items] = await run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: '2024-01-02T03:04:05.000Z', attributes: ['first_name', 'email'] },
			simplify: true,
		});
		expect(items).toHaveLength(2);
		expect(api.isDone()).toBe(true);
	});

	it('sends Updated Since in UTC with an explicit +00:00 when n8n gives it with another offset', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			// nock decodes the query: an unencoded `+` would arrive as a space and not match.
			.query((q) => q.updated_since === '2024-01-02T03:04:05+00:00')
			.reply(200, { success: true, data: page(1, 1) });
		await run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: '2024-01-02T05:04:05.000+02:00' },
			simplify: true,
		});
		expect(api.isDone()).toBe(true);
	});

	it('retries a 429 (Retry-After) and a 500 on reads, then succeeds', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			.query(true)
			.reply(
				429,
				{ success: false, error: { code: 0, message: 'Too many requests' } },
				{ 'Retry-After': '0' },
			)
			.get('/v1/company/employees')
			.query(true)
			.reply(500, 'oops')
			.get('/v1/company/employees')
			.query(true)
			.reply(200, { success: true, data: page(1, 2) });
		const [items] = await run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: {},
			simplify: true,
		});
		expect(items).toHaveLength(2);
		expect(api.isDone()).toBe(true);
	});
});

describe('Employee > Create', () => {
	it('posts the employee and does not re-send it after a 500', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post('/v1/company/employees', {
				employee: {
					first_name: 'Ada',
					last_name: 'Lovelace',
					email: 'ada@example.com',
					hire_date: '2024-03-01',
					custom_attributes: { dynamic_99: 'M' },
				},
			})
			.reply(500, {
				success: false,
				error: { code: 0, message: 'Es ist ein Problem aufgetreten' },
			});
		const error = await run({
			resource: 'employee',
			operation: 'create',
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			additionalFields: { hireDate: '2024-03-01T00:00:00.000Z' },
			customAttributes: { attribute: [{ key: 'dynamic_99', value: 'M' }] },
		}).catch((e) => e);
		expect(error.message).toBe('Es ist ein Problem aufgetreten');
		expect(api.isDone()).toBe(true);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('continueOnFail turns a bad email into an error item paired with its input', async () => {
		const [items] = await run(
			{
				resource: 'employee',
				operation: 'create',
				firstName: 'A',
				lastName: 'B',
				email: 'not-an-email',
				additionalFields: {},
			},
			{ continueOnFail: true, items: [{ json: { row: 1 } }, { json: { row: 2 } }] },
		);
		expect(items).toHaveLength(2);
		expect(items[1]).toMatchObject({
			json: { error: expect.stringMatching(/Email must be a valid email address/) },
			pairedItem: { item: 1 },
		});
	});
});

describe('Employee > Update', () => {
	it('sends the camelCase Update Fields under the names Personio expects', async () => {
		tokenEndpoint();
		const employee = {
			first_name: 'Ada',
			preferred_name: 'Countess',
			supervisor_id: 7,
			weekly_working_hours: 30,
		};
		const api = nock(BASE_URL)
			.patch('/v1/company/employees/42', { employee })
			.reply(200, { success: true, data: { id: 42, message: 'success' } });
		const [items] = await run({
			resource: 'employee',
			operation: 'update',
			employeeId: { mode: 'id', value: '42' },
			updateFields: {
				firstName: 'Ada',
				preferredName: 'Countess',
				supervisorId: '7',
				weeklyWorkingHours: 30,
			},
		});
		expect(items).toEqual([
			{ json: { id: 42, message: 'success', ...employee }, pairedItem: { item: 0 } },
		]);
		expect(api.isDone()).toBe(true);
	});
});
