import { fastRetries } from '../helpers/harness';
import { api, expectNoRequest, run, tokenEndpoint, v2Error, v2Page } from '../helpers/personioNode';

beforeAll(fastRetries);

describe('Compensation', () => {
	it('Get Many sends person and period filters and follows the cursor', async () => {
		tokenEndpoint();
		const qs = {
			'person.id': '3003',
			start_date: '2024-01-01',
			end_date: '2024-01-31',
			limit: 100,
		};
		const path = '/v2/compensations';
		const scope = api()
			.get(path)
			.query(qs)
			.reply(200, v2Page([{ id: 'c1', value: 100 }], 'k', path))
			.get(path)
			.query({ ...qs, cursor: 'k' })
			.reply(200, v2Page([{ id: 'c2', value: 200 }], undefined, path));
		const [items] = await run({
			resource: 'compensation',
			operation: 'getAll',
			returnAll: true,
			filters: {
				personId: '3003',
				periodStart: '2024-01-01T00:00:00.000Z',
				periodEnd: '2024-01-31',
			},
		});
		expect(items.map((i) => i.json)).toEqual([
			{ id: 'c1', value: 100 },
			{ id: 'c2', value: 200 },
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('Get Many refuses a period ending before it starts, before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({
				resource: 'compensation',
				operation: 'getAll',
				returnAll: true,
				filters: { periodStart: '2024-02-01', periodEnd: '2024-01-01' },
			}),
		).rejects.toThrow(/Filters > Period End must be on or after Filters > Period Start/);
		expectNoRequest(scope);
	});

	it('Create refuses to run unless "I understand this cannot be undone" is on, before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({
				resource: 'compensation',
				operation: 'create',
				confirmIrreversible: false,
				personId: { mode: 'id', value: '3003' },
				typeId: 't1',
				value: 100,
				effectiveFrom: '2024-01-01',
				additionalFields: {},
			}),
		).rejects.toThrow(/I Understand This Cannot Be Undone must be turned on/);
		expectNoRequest(scope);
	});

	it('Create posts the compensation once confirmed', async () => {
		tokenEndpoint();
		const body = {
			person: { id: '3003' },
			type: { id: 't1' },
			value: 1250.5,
			effective_from: '2024-01-01',
			comment: 'Q1 bonus',
		};
		const scope = api()
			.post('/v2/compensations', body)
			.reply(201, { id: 'comp-1', _meta: { links: {} } });
		const [items] = await run({
			resource: 'compensation',
			operation: 'create',
			confirmIrreversible: true,
			personId: { mode: 'id', value: '3003' },
			typeId: 't1',
			value: 1250.5,
			effectiveFrom: '2024-01-01T00:00:00.000Z',
			additionalFields: { comment: 'Q1 bonus' },
		});
		expect(items).toEqual([{ json: { ...body, id: 'comp-1' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('Create maps a 422', async () => {
		tokenEndpoint();
		api()
			.post('/v2/compensations')
			.reply(422, v2Error('Unprocessable', 'Compensation type not found.'));
		const error = await run({
			resource: 'compensation',
			operation: 'create',
			confirmIrreversible: true,
			personId: { mode: 'id', value: '3003' },
			typeId: 'zz',
			value: 1,
			effectiveFrom: '2024-01-01',
			additionalFields: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/Compensation type not found/);
	});
});

describe('Compensation > Create: currency and interval (reference page post_v2-compensations)', () => {
	const create = (additionalFields: Record<string, unknown>) =>
		run({
			resource: 'compensation',
			operation: 'create',
			confirmIrreversible: true,
			personId: { mode: 'id', value: '3003' },
			typeId: 't1',
			value: 900,
			effectiveFrom: '2024-01-01',
			additionalFields,
		});

	it('sends an ISO 4217 currency (upper-cased) and the payout interval', async () => {
		tokenEndpoint();
		const scope = api()
			.post('/v2/compensations', {
				person: { id: '3003' },
				type: { id: 't1' },
				value: 900,
				effective_from: '2024-01-01',
				currency: 'CHF',
				interval: 'HALF-YEARLY',
			})
			.reply(201, { id: 'comp-2' });
		await create({ currency: ' chf ', interval: 'HALF-YEARLY' });
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		[{ currency: 'EURO' }, /Currency must be an ISO 4217 currency code/],
		[{ currency: 'XYZ' }, /Currency must be an ISO 4217 currency code/],
		[{ interval: 'WEEKLY' }, /Interval must be one of MONTHLY, QUARTERLY, HALF-YEARLY, YEARLY/],
	])('refuses %j before any request', async (fields, message) => {
		const scope = tokenEndpoint();
		await expect(create(fields)).rejects.toThrow(message);
		expectNoRequest(scope);
	});
});
