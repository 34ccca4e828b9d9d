/** One job: Job > Get by ID, and the job search of the resource locator's list mode. */
import { fastRetries, loadOptionsContext } from '../helpers/harness';
import { FEED_DE, FEED_EN } from './fixtures';
import { feed, FIRST_JOB, node, run, TYPE } from './jobFixtures';

beforeAll(fastRetries);

describe('Job > Get', () => {
	it('returns the job with this ID', async () => {
		feed('en', FEED_EN);
		const [items] = await run({
			resource: 'job',
			operation: 'get',
			jobPositionId: { mode: 'id', value: '1001' },
			language: 'en',
		});
		expect(items).toEqual([{ json: FIRST_JOB, pairedItem: { item: 0 } }]);
	});

	it('says when the job is not (or no longer) published', async () => {
		feed('en', FEED_EN);
		const error = await run({
			resource: 'job',
			operation: 'get',
			jobPositionId: { mode: 'id', value: '999' },
			language: 'en',
		}).catch((e) => e);
		expect(error.message).toBe('No open job with ID 999 is published on the careers page');
	});

	it('refuses a non-numeric ID before any request', async () => {
		const error = await run({
			resource: 'job',
			operation: 'get',
			jobPositionId: { mode: 'id', value: 'abc' },
			language: 'en',
		}).catch((e) => e);
		expect(error.message).toMatch(/Job Position must be a positive whole number/);
	});

	it('with Continue On Fail, a missing job becomes an error item paired with its input', async () => {
		feed('en', FEED_EN).persist();
		const [items] = await run(
			{
				resource: 'job',
				operation: 'get',
				jobPositionId: { mode: 'id', value: '={{ $json.id }}' },
				language: 'en',
			},
			{ continueOnFail: true, items: [{ json: { id: 1002 } }, { json: { id: 5 } }] },
		);
		expect(items[0]).toMatchObject({ json: { id: 1002 }, pairedItem: { item: 0 } });
		expect(items[1]).toMatchObject({
			json: { error: expect.stringMatching(/No open job with ID 5/) },
			pairedItem: { item: 1 },
		});
	});
});

describe('job search (resource locator list mode)', () => {
	it('lists the open jobs by name and office, filtered by the search text', async () => {
		feed('en', FEED_EN);
		const context = loadOptionsContext(node, TYPE, { resource: 'applicant', operation: 'create' });
		const all = await node.methods.listSearch.searchJobs.call(context as never);
		expect(all.results).toEqual([
			{ name: 'Freelance Designer · Remote', value: '1003' },
			{ name: 'Senior Backend Engineer (m/f/d) · Munich', value: '1001' },
			{ name: "Working Student HR – O'Neil's team · Berlin", value: '1002' },
		]);

		feed('en', FEED_EN);
		const found = await node.methods.listSearch.searchJobs.call(context as never, 'berlin');
		expect(found.results).toEqual([
			{ name: "Working Student HR – O'Neil's team · Berlin", value: '1002' },
		]);

		feed('en', FEED_EN);
		const byId = await node.methods.listSearch.searchJobs.call(context as never, '1003');
		expect(byId.results.map((r) => r.value)).toEqual(['1003']);
	});

	it('uses the language chosen on the node', async () => {
		const scope = feed('de', FEED_DE);
		const context = loadOptionsContext(node, TYPE, {
			resource: 'job',
			operation: 'get',
			language: 'de',
		});
		const found = await node.methods.listSearch.searchJobs.call(context as never);
		expect(found.results).toEqual([
			{ name: 'Senior Backend Engineer (m/w/d) · München', value: '1001' },
		]);
		expect(scope.isDone()).toBe(true);
	});
});
