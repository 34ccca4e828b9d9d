import { CredentialTestContext } from 'n8n-core';
import nock from 'nock';

import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { PersonioRecruitingApi } from '../../credentials/PersonioRecruitingApi.credentials';
import { BASE_URL, recruitingCredentials } from '../helpers/harness';

const node = new PersonioRecruiting();
const KEY = 'test-recruiting-key-DO-NOT-LEAK';

const test = (overrides: Record<string, unknown> = {}) =>
	node.methods.credentialTest.personioRecruitingApiTest.call(new CredentialTestContext() as never, {
		id: 'c1',
		name: 'Recruiting',
		type: 'personioRecruitingApi',
		data: recruitingCredentials(overrides as never),
	});

const probe = () =>
	nock(BASE_URL)
		.post('/v1/recruiting/applications', {})
		.matchHeader('authorization', `Bearer ${KEY}`)
		.matchHeader('x-company-id', '1234')
		.matchHeader('content-type', /application\/json/);

describe('Personio Recruiting credential test', () => {
	it('is wired as a node-level test and the credential has no declarative test left', () => {
		expect(node.description.credentials).toEqual([
			{ name: 'personioRecruitingApi', required: true, testedBy: 'personioRecruitingApiTest' },
		]);
		expect((new PersonioRecruitingApi() as unknown as { test?: unknown }).test).toBeUndefined();
	});

	it('OK when Personio answers the empty application with a validation error (422)', async () => {
		const scope = probe().reply(422, {
			errors: [
				{
					field: 'first_name',
					errors: [{ reason: 'errors.attribute-validation.required-attribute' }],
				},
			],
		});
		await expect(test()).resolves.toEqual({
			status: 'OK',
			message: 'Personio accepted the API key and company ID',
		});
		expect(scope.isDone()).toBe(true);
	});

	it('OK on 400 too (the spec documents validation errors as 400)', async () => {
		probe().reply(400, { errors: [] });
		await expect(test()).resolves.toMatchObject({ status: 'OK' });
	});

	it('Error naming the key and company ID on 401', async () => {
		probe().reply(401, '');
		const result = await test();
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Personio did not recognise the API key and company ID/);
		expect(result.message).not.toMatch(/DO-NOT-LEAK/);
	});

	it('Error saying the feature is off on 403', async () => {
		probe().reply(403, {
			errors: [{ field: 'company', errors: [{ reason: 'feature.public-api.disabled' }] }],
		});
		await expect(test()).resolves.toEqual({
			status: 'Error',
			message:
				'The API key and company ID are valid, but the Recruiting API cannot be used: company: The Recruiting API is not enabled for this Personio company',
		});
	});

	it('sends the partner headers in both spellings', async () => {
		const scope = probe()
			.matchHeader('x-personio-partner-id', 'ACME_HR')
			.matchHeader('personio-partner-id', 'ACME_HR')
			.matchHeader('x-personio-app-id', 'N8N_APPLY')
			.matchHeader('personio-app-id', 'N8N_APPLY')
			.reply(422, {});
		await expect(test({ partnerId: 'ACME_HR', appId: 'N8N_APPLY' })).resolves.toMatchObject({
			status: 'OK',
		});
		expect(scope.isDone()).toBe(true);
	});

	it('refuses a badly written Partner ID or a missing company ID without a request', async () => {
		await expect(test({ partnerId: 'acme-hr' })).resolves.toEqual({
			status: 'Error',
			message: expect.stringMatching(/Partner ID must be in UPPER_SNAKE_CASE/),
		});
		await expect(test({ companyId: '' })).resolves.toEqual({
			status: 'Error',
			message: 'Enter both the API Key and the Company ID',
		});
	});

	it('reports other statuses and unreachable hosts', async () => {
		probe().reply(500, {
			errors: [{ id: 'x', status: '500', title: 'Internal Server Error', detail: 'Boom' }],
		});
		await expect(test()).resolves.toEqual({ status: 'Error', message: 'Boom (HTTP 500)' });
		nock(BASE_URL)
			.post('/v1/recruiting/applications')
			.replyWithError(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
		await expect(test()).resolves.toMatchObject({
			status: 'Error',
			message: expect.stringMatching(/^Could not reach Personio at https:\/\/api.personio.de/),
		});
	});
});
