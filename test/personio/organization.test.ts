import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
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

describe('Organization', () => {
	it.each([
		['legalEntity', '/v2/legal-entities', {}],
		['orgUnit', '/v2/org-units', { type: 'department' }],
		['costCenter', '/v2/cost-centers', {}],
		['workplace', '/v2/workplaces', {}],
	])(
		'Get Many of %s reads %s across cursor pages, without a Beta header',
		async (object, path, scopeQuery) => {
			tokenEndpoint();
			const scope = nock(BASE_URL, { badheaders: ['beta'] })
				.matchHeader('authorization', 'Bearer papi-token-1')
				.get(path)
				.query({ ...scopeQuery, limit: 50 })
				.reply(200, v2Page([{ id: 'a' }], 'p2', path))
				.get(path)
				.query({ ...scopeQuery, limit: 50, cursor: 'p2' })
				.reply(200, v2Page([{ id: 'b' }], undefined, path));
			const [items] = await run({
				resource: 'organization',
				operation: 'getAll',
				object,
				returnAll: true,
			});
			expect(items).toEqual([
				{ json: { id: 'a' }, pairedItem: { item: 0 } },
				{ json: { id: 'b' }, pairedItem: { item: 0 } },
			]);
			expect(scope.isDone()).toBe(true);
		},
	);

	it.each([
		['legalEntity', '/v2/legal-entities/le-1', {}],
		['orgUnit', '/v2/org-units/le-1', { type: 'team' }],
	])('Get of %s reads %s', async (object, path, query) => {
		tokenEndpoint();
		const scope = nock(BASE_URL, { badheaders: ['beta'] })
			.get(path)
			.query(query)
			.reply(200, { id: 'le-1', name: 'ACME GmbH' });
		const [items] = await run({
			resource: 'organization',
			operation: 'get',
			object,
			id: 'le-1',
			orgUnitType: 'team',
		});
		expect(items).toEqual([{ json: { id: 'le-1', name: 'ACME GmbH' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	// Only the list endpoints were announced (reference pages listcostcenters, listworkplaces).
	it.each([
		['costCenter', '/v2/cost-centers'],
		['workplace', '/v2/workplaces'],
	])('Get of %s reads %s filtered by id, without a Beta header', async (object, path) => {
		tokenEndpoint();
		const scope = nock(BASE_URL, { badheaders: ['beta'] })
			.get(path)
			.query({ id: '42', limit: 50 })
			.reply(200, v2Page([{ id: 42, name: 'Berlin' }], undefined, path));
		const [items] = await run({ resource: 'organization', operation: 'get', object, id: '42' });
		expect(items).toEqual([{ json: { id: 42, name: 'Berlin' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('says so when the filtered list holds no record with the ID', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/workplaces')
			.query(true)
			.reply(200, v2Page([], undefined, '/v2/workplaces'));
		await expect(
			run({ resource: 'organization', operation: 'get', object: 'workplace', id: '9' }),
		).rejects.toThrow(/Personio has no workplace with the ID 9/);
	});

	it('sends the org unit Type on Get Many and honours the Limit', async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v2/org-units')
			.query({ type: 'team', limit: 2 })
			.reply(200, v2Page([{ id: 't1' }, { id: 't2' }], 'more', '/v2/org-units'));
		const [items] = await run({
			resource: 'organization',
			operation: 'getAll',
			object: 'orgUnit',
			returnAll: false,
			limit: 2,
			orgUnitType: 'team',
		});
		expect(items.map((i) => i.json.id)).toEqual(['t1', 't2']);
		expect(scope.isDone()).toBe(true);
	});

	it('refuses an org unit Type Personio does not know before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({
				resource: 'organization',
				operation: 'get',
				object: 'orgUnit',
				id: '1',
				orgUnitType: 'squad',
			}),
		).rejects.toThrow(/^Type must be one of department, team/);
		expectNoRequest(scope);
	});

	it('maps a 403 (missing scope) to a clear message', async () => {
		tokenEndpoint();
		api()
			.get('/v2/legal-entities')
			.query(true)
			.reply(
				403,
				v2Error('Forbidden', 'The token is missing the scope personio:legal-entities:read.'),
			);
		const error = await run({
			resource: 'organization',
			operation: 'getAll',
			object: 'legalEntity',
			returnAll: true,
		}).catch((e) => e);
		expect(error.message).toMatch(/missing the scope|Forbidden|not allowed/);
		expect(error.httpCode).toBe('403');
	});

	it('refuses an unsafe ID before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({ resource: 'organization', operation: 'get', object: 'workplace', id: 'a/b' }),
		).rejects.toThrow(/^ID must be an ID/);
		expectNoRequest(scope);
	});
});

describe('Recruiting (applications, candidates, jobs, categories)', () => {
	it.each([
		['application', '/v2/recruiting/applications', 'updatedAfter', 'updated_at.gt'],
		['candidate', '/v2/recruiting/candidates', 'updatedBefore', 'updated_at.lt'],
		['job', '/v2/recruiting/jobs', 'updatedAfter', 'updated_at.gt'],
	])(
		'Get Many of %s pages %s with %s, 200 per page (the documented maximum), and stops on a repeated cursor',
		async (object, path, filter, key) => {
			tokenEndpoint();
			const qs = { limit: 200, [key]: '2024-01-01T00:00:00Z' };
			const scope = api()
				.get(path)
				.query(qs)
				.reply(200, v2Page([{ id: '1' }, { id: '2' }], 'same', path))
				.get(path)
				.query({ ...qs, cursor: 'same' })
				.reply(200, v2Page([{ id: '3' }], 'same', path));
			const [items] = await run({
				resource: 'recruiting',
				operation: 'getAll',
				object,
				returnAll: true,
				filters: { [filter]: '2024-01-01T00:00:00Z' },
			});
			expect(items.map((i) => i.json.id)).toEqual(['1', '2', '3']);
			expect(scope.isDone()).toBe(true);
			expect(nock.pendingMocks()).toHaveLength(0);
		},
	);

	it('Get Many of category offers no filters: /v2/recruiting/categories documents none', async () => {
		tokenEndpoint();
		const path = '/v2/recruiting/categories';
		const scope = api()
			.get(path)
			.query({ limit: 200 })
			.reply(200, v2Page([{ id: '1', name: 'Engineering' }], undefined, path));
		const [items] = await run({
			resource: 'recruiting',
			operation: 'getAll',
			object: 'category',
			returnAll: true,
			filters: { updatedAfter: '2024-01-01T00:00:00Z' },
		});
		expect(items.map((i) => i.json.id)).toEqual(['1']);
		expect(scope.isDone()).toBe(true);
		const filters = node.description.properties.filter(
			(p) =>
				p.name === 'filters' &&
				(p.displayOptions?.show?.resource ?? []).includes('recruiting') &&
				(p.displayOptions?.show?.object ?? []).includes('category'),
		);
		expect(filters).toEqual([]);
	});

	// Personio's recruiting lists refuse updated_at.gt together with updated_at.lt.
	it.each(['application', 'candidate', 'job'])(
		'refuses Updated After with Updated Before on %s before any request',
		async (object) => {
			const scope = tokenEndpoint();
			const error = await run({
				resource: 'recruiting',
				operation: 'getAll',
				object,
				returnAll: true,
				filters: { updatedAfter: '2024-01-01T00:00:00Z', updatedBefore: '2024-06-01T00:00:00Z' },
			}).catch((e) => e);
			expect(error.message).toMatch(/Filters > Updated After/);
			expect(error.message).toMatch(/Filters > Updated Before/);
			expectNoRequest(scope);
		},
	);

	it.each([
		['application', '/v2/recruiting/applications/77'],
		['candidate', '/v2/recruiting/candidates/77'],
		['job', '/v2/recruiting/jobs/77'],
		['category', '/v2/recruiting/categories/77'],
	])('Get of %s reads %s', async (object, path) => {
		tokenEndpoint();
		const scope = api().get(path).reply(200, { id: '77', name: 'x' });
		const [items] = await run({ resource: 'recruiting', operation: 'get', object, id: '77' });
		expect(items).toEqual([{ json: { id: '77', name: 'x' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('maps a 404 on Get', async () => {
		tokenEndpoint();
		api()
			.get('/v2/recruiting/jobs/404')
			.reply(404, v2Error('Not found', 'The requested resource was not found.'));
		const error = await run({
			resource: 'recruiting',
			operation: 'get',
			object: 'job',
			id: '404',
		}).catch((e) => e);
		expect(error.message).toMatch(/The requested resource was not found|Not found/);
	});

	it('refuses a bad Updated After before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({
				resource: 'recruiting',
				operation: 'getAll',
				object: 'job',
				returnAll: true,
				filters: { updatedAfter: 'yesterday' },
			}),
		).rejects.toThrow(/Filters > Updated After must be a date-time/);
		expectNoRequest(scope);
	});
});
