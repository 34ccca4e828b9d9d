import nock from 'nock';

import { BASE_URL, fastRetries, loadOptionsContext } from '../helpers/harness';
import { node, run, tokenEndpoint, watchForRequests } from './absenceFixtures';

beforeAll(fastRetries);

const type = (id: number, name: string, unit: 'day' | 'hour') => ({
	type: 'TimeOffType',
	attributes: { id, name, category: 'paid_vacation', unit, approval_required: true },
});
const many = (from: number, count: number) => Array.from({ length: count }, (_, i) => type(from + i, `Type ${from + i}`, 'day'));

describe('Absence Type > Get Many', () => {
	it('Return All pages by record offset and simplifies', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v1/company/time-off-types').query({ limit: 200, offset: 0 }).reply(200, { success: true, data: many(1, 200) })
			.get('/v1/company/time-off-types').query({ limit: 200, offset: 200 }).reply(200, { success: true, data: many(201, 2) });
		const [items] = await run({ resource: 'absenceType', operation: 'getAll', returnAll: true, simplify: true });
		expect(items).toHaveLength(202);
		expect(items[0]).toEqual({
			json: { id: 1, name: 'Type 1', category: 'paid_vacation', unit: 'day', approval_required: true },
			pairedItem: { item: 0 },
		});
		expect(api.isDone()).toBe(true);
	});

	it('Limit asks only for what it needs; Simplify off keeps the raw records', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).get('/v1/company/time-off-types').query({ limit: 2, offset: 0 }).reply(200, { success: true, data: many(1, 2) });
		const [items] = await run({ resource: 'absenceType', operation: 'getAll', returnAll: false, limit: 2, simplify: false });
		expect(items.map((i) => i.json)).toEqual(many(1, 2));
		expect(api.isDone()).toBe(true);
	});

	it("maps a 403 to Personio's message", async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v1/company/time-off-types').query(true).reply(403, { success: false, error: { code: 403, message: 'Access denied: absences:read scope missing' } });
		const error = await run({ resource: 'absenceType', operation: 'getAll', returnAll: true, simplify: true }).catch((e) => e);
		expect(error.message).toBe('Access denied: absences:read scope missing');
		expect(error.httpCode).toBe('403');
	});

	it('refuses a Limit below 1 before any request', async () => {
		const watch = watchForRequests();
		await expect(run({ resource: 'absenceType', operation: 'getAll', returnAll: false, limit: 0, simplify: true })).rejects.toThrow(/Limit must be at least 1/);
		expect(watch.none()).toBe(true);
	});
});

describe('loadOptions getAbsenceTypes', () => {
	const types = [type(1, 'Paid vacation', 'day'), type(2, 'Doctor', 'hour'), type(3, 'Home office', 'day')];

	it.each([
		['days', [{ name: 'Home office (days)', value: 3 }, { name: 'Paid vacation (days)', value: 1 }]],
		['hours', [{ name: 'Doctor (hours)', value: 2 }]],
	])('lists only the types of the chosen unit (%s), unit in the label', async (unit, expected) => {
		tokenEndpoint();
		nock(BASE_URL).get('/v1/company/time-off-types').query(true).reply(200, { success: true, data: types });
		const context = loadOptionsContext(node, 'n8n-nodes-personio.personio', { resource: 'absence', operation: 'create', unit });
		const options = await node.methods.loadOptions.getAbsenceTypes.call(context as never);
		expect(options.map(({ name, value }) => ({ name, value }))).toEqual(expected);
	});
});
