import nock from 'nock';

import { Personio } from '../../nodes/Personio/Personio.node';
import { paginate, path, personioRequestAllItems } from '../../nodes/shared/transport';
import { BASE_URL, defaultCredentials, executeContext, fastRetries } from '../helpers/harness';
import { tokenEndpoint } from '../helpers/personioNode';
import type { Json } from '../helpers/json';

let credentials = defaultCredentials();
beforeEach(() => {
	credentials = defaultCredentials();
});
const context = (extra: { abortSignal?: AbortSignal } = {}) =>
	executeContext({
		nodeType: new Personio(),
		typeName: 'n8n-nodes-personio.personio',
		parameters: {},
		credentials,
		...extra,
	});

const token = () => tokenEndpoint(1, { accessToken: 'papi-t' });
const records = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => ({ id: from + i }));

beforeAll(fastRetries);

describe('path()', () => {
	it('encodes every parameter so no value can change the path', () => {
		expect(path('/v1/company/time-offs/{id}', { id: '../employees?x=1#y' })).toBe(
			'/v1/company/time-offs/..%2Femployees%3Fx%3D1%23y',
		);
		expect(path('/v1/a/{id}', { id: '%2F' })).toBe('/v1/a/%252F');
		expect(() => path('/v1/a/{id}', {})).toThrow(/Missing path parameter id/);
	});
});

describe('pagination', () => {
	it('v1 page numbers start at 1 and stop at metadata.total_pages without an extra request', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v1/company/time-offs')
			.query({ limit: 2, offset: 1 })
			.reply(200, {
				success: true,
				metadata: { total_pages: 2, current_page: 1 },
				data: records(1, 2),
			})
			.get('/v1/company/time-offs')
			.query({ limit: 2, offset: 2 })
			.reply(200, {
				success: true,
				metadata: { total_pages: 2, current_page: 2 },
				data: records(3, 2),
			});
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v1/company/time-offs' },
			{ style: 'offset', offset: 'page', pageSize: 2 },
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4]);
		expect(api.isDone()).toBe(true);
	});

	it('a record offset that Personio repeats yields each record once', async () => {
		token();
		nock(BASE_URL)
			.get('/v1/company/attendances')
			.query({ limit: 2, offset: 0 })
			.reply(200, { success: true, data: records(1, 2) })
			.get('/v1/company/attendances')
			.query({ limit: 2, offset: 2 })
			.reply(200, { success: true, data: records(2, 2) })
			.get('/v1/company/attendances')
			.query({ limit: 2, offset: 4 })
			.reply(200, { success: true, data: records(4, 1) });
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v1/company/attendances' },
			{ style: 'offset', offset: 'record', pageSize: 2 },
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4]);
	});

	it('page numbers keep the page size when a Limit is reached on a later page', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v1/company/time-offs')
			.query({ limit: 3, offset: 1 })
			.reply(200, { success: true, data: records(1, 3) })
			.get('/v1/company/time-offs')
			.query({ limit: 3, offset: 2 })
			.reply(200, { success: true, data: records(4, 3) });
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v1/company/time-offs' },
			{ style: 'offset', offset: 'page', pageSize: 3 },
			5,
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
		expect(api.isDone()).toBe(true);
	});

	it('v2 cursors follow _meta.links.next (absolute or relative) and stop on a repeated cursor', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v2/persons')
			.query({ limit: 50 })
			.reply(200, {
				_data: records(1, 2),
				_meta: { links: { next: { href: `${BASE_URL}/v2/persons?cursor=abc&limit=50` } } },
			})
			.get('/v2/persons')
			.query({ limit: 50, cursor: 'abc' })
			.reply(200, {
				_data: records(3, 2),
				_meta: { links: { next: { href: '/v2/persons?cursor=def' } } },
			})
			.get('/v2/persons')
			.query({ limit: 50, cursor: 'def' })
			.reply(200, {
				_data: records(5, 1),
				_meta: { links: { next: { href: '/v2/persons?cursor=def' } } },
			});
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v2/persons' },
			{ style: 'cursor', pageSize: 50 },
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
		expect(api.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('fails clearly, instead of looping or returning a silent part, when a full page repeats its cursor', async () => {
		token();
		nock(BASE_URL)
			.get('/v2/persons')
			.query({ limit: 2 })
			.reply(200, {
				_data: records(1, 2),
				_meta: { links: { next: { href: '/v2/persons?cursor=abc' } } },
			})
			.get('/v2/persons')
			.query({ limit: 2, cursor: 'abc' })
			.reply(200, {
				_data: records(3, 2),
				_meta: { links: { next: { href: '/v2/persons?cursor=abc' } } },
			});
		const error: Json = await personioRequestAllItems
			.call(context(), { path: '/v2/persons' }, { style: 'cursor', pageSize: 2 })
			.catch((e: Json) => e);
		expect(error.message).toBe(
			'Personio repeated a page cursor after 4 records, so the list could not be read to the end',
		);
	});

	it('reads a v1 list once more when it changed while it was read, without repeating records', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 0 })
			.reply(200, { success: true, metadata: { total_elements: 5 }, data: records(1, 2) })
			// Record 2 was deleted meanwhile: record 3 slid onto the page already read.
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 2 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [{ id: 4 }, { id: 5 }] })
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 4 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [] })
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 0 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [{ id: 1 }, { id: 3 }] })
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 2 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [{ id: 4 }, { id: 5 }] })
			.get('/v1/company/employees')
			.query({ limit: 2, offset: 4 })
			.reply(200, { success: true, metadata: { total_elements: 4 }, data: [] });
		const all = await personioRequestAllItems.call(
			context(),
			{ path: '/v1/company/employees' },
			{ style: 'offset', offset: 'record', pageSize: 2 },
		);
		expect(all.map((r) => r.id)).toEqual([1, 2, 4, 5, 3]);
		expect(api.isDone()).toBe(true);
	});

	it('streams pages and stops requesting once the limit is reached', async () => {
		token();
		const api = nock(BASE_URL)
			.get('/v2/persons')
			.query({ limit: 2 })
			.reply(200, {
				_data: records(1, 2),
				_meta: { links: { next: { href: '/v2/persons?cursor=x' } } },
			});
		const pages = [];
		for await (const page of paginate.call(
			context(),
			{ path: '/v2/persons' },
			{ style: 'cursor', pageSize: 50 },
			2,
		))
			pages.push(page);
		expect(pages).toEqual([records(1, 2)]);
		expect(api.isDone()).toBe(true);
	});
});
