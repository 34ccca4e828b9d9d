import nock from 'nock';

import { fastRetries } from '../helpers/harness';
import { api, run, tokenEndpoint } from '../helpers/personioNode';

beforeAll(fastRetries);

const employee = (id: number) => ({
	type: 'Employee',
	attributes: {
		id: { label: 'ID', value: id, type: 'integer', universal_id: 'id' },
		first_name: {
			label: 'First name',
			value: `F${id}`,
			type: 'standard',
			universal_id: 'first_name',
		},
		dynamic_99: { label: 'Shirt size', value: 'M', type: 'standard', universal_id: null },
		dynamic_100: { label: 'Unknown', value: 'x', type: 'standard', universal_id: null },
	},
});

const catalog = {
	success: true,
	data: [
		{
			key: 'first_name',
			label: 'First Name',
			type: 'standard',
			universal_id: 'first_name',
			options: [],
		},
		{ key: 'dynamic_99', label: 'Shirt size', type: 'standard', universal_id: null, options: [] },
		{ key: 'dynamic_100', label: 'first_name', type: 'standard', universal_id: null, options: [] },
	],
};

describe('Readable Custom Attribute Names', () => {
	it('loads the catalog once per execution and renames dynamic keys on Employee > Get', async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v1/company/employees/attributes')
			.once()
			.reply(200, catalog)
			.get('/v1/company/employees/1')
			.reply(200, { success: true, data: employee(1) })
			.get('/v1/company/employees/1')
			.reply(200, { success: true, data: employee(1) });
		const [items] = await run(
			{
				resource: 'employee',
				operation: 'get',
				employeeId: { mode: 'id', value: '1' },
				simplify: true,
				readableCustomAttributes: true,
			},
			{ items: [{ json: {} }, { json: {} }] },
		);
		// A label that clashes with an existing key keeps the original key.
		expect(items.map((i) => i.json)).toEqual([
			{ id: 1, first_name: 'F1', 'Shirt size': 'M', dynamic_100: 'x' },
			{ id: 1, first_name: 'F1', 'Shirt size': 'M', dynamic_100: 'x' },
		]);
		expect(scope.isDone()).toBe(true);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('renames inside raw records on Employee > Get Many and loads the catalog again in a new execution', async () => {
		for (let run_ = 0; run_ < 2; run_++) {
			tokenEndpoint();
			const scope = api()
				.get('/v1/company/employees')
				.query({ limit: 100, offset: 0 })
				.reply(200, { success: true, data: [employee(1), employee(2)] })
				.get('/v1/company/employees/attributes')
				.reply(200, catalog);
			const [items] = await run({
				resource: 'employee',
				operation: 'getAll',
				returnAll: true,
				filters: {},
				simplify: false,
				readableCustomAttributes: true,
			});
			expect(Object.keys(items[1].json.attributes as object)).toEqual([
				'id',
				'first_name',
				'Shirt size',
				'dynamic_100',
			]);
			expect(scope.isDone()).toBe(true);
		}
	});

	it('is off by default: keys stay stable and no catalog is read', async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v1/company/employees/1')
			.reply(200, { success: true, data: employee(1) });
		const [items] = await run({
			resource: 'employee',
			operation: 'get',
			employeeId: { mode: 'id', value: '1' },
			simplify: true,
		});
		expect(items[0].json).toEqual({ id: 1, first_name: 'F1', dynamic_99: 'M', dynamic_100: 'x' });
		expect(scope.isDone()).toBe(true);
	});

	it('maps an error while loading the catalog', async () => {
		tokenEndpoint();
		api()
			.get('/v1/company/employees/1')
			.reply(200, { success: true, data: employee(1) })
			.get('/v1/company/employees/attributes')
			.reply(403, { success: false, error: { code: 0, message: 'Access to attributes denied' } });
		const error = await run({
			resource: 'employee',
			operation: 'get',
			employeeId: { mode: 'id', value: '1' },
			simplify: true,
			readableCustomAttributes: true,
		}).catch((e) => e);
		expect(error.message).toBe('Access to attributes denied');
	});
});
