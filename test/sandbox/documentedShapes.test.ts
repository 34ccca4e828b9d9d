/**
 * The sandbox answers as Personio's reference pages document, not as the pack happens to send:
 * project members (post/get_v2-projects-id-members), compensations (post_v2-compensations) and the
 * recruiting lists (get_v2-recruiting-candidates, get_v2-recruiting-jobs). Sources: test/sandbox/README.md.
 */
import { auth, http0, openSandbox, v2Token } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let token: string;

beforeAll(async () => {
	({ sb } = await openSandbox({ employees: 20, seed: 3 }));
	token = await v2Token(sb.url);
});
afterAll(async () => {
	await sb.close();
});

const get = (path: string) => http0.get(`${sb.url}${path}`, auth(token));
const post = (path: string, body: unknown) => http0.post(`${sb.url}${path}`, body, auth(token));

describe('project members', () => {
	let project: string;
	beforeAll(async () => {
		const created = await post('/v2/projects', { name: 'Shapes', status: 'ACTIVE' });
		project = created.data.id;
	});

	it('accepts the list of {person: {id}} (one item or several)', async () => {
		expect(
			(await post(`/v2/projects/${project}/members`, [{ person: { id: '1000' } }])).status,
		).toBe(201);
		expect(
			(
				await post(`/v2/projects/${project}/members`, [
					{ person: { id: '1001' } },
					{ person: { id: 1002 } },
				])
			).status,
		).toBe(201);
	});

	// Unconfirmed body schema (README): every other shape it could be is refused.
	it.each([
		['an object around the list', { members: [{ person: { id: '1000' } }] }],
		['one member as an object', { person: { id: '1000' } }],
		['bare ids', ['1000']],
		['person_id keys', [{ person_id: '1000' }]],
		['items with other keys', [{ person: { id: '1000' }, role: 'lead' }]],
		['a person with other keys', [{ person: { id: '1000', name: 'x' } }]],
		['an empty list', []],
	])('refuses %s with 400', async (_what, body) => {
		expect((await post(`/v2/projects/${project}/members`, body)).status).toBe(400);
	});

	it('answers 422 "Invalid limit" for a list limit out of 1-200, as the reference page documents', async () => {
		const answer = await get(`/v2/projects/${project}/members?limit=300`);
		expect(answer.status).toBe(422);
		expect(answer.data.errors[0].title).toBe('Invalid limit');
		expect((await get(`/v2/projects/${project}/members?limit=200`)).status).toBe(200);
	});
});

describe('compensation create', () => {
	const body = (extra: Record<string, unknown>) => ({
		person: { id: '1000' },
		type: { id: 't1' },
		value: 10,
		effective_from: '2026-01-01',
		...extra,
	});

	it('accepts and keeps currency and interval', async () => {
		const answer = await post(
			'/v2/compensations',
			body({ currency: 'CHF', interval: 'QUARTERLY' }),
		);
		expect(answer.status).toBe(201);
		const stored = sb.state.compensations.find((c: Json) => c.id === answer.data.id);
		expect(stored).toMatchObject({ currency: 'CHF', interval: 'QUARTERLY' });
	});

	it.each([[{ currency: 'euro' }], [{ interval: 'WEEKLY' }], [{ interval: 'ONE_TIME' }]])(
		'refuses %j with 422',
		async (extra) => {
			expect((await post('/v2/compensations', body(extra))).status).toBe(422);
		},
	);
});

describe('recruiting lists', () => {
	it.each(['applications', 'candidates', 'jobs'])(
		'%s: default page 100, maximum 200',
		async (name) => {
			expect((await get(`/v2/recruiting/${name}?limit=200`)).status).toBe(200);
			expect((await get(`/v2/recruiting/${name}?limit=201`)).status).toBe(400);
			const first = await get(`/v2/recruiting/${name}`);
			expect(first.data._data.length).toBeLessThanOrEqual(100);
			if (first.data._meta.links.next)
				expect(first.data._meta.links.next.href).toContain('limit=100');
		},
	);

	it('categories apply no updated_at filter (none is documented)', async () => {
		const all = await get('/v2/recruiting/categories');
		const filtered = await get('/v2/recruiting/categories?updated_at.gt=2100-01-01T00:00:00Z');
		expect(filtered.data._data).toEqual(all.data._data);
	});
});
