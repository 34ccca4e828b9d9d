import { fastRetries } from '../helpers/harness';
import { api, run, tokenEndpoint } from '../helpers/personioNode';

beforeAll(fastRetries);

const report = (items: object[]) => ({
	success: true,
	metadata: { total_elements: 3, current_page: 0, total_pages: 2 },
	data: [{ type: 'Report', attributes: { id: 'r1', name: 'Headcount', items } }],
});
const row = (employee: number) => ({
	employee_id: employee,
	attributes: [
		{ attribute_id: 'first_name', data_type: 'TEXT', value: `F${employee}`, employee_id: employee },
		{
			attribute_id: 'salary_1',
			data_type: 'SALARY',
			amount: '12.2',
			currency_symbol: '€',
			employee_id: employee,
		},
	],
});

describe('Custom Report', () => {
	it("Get Many returns the reports' attributes", async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v1/company/custom-reports/reports')
			.query({ status: 'up_to_date' })
			.reply(200, {
				success: true,
				data: [
					{ type: 'Report', attributes: { id: 'r1', name: 'Headcount' } },
					{ type: 'Report', attributes: { id: 'r2', name: 'Vacations' } },
				],
			});
		const [items] = await run({
			resource: 'customReport',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: { status: 'up_to_date' },
		});
		expect(items).toEqual([{ json: { id: 'r1', name: 'Headcount' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('Get Report Rows walks page/limit and flattens each row', async () => {
		tokenEndpoint();
		const path = '/v1/company/custom-reports/reports/r1';
		const scope = api()
			.get(path)
			.query({ page: 1, limit: 100, locale: 'de' })
			.reply(200, report(Array.from({ length: 100 }, (_, i) => row(i + 1))))
			.get(path)
			.query({ page: 2, limit: 100, locale: 'de' })
			.reply(200, report([row(101)]));
		const [items] = await run({
			resource: 'customReport',
			operation: 'getRows',
			reportId: 'r1',
			returnAll: true,
			options: { locale: 'de' },
			simplify: true,
		});
		expect(items).toHaveLength(101);
		expect(items[100]).toEqual({
			json: {
				report_id: 'r1',
				employee_id: 101,
				first_name: 'F101',
				salary_1: { amount: '12.2', currency_symbol: '€' },
			},
			pairedItem: { item: 0 },
		});
		expect(scope.isDone()).toBe(true);
	});

	it('Get Report Rows maps a 404', async () => {
		tokenEndpoint();
		api()
			.get('/v1/company/custom-reports/reports/missing')
			.query(true)
			.reply(404, { success: false, error: { code: 404, message: 'Report not found' } });
		const error = await run({
			resource: 'customReport',
			operation: 'getRows',
			reportId: 'missing',
			returnAll: true,
			options: {},
			simplify: true,
		}).catch((e) => e);
		expect(error.message).toBe('Report not found');
	});
});
