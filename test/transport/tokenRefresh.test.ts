import nock from 'nock';

import { Personio } from '../../nodes/Personio/Personio.node';
import { personioRequest } from '../../nodes/shared/transport';
import { BASE_URL, defaultCredentials, executeContext, fastRetries } from '../helpers/harness';
import { tokenEndpoint } from '../helpers/personioNode';

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

beforeAll(fastRetries);

describe('token', () => {
	it('executions that find no token at the same moment share one token request', async () => {
		const tokenScope = tokenEndpoint(1, { accessToken: 'papi-shared', delayMs: 50 });
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.times(5)
			.matchHeader('authorization', 'Bearer papi-shared')
			.reply(200, { success: true, data: { id: 1 } });
		const results = await Promise.all(
			Array.from({ length: 5 }, () =>
				personioRequest.call(context(), { path: '/v1/company/employees/1' }),
			),
		);
		expect(results).toHaveLength(5);
		expect(tokenScope.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('token reuse within a process', () => {
	it('an execution that read the credential before the new token was saved reuses it; a rejected token is replaced', async () => {
		const first = tokenEndpoint(1, { accessToken: 'papi-minted' });
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.times(2)
			.matchHeader('authorization', 'Bearer papi-minted')
			.reply(200, { success: true, data: { id: 1 } });
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });
		// A second execution whose stored credential still has no token (read before n8n saved it).
		credentials = defaultCredentials();
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });
		expect(first.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);

		// Personio rejects that token: the refresh must mint a new one, not hand back the rejected one.
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.reply(401, {
				success: false,
				error: { code: 401, message: 'Provided authorization is not valid' },
			});
		const second = tokenEndpoint(1, { accessToken: 'papi-new' });
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-new')
			.reply(200, { success: true, data: { id: 1 } });
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });
		expect(second.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('a token rejected while another worker stored a newer one', () => {
	it('forgets exactly the token that was sent, so the retry never sends it again', async () => {
		tokenEndpoint(1, { accessToken: 'papi-t0' });
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-t0')
			.reply(200, { success: true, data: { id: 1 } });
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });

		// Personio revokes t0; while this request is under way another worker mints and stores its own token.
		nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-t0')
			.reply(() => {
				credentials.store.personioApi.accessToken = 'papi-other-worker';
				return [
					403,
					{ success: false, error: { code: 403, message: 'Provided authorization is not valid' } },
				];
			});
		tokenEndpoint(1, { accessToken: 'papi-t2' });
		const retried = nock(BASE_URL)
			.get('/v1/company/employees/1')
			.matchHeader('authorization', 'Bearer papi-t2')
			.reply(200, { success: true, data: { id: 1 } });
		await personioRequest.call(context(), { path: '/v1/company/employees/1' });
		expect(retried.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
