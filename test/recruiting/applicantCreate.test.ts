/** Applicant > Create: what is sent, and when it is (not) sent again (its documents: applicantCreateDocuments). */
import nock from 'nock';

import { BASE_URL, recruitingCredentials, TestCredentialsHelper } from '../helpers/harness';
import { api, minimal, run, today, useApplicantSetup } from './applicantFixtures';

useApplicantSetup();

describe('Applicant > Create', () => {
	it('posts the four required fields as JSON and summarises the 201 with an empty body', async () => {
		const scope = api()
			.post('/v1/recruiting/applications', {
				first_name: 'Ada',
				last_name: 'Lovelace',
				email: 'ada@example.com',
				job_position_id: 1001,
			})
			.matchHeader('content-type', /application\/json/)
			.reply(201, '');
		const [items] = await run(minimal());
		expect(items).toEqual([
			{
				json: {
					created: true,
					first_name: 'Ada',
					last_name: 'Lovelace',
					email: 'ada@example.com',
					job_position_id: 1001,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('sends every documented field, the partner/app headers in both spellings, and system + custom attributes', async () => {
		const credentials = new TestCredentialsHelper({
			personioRecruitingApi: recruitingCredentials({ partnerId: 'ACME_HR', appId: 'N8N_APPLY' }),
		});
		const expected = {
			first_name: 'Ada',
			last_name: 'Lovelace',
			email: 'ada@example.com',
			job_position_id: 1001,
			recruiting_channel_id: 77,
			external_posting_id: 'pid-42',
			message: 'Hello,\nI would love to join.',
			application_date: '2024-05-01',
			phase: { type: 'system', id: 'offer' },
			tags: ['referral', 'senior'],
			attributes: [
				{ id: 'birthday', value: '1990-12-10' },
				{ id: 'gender', value: 'female' },
				{ id: 'location', value: 'London' },
				{ id: 'phone', value: '+44 20 1234' },
				{ id: 'available_from', value: 'August' },
				{ id: 'salary_expectations', value: 'minimum 50k' },
				{ id: 'custom_attribute_123', value: 'Yes' },
				{ id: 'custom_attribute_456', value: '2024-01-31' },
			],
		};
		const scope = api()
			.matchHeader('x-personio-partner-id', 'ACME_HR')
			.matchHeader('personio-partner-id', 'ACME_HR')
			.matchHeader('x-personio-app-id', 'N8N_APPLY')
			.matchHeader('personio-app-id', 'N8N_APPLY')
			.post('/v1/recruiting/applications', expected)
			.reply(201);
		const [items] = await run(
			minimal({
				additionalFields: {
					recruitingChannelId: '77',
					externalPostingId: ' pid-42 ',
					message: 'Hello,\nI would love to join.',
					applicationDate: '2024-05-01T00:00:00',
					phase: { value: { type: 'system', systemId: 'offer' } },
					tags: ['referral', ' senior ', '', 'referral'],
					birthday: '1990-12-10',
					gender: 'female',
					location: 'London',
					phone: '+44 20 1234',
					availableFrom: 'August',
					salaryExpectations: 'minimum 50k',
				},
				customAttributes: {
					attribute: [
						{ id: 'custom_attribute_123', value: 'Yes' },
						{ id: '456', value: '2024-01-31' },
					],
				},
			}),
			{ credentials },
		);
		expect(items[0].json).toEqual({ created: true, ...expected });
		expect(scope.isDone()).toBe(true);
	});

	it('sends a custom phase with an integer id and accepts tags as a comma-separated expression result', async () => {
		const scope = api()
			.post(
				'/v1/recruiting/applications',
				(body) =>
					JSON.stringify(body.phase) === JSON.stringify({ type: 'custom', id: 42 }) &&
					JSON.stringify(body.tags) === '["a","b"]',
			)
			.reply(201);
		await run(
			minimal({
				additionalFields: { phase: { value: { type: 'custom', customId: '42' } }, tags: 'a, b' },
			}),
		);
		expect(scope.isDone()).toBe(true);
	});

	it('accepts today as application date', async () => {
		const scope = api()
			.post('/v1/recruiting/applications', (body) => body.application_date === today())
			.reply(201);
		await run(minimal({ additionalFields: { applicationDate: today() } }));
		expect(scope.isDone()).toBe(true);
	});

	it('does NOT re-send the application after a 500 (it may have been created)', async () => {
		const scope = api()
			.post('/v1/recruiting/applications')
			.once()
			.reply(500, {
				errors: [
					{
						id: '5f0c1d2e-0000-4000-8000-000000000000',
						status: '500',
						title: 'Internal Server Error',
						detail: 'Something broke',
					},
				],
			});
		let resent = 0;
		const second = nock(BASE_URL)
			.post('/v1/recruiting/applications')
			.reply(() => (resent++, [201, '']));
		const error = await run(minimal()).catch((e) => e);
		expect(scope.isDone()).toBe(true);
		expect(resent).toBe(0);
		expect(error.httpCode).toBe('500');
		expect(error.message).toBe('Something broke');
		nock.removeInterceptor(
			(second as unknown as { interceptors: nock.Interceptor[] }).interceptors[0],
		);
	});

	it('does NOT re-send the application after a connection reset', async () => {
		const scope = api()
			.post('/v1/recruiting/applications')
			.once()
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
		let resent = 0;
		const second = nock(BASE_URL)
			.post('/v1/recruiting/applications')
			.reply(() => (resent++, [201, '']));
		const error = await run(minimal()).catch((e) => e);
		expect(scope.isDone()).toBe(true);
		expect(resent).toBe(0);
		expect(error.message).toMatch(/connection to the server was closed/);
		nock.removeInterceptor(
			(second as unknown as { interceptors: nock.Interceptor[] }).interceptors[0],
		);
	});

	it('re-sends the application after a 429 (Personio refused it unprocessed)', async () => {
		const scope = api()
			.post('/v1/recruiting/applications')
			.reply(429, '', { 'Retry-After': '0' })
			.post('/v1/recruiting/applications')
			.reply(201);
		const [items] = await run(minimal());
		expect(items[0].json.created).toBe(true);
		expect(scope.isDone()).toBe(true);
	});

	it('with Continue On Fail, creates each item once and reports the failed one', async () => {
		api()
			.post('/v1/recruiting/applications', (b) => b.email === 'a@x.co')
			.reply(201);
		api()
			.post('/v1/recruiting/applications', (b) => b.email === 'b@x.co')
			.reply(400, {
				errors: [{ field: 'email', errors: [{ reason: 'errors.applicant-already-exists' }] }],
			});
		const [items] = await run(minimal({ email: '={{ $json.email }}' }), {
			continueOnFail: true,
			items: [{ json: { email: 'a@x.co' } }, { json: { email: 'b@x.co' } }],
		});
		expect(items[0]).toMatchObject({
			json: { created: true, email: 'a@x.co' },
			pairedItem: { item: 0 },
		});
		expect(items[1]).toMatchObject({
			json: { error: 'email: This candidate has already applied to this job', httpCode: '400' },
			pairedItem: { item: 1 },
		});
	});

	it('keeps the API key out of errors', async () => {
		api().post('/v1/recruiting/applications').reply(401, '');
		const error = await run(minimal()).catch((e) => e);
		expect(error.httpCode).toBe('401');
		expect(JSON.stringify(error) + error.stack + error.description).not.toMatch(/DO-NOT-LEAK/);
	});
});
