/** Project: Get Many, Get, Create, Update, Delete and the project locator list. */
import nock from 'nock';

import { BASE_URL, fastRetries, loadOptionsContext } from '../helpers/harness';
import { node, run, tokenEndpoint, watchForRequests } from './absenceFixtures';
import { project, rl } from './projectFixtures';
import { linkedPage } from '../helpers/personioNode';

beforeAll(fastRetries);

describe('Project > Get Many (v2 projects)', () => {
	it('sends the filters and follows relative and absolute next links', async () => {
		tokenEndpoint();
		const qs = {
			limit: 100,
			name: 'Apollo,Gemini',
			project_code: 'PRJ-1',
			status: 'ARCHIVED',
			top_level_only: 'true',
		};
		const api = nock(BASE_URL)
			.get('/v2/projects')
			.query(qs)
			.reply(200, linkedPage([project('1', 'Apollo')], '/v2/projects?cursor=p2'))
			.get('/v2/projects')
			.query({ ...qs, cursor: 'p2' })
			.reply(200, linkedPage([project('2', 'Gemini')], `${BASE_URL}/v2/projects?cursor=p3`))
			.get('/v2/projects')
			.query({ ...qs, cursor: 'p3' })
			.reply(200, linkedPage([]));
		const [items] = await run({
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			filters: {
				name: 'Apollo,Gemini',
				projectCode: 'PRJ-1',
				status: 'ARCHIVED',
				topLevelOnly: true,
			},
		});
		expect(items.map((i) => i.json.name)).toEqual(['Apollo', 'Gemini']);
		expect(api.isDone()).toBe(true);
	});

	it('lists the sub-projects of a parent', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/projects')
			.query({ limit: 3, 'parent_project.id': '9' })
			.reply(200, linkedPage([project('10', 'Sub')]));
		const [items] = await run({
			resource: 'project',
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			filters: { parentProjectId: '9', topLevelOnly: false },
		});
		expect(items).toHaveLength(1);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[
			{ parentProjectId: '9', topLevelOnly: true },
			/Filters > Top Level Only must be off when Filters > Parent Project ID is set/,
		],
		[{ status: 'DONE' }, /Filters > Status must be one of ACTIVE, ARCHIVED/],
		[{ parentProjectId: '../9' }, /Filters > Parent Project ID must be an ID/],
	])('refuses %j before any request', async (filters, message) => {
		const watch = watchForRequests();
		await expect(
			run({ resource: 'project', operation: 'getAll', returnAll: true, filters }),
		).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});

describe('Project > Get, Create, Update, Delete', () => {
	it('Get reads one project', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/projects/82173')
			.reply(200, { _data: project('82173', 'Apollo') });
		const [items] = await run({ resource: 'project', operation: 'get', projectId: rl('82173') });
		expect(items[0].json).toEqual(project('82173', 'Apollo'));
		expect(api.isDone()).toBe(true);
	});

	it("Create sends only the fields given, in Personio's shapes, and outputs them with the new id", async () => {
		tokenEndpoint();
		const body = {
			name: 'Apollo',
			status: 'ACTIVE',
			project_code: 'PRJ-1',
			description: 'Moon',
			cost_center: { id: 'cc-1' },
			billable: true,
			client_name: 'NASA',
			project_type: 'External',
			start: { date: '2025-01-01' },
			end: { date: '2026-01-01' },
		};
		const api = nock(BASE_URL)
			.post('/v2/projects', body)
			.reply(201, { id: '82173', _meta: { links: {} } });
		const [items] = await run({
			resource: 'project',
			operation: 'create',
			name: 'Apollo',
			status: 'ACTIVE',
			additionalFields: {
				projectCode: 'PRJ-1',
				description: 'Moon',
				costCenterId: 'cc-1',
				billable: true,
				clientName: 'NASA',
				projectType: 'External',
				startDate: '2025-01-01',
				endDate: '2026-01-01T00:00:00',
			},
		});
		expect(items).toEqual([{ json: { ...body, id: '82173' }, pairedItem: { item: 0 } }]);
		expect(api.isDone()).toBe(true);
	});

	it('Create of a sub-project sends parent_project', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post('/v2/projects', { name: 'Sub', status: 'ACTIVE', parent_project: { id: '9' } })
			.reply(201, { id: '10' });
		const [items] = await run({
			resource: 'project',
			operation: 'create',
			name: 'Sub',
			status: 'ACTIVE',
			additionalFields: { parentProjectId: '9' },
		});
		expect(items[0].json).toEqual({
			name: 'Sub',
			status: 'ACTIVE',
			parent_project: { id: '9' },
			id: '10',
		});
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[{ name: '' }, /Name must be set/],
		[{ name: 'x'.repeat(256) }, /Name must be at most 255 characters/],
		[{ status: 'OPEN' }, /Status must be one of ACTIVE, ARCHIVED/],
		[
			{ additionalFields: { startDate: '2025-02-01', endDate: '2025-01-01' } },
			/Additional Fields > End Date must be on or after Additional Fields > Start Date/,
		],
		[
			{ additionalFields: { parentProjectId: '9', billable: true } },
			/Additional Fields > Billable must be left out for a sub-project/,
		],
		[
			{ additionalFields: { parentProjectId: '9', costCenterId: 'c' } },
			/Additional Fields > Cost Center ID must be left out for a sub-project/,
		],
		[
			{ additionalFields: { description: 'x'.repeat(1001) } },
			/Additional Fields > Description must be at most 1000 characters/,
		],
		[
			{ additionalFields: { costCenterId: 'a/b' } },
			/Additional Fields > Cost Center ID must be an ID/,
		],
	])('Create refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(
			run({
				resource: 'project',
				operation: 'create',
				name: 'Apollo',
				status: 'ACTIVE',
				additionalFields: {},
				...parameters,
			}),
		).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});

	it('Update patches the given fields and outputs them (Personio answers 204)', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.patch('/v2/projects/82173', { status: 'ARCHIVED', assigned_to_all: true })
			.reply(204);
		const [items] = await run({
			resource: 'project',
			operation: 'update',
			projectId: rl('82173'),
			updateFields: { status: 'ARCHIVED', assignedToAll: true },
		});
		expect(items).toEqual([
			{
				json: { id: '82173', updated: true, status: 'ARCHIVED', assigned_to_all: true },
				pairedItem: { item: 0 },
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('Update refuses an empty change before any request', async () => {
		const watch = watchForRequests();
		await expect(
			run({ resource: 'project', operation: 'update', projectId: rl('1'), updateFields: {} }),
		).rejects.toThrow(/Update Fields must be given/);
		expect(watch.none()).toBe(true);
	});

	it("Delete outputs what was deleted; a 404 keeps Personio's detail", async () => {
		tokenEndpoint(2);
		const api = nock(BASE_URL)
			.delete('/v2/projects/82173')
			.reply(204)
			.delete('/v2/projects/5')
			.reply(404, {
				errors: [
					{ title: 'Resource not found', detail: 'There is no resource for the specified id.' },
				],
			});
		const [items] = await run({ resource: 'project', operation: 'delete', projectId: rl('82173') });
		expect(items).toEqual([{ json: { id: '82173', deleted: true }, pairedItem: { item: 0 } }]);
		const error = await run({ resource: 'project', operation: 'delete', projectId: rl('5') }).catch(
			(e) => e,
		);
		expect(error.httpCode).toBe('404');
		expect(api.isDone()).toBe(true);
	});

	it('refuses a project ID that would change the path', async () => {
		const watch = watchForRequests();
		await expect(
			run({ resource: 'project', operation: 'delete', projectId: rl('1/../2') }),
		).rejects.toThrow(/Project must be an ID/);
		expect(watch.none()).toBe(true);
	});
});

describe('searchProjects (project locator list)', () => {
	it('matches name and code on one page and hands on the cursor of an absolute next link', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/projects')
			.query({ limit: 100 })
			.reply(
				200,
				linkedPage(
					[
						project('1', 'Apollo', { project_code: 'AP' }),
						project('2', 'Gemini', { status: 'ARCHIVED' }),
					],
					`${BASE_URL}/v2/projects?cursor=n2&limit=100`,
				),
			);
		const context = loadOptionsContext(node, 'n8n-nodes-personio.personio');
		const result = await node.methods!.listSearch!.searchProjects.call(context, 'ap');
		expect(result).toEqual({
			results: [{ name: 'Apollo (AP)', value: '1' }],
			paginationToken: 'n2',
		});
	});
});
