import nock from 'nock';

import { v2Page } from '../helpers/personioNode';
import { BASE_URL, fastRetries, loadOptionsContext } from '../helpers/harness';
import { node, run, tokenEndpoint, watchForRequests } from './absenceFixtures';

beforeAll(fastRetries);

const v2Type = (n: number, unit: 'DAY' | 'HOUR' = 'DAY') => ({
	id: `abc6fa09-d8fe-4de0-be03-${String(n).padStart(12, '0')}`,
	name: `Type ${n}`,
	category: 'PAID_VACATION',
	unit,
});
const v2Types = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => v2Type(from + i));

// v2 absence types (reference pages get_v2-absence-types, get_v2-absence-types-id): UUIDs, limit 1-100.
describe('Absence Type > Get Many (v2)', () => {
	it('Return All follows the cursor with limit 100', async () => {
		tokenEndpoint();
		const scope = nock(BASE_URL)
			.get('/v2/absence-types')
			.query({ limit: 100 })
			.reply(200, v2Page(v2Types(1, 100), 'n2', '/v2/absence-types'))
			.get('/v2/absence-types')
			.query({ limit: 100, cursor: 'n2' })
			.reply(200, v2Page(v2Types(101, 2), undefined, '/v2/absence-types'));
		const [items] = await run({ resource: 'absenceType', operation: 'getAll', returnAll: true });
		expect(items).toHaveLength(102);
		expect(items[0]).toEqual({ json: v2Type(1), pairedItem: { item: 0 } });
		expect(scope.isDone()).toBe(true);
	});

	it('Limit asks only for what it needs', async () => {
		tokenEndpoint();
		const scope = nock(BASE_URL)
			.get('/v2/absence-types')
			.query({ limit: 2 })
			.reply(200, v2Page(v2Types(1, 2), 'more', '/v2/absence-types'));
		const [items] = await run({
			resource: 'absenceType',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});
		expect(items.map((i) => i.json)).toEqual(v2Types(1, 2));
		expect(scope.isDone()).toBe(true);
	});

	it('refuses a Limit below 1 before any request', async () => {
		const watch = watchForRequests();
		await expect(
			run({ resource: 'absenceType', operation: 'getAll', returnAll: false, limit: 0 }),
		).rejects.toThrow(/Limit must be at least 1/);
		expect(watch.none()).toBe(true);
	});
});

describe('Absence Type > Get (v2)', () => {
	it('reads /v2/absence-types/{id}', async () => {
		tokenEndpoint();
		const scope = nock(BASE_URL)
			.get(`/v2/absence-types/${v2Type(7).id}`)
			.reply(200, v2Type(7, 'HOUR'));
		const [items] = await run({
			resource: 'absenceType',
			operation: 'get',
			absenceTypeId: v2Type(7).id,
		});
		expect(items).toEqual([{ json: v2Type(7, 'HOUR'), pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('refuses a numeric v1 id before any request', async () => {
		const watch = watchForRequests();
		await expect(
			run({ resource: 'absenceType', operation: 'get', absenceTypeId: '54321' }),
		).rejects.toThrow(/Absence Type ID must be a UUID/);
		expect(watch.none()).toBe(true);
	});
});

describe('loadOptions getAbsenceTypeIds', () => {
	it('lists the v2 types by name with their UUIDs', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/absence-types')
			.query(true)
			.reply(200, v2Page([v2Type(2, 'HOUR'), v2Type(1)], undefined, '/v2/absence-types'));
		const context = loadOptionsContext(node, 'n8n-nodes-personio.personio', {
			resource: 'absence',
			operation: 'getAll',
		});
		const options = await node.methods.loadOptions.getAbsenceTypeIds.call(context as never);
		expect(options.map(({ name, value }) => ({ name, value }))).toEqual([
			{ name: 'Type 1 (days)', value: v2Type(1).id },
			{ name: 'Type 2 (hours)', value: v2Type(2).id },
		]);
	});
});
