import nock from 'nock';

import {
	BASE_URL,
	defaultCredentials,
	fastRetries,
	personioCredentials,
	TestCredentialsHelper,
} from '../helpers/harness';
import { run, tokenEndpoint, wrappedEmployee } from '../helpers/personioNode';

beforeAll(fastRetries);

describe('token', () => {
	it('is fetched once and reused across executions, and refreshed once on 401', async () => {
		const credentials = defaultCredentials();
		tokenEndpoint(1);
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.times(3)
			.reply(200, { success: true, data: wrappedEmployee(1, 'A', 'B', 'a@b.co') });
		for (let i = 0; i < 3; i++)
			await run(
				{ resource: 'employee', operation: 'get', employeeId: { mode: 'id', value: '1' } },
				{ credentials },
			);
		expect(credentials.tokenMints).toBe(1);

		// An expired token costs one rejected request, one token request and one retry.
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.reply(401, {
				success: false,
				error: { code: 401, message: 'Provided authorization is not valid' },
			});
		tokenEndpoint(1, { accessToken: 'papi-token-2' });
		const retried = nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-token-2')
			.reply(200, { success: true, data: wrappedEmployee(1, 'A', 'B', 'a@b.co') });
		await run(
			{ resource: 'employee', operation: 'get', employeeId: { mode: 'id', value: '1' } },
			{ credentials },
		);
		expect(retried.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
		expect(credentials.tokenMints).toBe(2);
		expect(credentials.store.personioApi.accessToken).toBe('papi-token-2');
	});

	it('says the client secret was rejected without repeating it', async () => {
		nock(BASE_URL)
			.post('/v2/auth/token')
			.reply(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
		const error = await run({
			resource: 'employee',
			operation: 'get',
			employeeId: { mode: 'id', value: '1' },
		}).catch((e) => e);
		expect(error.message).toMatch(
			/Personio rejected the Client ID or Client Secret \(invalid_client\)/,
		);
		expect(JSON.stringify(error) + error.stack + error.description).not.toMatch(/DO-NOT-LEAK/);
	});

	it('rejects a Partner ID that is not UPPER_SNAKE_CASE before any request', async () => {
		const credentials = new TestCredentialsHelper({
			personioApi: personioCredentials({ partnerId: 'acme-hr' }),
		});
		const error = await run(
			{ resource: 'employee', operation: 'get', employeeId: { mode: 'id', value: '1' } },
			{ credentials },
		).catch((e) => e);
		expect(error.message).toMatch(/Partner ID must be in UPPER_SNAKE_CASE/);
	});
});
