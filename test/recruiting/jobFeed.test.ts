/** The careers feed: parsing it, and Job > Get Many with its language, filters and failures. */
import nock from 'nock';

import { parseJobFeed } from '../../nodes/PersonioRecruiting/actions/job/feed';
import {
	CAREERS_URL,
	fastRetries,
	recruitingCredentials,
	TestCredentialsHelper,
} from '../helpers/harness';
import { FEED_DE, FEED_EN } from './fixtures';
import { feed, FIRST_JOB, run } from './jobFixtures';

beforeAll(fastRetries);

describe('parseJobFeed', () => {
	it('turns the feed into clean JSON: numeric ids, entities decoded, CDATA HTML kept, missing fields null', () => {
		const result = parseJobFeed(FEED_EN);
		if (!('jobs' in result)) throw new Error(result.problem);
		expect(result.jobs).toHaveLength(3);
		expect(result.jobs[0]).toEqual(FIRST_JOB);
		expect(result.jobs[1]).toMatchObject({
			id: 1002,
			name: "Working Student HR – O'Neil's team",
			subcompany: null,
			department: 'People & Culture',
			yearsOfExperience: null,
			keywords: [],
			occupation: null,
			jobDescriptions: [{ name: 'Tasks', value: '<p>Help with onboarding</p>' }],
		});
		expect(result.jobs[1]).not.toHaveProperty('additionalOffices');
		expect(result.jobs[2]).toEqual({
			id: 1003,
			name: 'Freelance Designer',
			subcompany: null,
			office: 'Remote',
			department: null,
			recruitingCategory: null,
			employmentType: 'freelance',
			seniority: null,
			schedule: null,
			yearsOfExperience: null,
			keywords: ['design', 'figma'],
			occupation: null,
			occupationCategory: null,
			createdAt: null,
			jobDescriptions: [],
		});
	});

	it('accepts an empty feed', () => {
		expect(parseJobFeed('<?xml version="1.0"?><workzag-jobs/>')).toEqual({ jobs: [] });
	});

	it('reports an HTML page, broken XML or a position without id as problems', () => {
		expect(parseJobFeed('<html><body>Not found</body></html>')).toEqual({
			problem: expect.stringMatching(/got <html>/),
		});
		expect(parseJobFeed('<workzag-jobs><position>')).toEqual({
			problem: expect.stringMatching(/not valid XML/),
		});
		expect(parseJobFeed('<workzag-jobs><position><id>x</id></position></workzag-jobs>')).toEqual({
			problem: expect.stringMatching(/no valid <id>/),
		});
	});
});

describe('Job > Get Many', () => {
	it('reads the careers feed without API credentials and returns every job', async () => {
		const scope = nock(CAREERS_URL)
			.get('/xml')
			.query({ language: 'en' })
			.reply(function () {
				// The public feed is read without the Recruiting API key.
				expect(this.req.headers.authorization).toBeUndefined();
				// It says which company it reads for, as Personio's recruiting spec declares for /xml.
				expect(this.req.headers['x-company-id']).toBe('1234');
				return [200, FEED_EN, { 'Content-Type': 'text/xml' }];
			});
		const [items] = await run({
			resource: 'job',
			operation: 'getAll',
			language: 'en',
			returnAll: true,
			filters: {},
		});
		expect(items.map((item) => item.json.id)).toEqual([1001, 1002, 1003]);
		expect(items[0]).toEqual({ json: FIRST_JOB, pairedItem: { item: 0 } });
		expect(scope.isDone()).toBe(true);
	});

	it('asks for the chosen language', async () => {
		const scope = feed('de', FEED_DE);
		const [items] = await run({
			resource: 'job',
			operation: 'getAll',
			language: 'de',
			returnAll: true,
			filters: {},
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			office: 'München',
			keywords: ['Backend', 'Büro'],
			jobDescriptions: [
				{
					name: 'Deine Aufgaben',
					value: '<p>Du baust unsere <strong>API</strong> – schnell &amp; sicher.</p>',
				},
			],
		});
		expect(scope.isDone()).toBe(true);
	});

	it('builds the feed URL from the company when no careers URL is set', async () => {
		const credentials = new TestCredentialsHelper({
			personioRecruitingApi: recruitingCredentials({ careersUrl: '', company: 'globex' }),
		});
		const scope = nock('https://globex.jobs.personio.de')
			.get('/xml')
			.query({ language: 'en' })
			.reply(200, FEED_EN);
		const [items] = await run(
			{
				resource: 'job',
				operation: 'getAll',
				language: 'en',
				returnAll: false,
				limit: 2,
				filters: {},
			},
			{ credentials },
		);
		expect(items.map((item) => item.json.id)).toEqual([1001, 1002]);
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		[{ department: 'engineering' }, [1001]],
		[{ office: 'berlin' }, [1001, 1002]],
		[{ office: 'Remote' }, [1003]],
		[{ employmentType: 'intern' }, [1002]],
		[{ keyword: 'TYPESCRIPT' }, [1001]],
		[{ keyword: 'designer' }, [1003]],
		[{ office: 'Berlin', employmentType: 'permanent' }, [1001]],
		[{ department: 'Sales' }, []],
	])('filters %j', async (filters, ids) => {
		feed('en', FEED_EN);
		const [items] = await run({
			resource: 'job',
			operation: 'getAll',
			language: 'en',
			returnAll: true,
			filters,
		});
		expect(items.map((item) => item.json.id)).toEqual(ids);
	});

	it('retries the feed on a 503 (a read)', async () => {
		feed('en', 'down', 503);
		const ok = feed('en', FEED_EN);
		const [items] = await run({
			resource: 'job',
			operation: 'getAll',
			language: 'en',
			returnAll: true,
			filters: {},
		});
		expect(items).toHaveLength(3);
		expect(ok.isDone()).toBe(true);
	});

	it('says clearly when the careers URL does not serve a Personio feed', async () => {
		feed('en', '<!DOCTYPE html><html><body>Welcome</body></html>');
		const error = await run({
			resource: 'job',
			operation: 'getAll',
			language: 'en',
			returnAll: true,
			filters: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/Expected Personio's job feed \(<workzag-jobs>\), got <html>/);
		expect(error.description).toMatch(/Careers Page URL/);
	});

	it('maps a 404 of an unknown company', async () => {
		nock(CAREERS_URL).get('/xml').query({ language: 'en' }).reply(404, '<html>Not found</html>');
		const error = await run({
			resource: 'job',
			operation: 'getAll',
			language: 'en',
			returnAll: true,
			filters: {},
		}).catch((e) => e);
		expect(error.httpCode).toBe('404');
		expect(error.message).toMatch(/no such record|404/i);
	});

	it('refuses an unknown language before any request', async () => {
		const error = await run({
			resource: 'job',
			operation: 'getAll',
			language: 'xx',
			returnAll: true,
			filters: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/Language must be one of nl, en, fr, de, it, pt, es/);
	});
});
