/* eslint-disable */
import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { api, expectNoRequest, run, tokenEndpoint, v2Error, v2Page } from './helpers';

beforeAll(fastRetries);

describe('Organization', () => {
	it.each([
		['legalEntity', '/v2/legal-entities', false],
		['orgUnit', '/v2/org-units', false],
		['costCenter', '/v2/cost-centers', true],
		['workplace', '/v2/workplaces', true],
	])('Get Many of %s reads %s (Beta header: %s) across cursor pages', async (object, path, beta) => {
		tokenEndpoint();
		let scope = nock(BASE_URL, beta ? { reqheaders: { beta: 'true' } } : { badheaders: ['beta'] })
			.matchHeader('authorization', 'Bearer papi-token-1')
			.get(path).query({ limit: 50 }).reply(200, v2Page([{ id: 'a' }], 'p2', path))
			.get(path).query({ limit: 50, cursor: 'p2' }).reply(200, v2Page([{ id: 'b' }], undefined, path));
		const [items] = await run({ resource: 'organization', operation: 'getAll', object, returnAll: true });
		expect(items).toEqual([
			{ json: { id: 'a' }, pairedItem: { item: 0 } },
			{ json: { id: 'b' }, pairedItem: { item: 0 } },
		]);
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		['legalEntity', '/v2/legal-entities/le-1', false],
		['orgUnit', '/v2/org-units/le-1', false],
		['costCenter', '/v2/cost-centers/le-1', true],
		['workplace', '/v2/workplaces/le-1', true],
	])('Get of %s reads %s', async (object, path, beta) => {
		tokenEndpoint();
		const scope = nock(BASE_URL, beta ? { reqheaders: { beta: 'true' } } : { badheaders: ['beta'] })
			.get(path)
			.reply(200, { id: 'le-1', name: 'ACME GmbH' });
		const [items] = await run({ resource: 'organization', operation: 'get', object, id: 'le-1' });
		expect(items).toEqual([{ json: { id: 'le-1', name: 'ACME GmbH' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('filters org units by type and honours the Limit', async () => {
		tokenEndpoint();
		const scope = api().get('/v2/org-units').query({ type: 'team', limit: 2 }).reply(200, v2Page([{ id: 't1' }, { id: 't2' }], 'more', '/v2/org-units'));
		const [items] = await run({ resource: 'organization', operation: 'getAll', object: 'orgUnit', returnAll: false, limit: 2, filters: { type: 'team' } });
		expect(items.map((i) => i.json.id)).toEqual(['t1', 't2']);
		expect(scope.isDone()).toBe(true);
	});

	it('maps a 403 (missing scope) to a clear message', async () => {
		tokenEndpoint();
		api().get('/v2/legal-entities').query(true).reply(403, v2Error('Forbidden', 'The token is missing the scope personio:legal-entities:read.'));
		const error = await run({ resource: 'organization', operation: 'getAll', object: 'legalEntity', returnAll: true }).catch((e) => e);
		expect(error.message).toMatch(/missing the scope|Forbidden|not allowed/);
		expect(error.httpCode).toBe('403');
	});

	it('refuses an unsafe ID before any request', async () => {
		const scope = tokenEndpoint();
		await expect(run({ resource: 'organization', operation: 'get', object: 'workplace', id: 'a/b' })).rejects.toThrow(/^ID must be an ID/);
		expectNoRequest(scope);
	});
});

describe('Applicant (recruiting reads)', () => {
	it.each([
		['application', '/v2/recruiting/applications'],
		['candidate', '/v2/recruiting/candidates'],
		['job', '/v2/recruiting/jobs'],
		['category', '/v2/recruiting/categories'],
	])('Get Many of %s pages %s with updated_at filters and stops on a repeated cursor', async (object, path) => {
		tokenEndpoint();
		const qs = { limit: 50, 'updated_at.gt': '2024-01-01T00:00:00Z', 'updated_at.lt': '2024-06-01T00:00:00Z' };
		const scope = api()
			.get(path).query(qs).reply(200, v2Page([{ id: '1' }, { id: '2' }], 'same', path))
			.get(path).query({ ...qs, cursor: 'same' }).reply(200, v2Page([{ id: '3' }], 'same', path));
		const [items] = await run({
			resource: 'applicant',
			operation: 'getAll',
			object,
			returnAll: true,
			filters: { updatedAfter: '2024-01-01T00:00:00Z', updatedBefore: '2024-06-01T00:00:00Z' },
		});
		expect(items.map((i) => i.json.id)).toEqual(['1', '2', '3']);
		expect(scope.isDone()).toBe(true);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it.each([
		['application', '/v2/recruiting/applications/77'],
		['candidate', '/v2/recruiting/candidates/77'],
		['job', '/v2/recruiting/jobs/77'],
		['category', '/v2/recruiting/categories/77'],
	])('Get of %s reads %s', async (object, path) => {
		tokenEndpoint();
		const scope = api().get(path).reply(200, { id: '77', name: 'x' });
		const [items] = await run({ resource: 'applicant', operation: 'get', object, id: '77' });
		expect(items).toEqual([{ json: { id: '77', name: 'x' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('maps a 404 on Get', async () => {
		tokenEndpoint();
		api().get('/v2/recruiting/jobs/404').reply(404, v2Error('Not found', 'The requested resource was not found.'));
		const error = await run({ resource: 'applicant', operation: 'get', object: 'job', id: '404' }).catch((e) => e);
		expect(error.message).toMatch(/The requested resource was not found|Not found/);
	});

	it('refuses a bad Updated After before any request', async () => {
		const scope = tokenEndpoint();
		await expect(run({ resource: 'applicant', operation: 'getAll', object: 'job', returnAll: true, filters: { updatedAfter: 'yesterday' } })).rejects.toThrow(
			/Filters > Updated After must be a date-time/,
		);
		expectNoRequest(scope);
	});
});
