import { monthWindows } from '../../nodes/Personio/actions/compensation/getAll.operation';
import { fastRetries } from '../helpers/harness';
import { api, run, tokenEndpoint, v2Page } from '../helpers/personioNode';

beforeAll(fastRetries);

const path = '/v2/compensations';

describe('Compensation > Get Many over more than a month', () => {
	it('cuts a range at month ends, each window within one calendar month', () => {
		expect(monthWindows('2024-01-15', '2024-03-10')).toEqual([
			{ start_date: '2024-01-15', end_date: '2024-01-31' },
			{ start_date: '2024-02-01', end_date: '2024-02-29' },
			{ start_date: '2024-03-01', end_date: '2024-03-10' },
		]);
		expect(monthWindows('2024-12-31', '2025-01-01')).toEqual([
			{ start_date: '2024-12-31', end_date: '2024-12-31' },
			{ start_date: '2025-01-01', end_date: '2025-01-01' },
		]);
		expect(monthWindows('2024-05-01', '2024-05-31')).toEqual([
			{ start_date: '2024-05-01', end_date: '2024-05-31' },
		]);
	});

	// Personio refuses end_date - start_date longer than a month (reference page get_v2-compensations).
	it('walks Jan 15 - Mar 10 month by month and returns every record once', async () => {
		tokenEndpoint();
		const salary = { id: 'base-1', type: { id: 'base_salary' }, value: 5000 };
		const scope = api()
			.get(path)
			.query({ start_date: '2024-01-15', end_date: '2024-01-31', limit: 100 })
			.reply(200, v2Page([salary, { id: 'bonus-jan', value: 100 }], 'j2', path))
			.get(path)
			.query({ start_date: '2024-01-15', end_date: '2024-01-31', limit: 100, cursor: 'j2' })
			.reply(200, v2Page([{ id: 'edge-31', value: 7 }], undefined, path))
			.get(path)
			.query({ start_date: '2024-02-01', end_date: '2024-02-29', limit: 100 })
			// A record on the month edge is listed again by the next window: it is returned once.
			.reply(200, v2Page([salary, { id: 'edge-31', value: 7 }], undefined, path))
			.get(path)
			.query({ start_date: '2024-03-01', end_date: '2024-03-10', limit: 100 })
			.reply(200, v2Page([salary, { id: 'bonus-mar', value: 300 }], undefined, path));
		const [items] = await run({
			resource: 'compensation',
			operation: 'getAll',
			returnAll: true,
			filters: { periodStart: '2024-01-15', periodEnd: '2024-03-10' },
		});
		expect(items.map((i) => i.json.id)).toEqual(['base-1', 'bonus-jan', 'edge-31', 'bonus-mar']);
		expect(scope.isDone()).toBe(true);
	});

	it('stops walking once the Limit is reached', async () => {
		tokenEndpoint();
		const first = api()
			.get(path)
			.query({ start_date: '2024-01-01', end_date: '2024-01-31', limit: 100 })
			.reply(200, v2Page([{ id: 'a' }, { id: 'b' }], undefined, path));
		const second = api()
			.get(path)
			.query(true)
			.reply(200, v2Page([{ id: 'c' }], undefined, path));
		const [items] = await run({
			resource: 'compensation',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: { periodStart: '2024-01-01', periodEnd: '2024-06-30' },
		});
		expect(items.map((i) => i.json.id)).toEqual(['a', 'b']);
		expect(first.isDone()).toBe(true);
		expect(second.isDone()).toBe(false);
	});
});
