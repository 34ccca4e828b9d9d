import { BASE_URL, fastRetries, loadOptionsContext } from '../helpers/harness';
import {
	api,
	expectNoRequest,
	node,
	run,
	tokenEndpoint,
	v2Error,
	v2Page,
} from '../helpers/personioNode';

beforeAll(fastRetries);

const person = (id: string, first = 'Ada', last = 'Lovelace', email = `p${id}@example.com`) => ({
	id,
	email,
	first_name: first,
	last_name: last,
	status: 'ACTIVE',
	employments: [{ id: `emp-${id}` }],
	_meta: { links: { employments: { href: `${BASE_URL}/v2/persons/${id}/employments` } } },
});

describe('Person > Get', () => {
	it('reads /v2/persons/{id} and returns the person itself', async () => {
		tokenEndpoint();
		const scope = api().get('/v2/persons/3003').reply(200, person('3003'));
		const [items] = await run({
			resource: 'person',
			operation: 'get',
			personId: { mode: 'id', value: '3003' },
		});
		expect(items).toEqual([{ json: person('3003'), pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it("maps a v2 404 to Personio's detail", async () => {
		tokenEndpoint();
		api()
			.get('/v2/persons/9')
			.reply(404, v2Error('Resource not found', 'There is no resource for the specified id.'));
		const error = await run({
			resource: 'person',
			operation: 'get',
			personId: { mode: 'id', value: '9' },
		}).catch((e) => e);
		expect(error.message).toMatch(/There is no resource for the specified id|Resource not found/);
		expect(error.httpCode).toBe('404');
	});

	it('refuses an ID that could change the path, before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({ resource: 'person', operation: 'get', personId: { mode: 'id', value: '../x' } }),
		).rejects.toThrow(/^Person must be an ID/);
		expectNoRequest(scope);
	});
});

describe('Person > Get Many', () => {
	it('sends the filters as literal dotted keys, follows the cursor and stops on a repeated cursor', async () => {
		tokenEndpoint();
		const filters = {
			email: 'ada@example.com',
			first_name: 'Ada',
			last_name: 'Lovelace',
			status: 'ACTIVE',
			'updated_at.gt': '2024-01-01T00:00:00.000Z',
			'updated_at.lt': '2024-02-01T00:00:00.000Z',
		};
		const scope = api()
			.get('/v2/persons')
			.query({ ...filters, limit: 50 })
			.reply(200, v2Page([person('1'), person('2')], 'c1'))
			.get('/v2/persons')
			.query({ ...filters, limit: 50, cursor: 'c1' })
			.reply(200, v2Page([person('2'), person('3')], 'c1'));
		const [items] = await run({
			resource: 'person',
			operation: 'getAll',
			returnAll: true,
			filters: {
				email: 'ada@example.com',
				firstName: 'Ada',
				lastName: 'Lovelace',
				status: 'ACTIVE',
				updatedAfter: '2024-01-01T00:00:00.000Z',
				updatedBefore: '2024-02-01T00:00:00.000Z',
			},
		});
		expect(items.map((i) => i.json.id)).toEqual(['1', '2', '3']);
		expect(items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(scope.isDone()).toBe(true);
	});

	it('with a Limit asks only for what it needs and stops there', async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v2/persons')
			.query({ limit: 50 })
			.reply(
				200,
				v2Page(
					Array.from({ length: 50 }, (_, i) => person(String(i + 1))),
					'c1',
				),
			)
			.get('/v2/persons')
			.query({ limit: 10, cursor: 'c1' })
			.reply(
				200,
				v2Page(
					Array.from({ length: 10 }, (_, i) => person(String(i + 51))),
					'c2',
				),
			);
		const [items] = await run({
			resource: 'person',
			operation: 'getAll',
			returnAll: false,
			limit: 60,
			filters: {},
		});
		expect(items).toHaveLength(60);
		expect(scope.isDone()).toBe(true);
	});

	it('refuses Updated Before earlier than Updated After before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({
				resource: 'person',
				operation: 'getAll',
				returnAll: true,
				filters: { updatedAfter: '2024-02-01T00:00:00Z', updatedBefore: '2024-01-01T00:00:00Z' },
			}),
		).rejects.toThrow(/Filters > Updated Before must be after Filters > Updated After/);
		expectNoRequest(scope);
	});
});

