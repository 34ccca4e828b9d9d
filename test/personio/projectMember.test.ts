/** Project Member: Get Many, Add and Remove. */
import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { run, tokenEndpoint, watchForRequests } from './absenceFixtures';
import { rl } from './projectFixtures';
import { linkedPage } from '../helpers/personioNode';

beforeAll(fastRetries);

describe('Project Member', () => {
	it('Get Many reads the members of a project', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/projects/9/members')
			.query({ limit: 100 })
			.reply(
				200,
				linkedPage([{ person: { id: '7' } }], `${BASE_URL}/v2/projects/9/members?cursor=m2`),
			)
			.get('/v2/projects/9/members')
			.query({ limit: 100, cursor: 'm2' })
			.reply(200, linkedPage([{ person: { id: '8' } }]));
		const [items] = await run({
			resource: 'projectMember',
			operation: 'getAll',
			projectId: rl('9'),
			returnAll: true,
		});
		expect(items.map((i) => i.json)).toEqual([{ person: { id: '7' } }, { person: { id: '8' } }]);
		expect(api.isDone()).toBe(true);
	});

	it('Add posts a list with one person and outputs the membership', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.post('/v2/projects/9/members', [{ person: { id: '7' } }])
			.reply(201, {});
		const [items] = await run({
			resource: 'projectMember',
			operation: 'add',
			projectId: rl('9'),
			personId: rl('7'),
		});
		expect(items).toEqual([
			{ json: { project_id: '9', person_id: '7', added: true }, pairedItem: { item: 0 } },
		]);
		expect(api.isDone()).toBe(true);
	});

	it('Remove names the person in the query (without it Personio removes everyone)', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.delete('/v2/projects/9/members')
			.query({ person_id: '7' })
			.reply(204);
		const [items] = await run({
			resource: 'projectMember',
			operation: 'remove',
			projectId: rl('9'),
			personId: rl('7'),
		});
		expect(items).toEqual([
			{ json: { project_id: '9', person_id: '7', removed: true }, pairedItem: { item: 0 } },
		]);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[{ personId: rl('') }, /Person must be set/],
		[{ personId: rl('7&person_id=8') }, /Person must be an ID/],
		[{ projectId: rl('') }, /Project must be set/],
	])('Remove refuses %j before any request', async (parameters, message) => {
		const watch = watchForRequests();
		await expect(
			run({
				resource: 'projectMember',
				operation: 'remove',
				projectId: rl('9'),
				personId: rl('7'),
				...parameters,
			}),
		).rejects.toThrow(message);
		expect(watch.none()).toBe(true);
	});
});
