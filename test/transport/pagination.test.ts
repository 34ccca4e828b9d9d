import nock from 'nock';

import { Personio } from '../../nodes/Personio/Personio.node';
import { pagingLimits, personioRequestAllItems } from '../../nodes/shared/transport';
import { BASE_URL, defaultCredentials, executeContext, fastRetries } from '../helpers/harness';
import { tokenEndpoint } from '../helpers/personioNode';
import type { Json } from '../helpers/json';

beforeAll(fastRetries);

const context = () =>
	executeContext({
		nodeType: new Personio(),
		typeName: 'n8n-nodes-personio.personio',
		parameters: {},
		credentials: defaultCredentials(),
	});
const token = () => tokenEndpoint(1, { accessToken: 'papi-t' });
const ids = (records: Array<{ id: number }>) => records.map((r) => r.id);

/** A v1 list served from `rows`, with record or page offsets; `onRequest` may change rows between requests. */
function v1List(
	route: string,
	rows: Array<{ id: number }>,
	offset: 'record' | 'page',
	onRequest: (n: number) => void = () => {},
) {
	const asked: Array<{ limit: number; offset: number }> = [];
	nock(BASE_URL)
		.get(route)
		.query(true)
		.times(1000)
		.reply((uri) => {
			const query = new URL(uri, BASE_URL).searchParams;
			const limit = Number(query.get('limit'));
			const at = Number(query.get('offset'));
			asked.push({ limit, offset: at });
			onRequest(asked.length);
			const start = offset === 'record' ? at : (Math.max(at, 1) - 1) * limit;
			const data = rows.slice(start, start + limit);
			const metadata = {
				total_elements: rows.length,
				total_pages: Math.ceil(rows.length / limit),
				current_page: at,
			};
			return [200, { success: true, metadata, data }];
		});
	return asked;
}

describe('a v1 list that changes while it is read, with a finite Limit', () => {
	for (const offset of ['record', 'page'] as const) {
		for (const max of [150, 250, 1000]) {
			it(`${offset} offsets, Limit ${max}: a deletion mid-read loses nothing that stayed and repeats nothing`, async () => {
				token();
				const rows = Array.from({ length: 480 }, (_, i) => ({ id: i + 1 }));
				const survivors = rows.filter((row) => row.id !== 5).map((row) => row.id);
				// After the first page is read, record 5 is deleted: every later record moves one place up.
				v1List('/v1/company/employees', rows, offset, (n) => {
					if (n === 2) rows.splice(4, 1);
				});
				const read = ids(
					(await personioRequestAllItems.call(
						context(),
						{ path: '/v1/company/employees' },
						{ style: 'offset', offset, pageSize: 100 },
						max,
					)) as Array<{ id: number }>,
				);
				// The first `max` records of the list as it stands: nothing in between skipped, nothing twice.
				expect(read).toEqual(survivors.slice(0, max));
			});
		}
	}

	it('record offsets: the second pass asks for full pages from where the last page ended, skipping nothing', async () => {
		token();
		const rows = Array.from({ length: 200 }, (_, i) => ({ id: i + 1 }));
		const asked = v1List('/v1/company/employees', rows, 'record', (n) => {
			if (n === 2) rows.splice(4, 1);
		});
		const read = ids(
			(await personioRequestAllItems.call(
				context(),
				{ path: '/v1/company/employees' },
				{ style: 'offset', offset: 'record', pageSize: 100 },
				250,
			)) as Array<{ id: number }>,
		);
		expect(read).toEqual(rows.map((row) => row.id));
		// First read: 0/100, 100/100 (short, the list changed); the second from the start: 0/100, 100/100.
		expect(asked).toEqual([
			{ offset: 0, limit: 100 },
			{ offset: 100, limit: 100 },
			{ offset: 0, limit: 100 },
			{ offset: 100, limit: 100 },
		]);
	});
});

describe('progress guards', () => {
	it('stops with a clear error when a full page brings no new record (a server that ignores offset)', async () => {
		token();
		const page = Array.from({ length: 100 }, (_, i) => ({ id: i + 1 }));
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			.query(true)
			.times(100)
			.reply(200, { success: true, data: page });
		const error: Json = await personioRequestAllItems
			.call(
				context(),
				{ path: '/v1/company/employees' },
				{ style: 'offset', offset: 'record', pageSize: 100 },
			)
			.catch((e) => e);
		expect(error.message).toMatch(/Personio sent the same page again after 100 records/);
		expect(100 - (api as Json).interceptors[0].counter).toBe(2);
	});

	it('stops after a capped number of pages of one read', async () => {
		const MAX_PAGES = 50;
		const saved = pagingLimits.maxPages;
		pagingLimits.maxPages = MAX_PAGES;
		token();
		let next = 0;
		nock(BASE_URL)
			.get('/v2/persons')
			.query(true)
			.times(MAX_PAGES + 5)
			.reply(() => {
				next++;
				return [
					200,
					{
						_data: [{ id: `p${next}` }],
						_meta: { links: { next: { href: `/v2/persons?cursor=c${next}` } } },
					},
				];
			});
		const error: Json = await personioRequestAllItems
			.call(context(), { path: '/v2/persons' }, { style: 'cursor', pageSize: 1 })
			.catch((e) => e);
		expect(error.message).toMatch(
			new RegExp(`Stopped after ${MAX_PAGES} pages \\(${MAX_PAGES} records\\)`),
		);
		expect(next).toBe(MAX_PAGES);
		pagingLimits.maxPages = saved;
	});

	it('follows relative and absolute next links alike', async () => {
		token();
		nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query({ limit: 2 })
			.reply(200, {
				_data: [{ id: 'a' }, { id: 'b' }],
				_meta: { links: { next: { href: `${BASE_URL}/v2/attendance-periods?cursor=c1&limit=2` } } },
			})
			.get('/v2/attendance-periods')
			.query({ limit: 2, cursor: 'c1' })
			.reply(200, {
				_data: [{ id: 'c' }, { id: 'd' }],
				_meta: { links: { next: { href: '/v2/attendance-periods?cursor=c2' } } },
			})
			.get('/v2/attendance-periods')
			.query({ limit: 2, cursor: 'c2' })
			.reply(200, { _data: [{ id: 'e' }], _meta: { links: {} } });
		const read = await personioRequestAllItems.call(
			context(),
			{ path: '/v2/attendance-periods' },
			{ style: 'cursor', pageSize: 2 },
		);
		expect(read.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});