describe('Person > Create', () => {
	it("posts the person with its first employment in v2's shape", async () => {
		tokenEndpoint();
		const body = {
			first_name: 'Ada',
			last_name: 'Lovelace',
			email: 'ada@example.com',
			gender: 'FEMALE',
			custom_attributes: [{ id: 'dynamic_305', value: 'Red' }],
			employments: [
				{
					employment_start_date: '2024-03-01',
					status: 'ACTIVE',
					position: { title: 'Engineer' },
					supervisor: { id: '42' },
					legal_entity: { id: 'le-1' },
					weekly_working_hours: 40,
				},
			],
		};
		const scope = api()
			.post('/v2/persons', body)
			.reply(201, { id: '777', _meta: { links: {} } });
		const [items] = await run({
			resource: 'person',
			operation: 'create',
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			additionalFields: { gender: 'FEMALE' },
			employment: {
				employmentStartDate: '2024-03-01T00:00:00.000Z',
				status: 'ACTIVE',
				positionTitle: 'Engineer',
				supervisorId: '42',
				legalEntityId: 'le-1',
				weeklyWorkingHours: 40,
			},
			customAttributes: { attribute: [{ key: 'dynamic_305', value: 'Red' }] },
		});
		expect(items).toEqual([{ json: { ...body, id: '777' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('maps a 422 and never re-sends the write', async () => {
		tokenEndpoint();
		const scope = api()
			.post('/v2/persons')
			.once()
			.reply(422, v2Error('Unprocessable', 'Email is already taken.'));
		const error = await run({
			resource: 'person',
			operation: 'create',
			firstName: 'A',
			lastName: 'B',
			email: 'a@b.co',
			additionalFields: {},
			employment: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/Email is already taken/);
		expect(scope.isDone()).toBe(true);
	});

	it('refuses a bad employment date before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({
				resource: 'person',
				operation: 'create',
				firstName: 'A',
				lastName: 'B',
				email: 'a@b.co',
				additionalFields: {},
				employment: { employmentStartDate: '2024-13-40' },
			}),
		).rejects.toThrow(/Employment > Employment Start Date must be a/);
		expectNoRequest(scope);
	});
});

describe('Person > Update', () => {
	it('patches only the given fields', async () => {
		tokenEndpoint();
		const scope = api()
			.patch('/v2/persons/3003', { preferred_name: 'Countess', last_name: 'King' })
			.reply(204);
		const [items] = await run({
			resource: 'person',
			operation: 'update',
			personId: { mode: 'list', value: '3003' },
			updateFields: { preferredName: 'Countess', lastName: 'King' },
		});
		expect(items).toEqual([
			{
				json: { id: '3003', preferred_name: 'Countess', last_name: 'King' },
				pairedItem: { item: 0 },
			},
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('refuses an empty update before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({
				resource: 'person',
				operation: 'update',
				personId: { mode: 'id', value: '1' },
				updateFields: {},
			}),
		).rejects.toThrow(/Update Fields must be given/);
		expectNoRequest(scope);
	});
});

describe('searchPersons (list mode)', () => {
	it('matches names on a page and hands back the next cursor', async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v2/persons')
			.query({ limit: 50 })
			.reply(
				200,
				v2Page([person('1', 'Ada', 'Lovelace'), person('2', 'Alan', 'Turing')], 'next-1'),
			);
		const context = loadOptionsContext(node, 'n8n-nodes-personio.personio');
		const result = await node.methods.listSearch.searchPersons.call(context as never, 'turing');
		expect(result).toEqual({
			results: [{ name: 'Alan Turing (p2@example.com)', value: '2' }],
			paginationToken: 'next-1',
		});
		expect(scope.isDone()).toBe(true);
	});

	it('looks an email up with the email filter', async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v2/persons')
			.query({ limit: 50, email: 'ada@example.com' })
			.reply(200, v2Page([person('1', 'Ada', 'Lovelace', 'ada@example.com')]));
		const context = loadOptionsContext(node, 'n8n-nodes-personio.personio');
		const result = await node.methods.listSearch.searchPersons.call(
			context as never,
			'ada@example.com',
		);
		expect(result.results).toEqual([{ name: 'Ada Lovelace (ada@example.com)', value: '1' }]);
		expect(result.paginationToken).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});
