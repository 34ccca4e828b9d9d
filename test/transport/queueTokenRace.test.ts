/**
 * n8n queue mode: two worker processes share one stored credential (the database) and each keeps its
 * own memory. Worker B is a second copy of the pack and of n8n-core, loaded apart from this file's
 * (jest.isolateModules), so nothing either worker keeps in memory is seen by the other.
 */
import nock from 'nock';

import { Personio } from '../../nodes/Personio/Personio.node';
import { personioRequest } from '../../nodes/shared/transport';
import type { TestCredentialsHelper } from '../helpers/harness';
import { BASE_URL, defaultCredentials, executeContext, fastRetries } from '../helpers/harness';

type Transport = typeof import('../../nodes/shared/transport');
type Harness = typeof import('../helpers/harness');
type NodeModule = typeof import('../../nodes/Personio/Personio.node');

interface Worker {
	/** One execution: reads the stored credential and gets employee 1. */
	getEmployee(): Promise<unknown>;
}

function workerOf(
	harness: Pick<Harness, 'executeContext'>,
	transport: Pick<Transport, 'personioRequest'>,
	nodeType: Personio,
	database: TestCredentialsHelper,
): Worker {
	return {
		getEmployee: async () =>
			await transport.personioRequest.call(
				harness.executeContext({
					nodeType,
					typeName: 'n8n-nodes-personio.personio',
					parameters: {},
					credentials: database,
				}),
				{ path: '/v1/company/employees/1' },
			),
	};
}

/** Worker B: another process, i.e. its own copy of every module, reading and writing the same database. */
function secondWorker(database: TestCredentialsHelper): Worker {
	let worker: Worker | undefined;
	jest.isolateModules(() => {
		/* eslint-disable @typescript-eslint/no-require-imports */
		const harness = require('../helpers/harness') as Harness;
		const transport = require('../../nodes/shared/transport') as Transport;
		const { Personio: PersonioB } = require('../../nodes/Personio/Personio.node') as NodeModule;
		/* eslint-enable @typescript-eslint/no-require-imports */
		harness.fastRetries();
		// Its own credential helper (n8n's, in that process) over the shared stored credential.
		const helper = harness.defaultCredentials();
		Object.assign(helper, { store: database.store });
		worker = workerOf(harness, transport, new PersonioB(), helper);
	});
	return worker!;
}

const employee = { success: true, data: { id: 1 } };
const notValid = {
	success: false,
	error: { code: 403, message: 'Provided authorization is not valid' },
};

/**
 * Personio: a token endpoint that hands out the given tokens in turn, and employee 1 for every token
 * not revoked; `revokedOnIssue` tokens are revoked as soon as they are handed out.
 */
function personio(tokens: string[], revokedOnIssue: string[] = []) {
	const revoked = new Set<string>(revokedOnIssue);
	const issued: string[] = [];
	const rejected: string[] = [];
	nock(BASE_URL)
		.persist()
		.post('/v2/auth/token')
		.reply(() => {
			const token = tokens[issued.length];
			if (!token) return [500, {}];
			issued.push(token);
			return [200, { access_token: token, token_type: 'Bearer', expires_in: 86400 }];
		});
	nock(BASE_URL)
		.persist()
		.get('/v1/company/employees/1')
		.reply(function () {
			const token = String(this.req.headers.authorization).replace(/^Bearer /, '');
			if (!issued.includes(token) || revoked.has(token)) {
				rejected.push(token);
				return [403, notValid];
			}
			return [200, employee];
		});
	return {
		issued,
		rejected,
		revokeAll: () => issued.forEach((token) => revoked.add(token)),
	};
}

beforeAll(fastRetries);

describe('queue mode: Personio revokes the token two workers share', () => {
	it('a worker whose memory holds an older revoked token than the stored one still gets a working token', async () => {
		const database = defaultCredentials();
		const workerA = workerOf({ executeContext }, { personioRequest }, new Personio(), database);
		const workerB = secondWorker(database);
		const api = personio(['papi-a0', 'papi-b0', 'papi-new-1', 'papi-new-2']);

		// Cold start: an execution on each worker reads the credential before either token is saved, so
		// each worker mints one; worker B saves last, so the database holds B's token.
		await workerA.getEmployee();
		database.store.personioApi.accessToken = '';
		await workerB.getEmployee();
		expect(database.store.personioApi.accessToken).toBe('papi-b0');

		// Personio revokes every token (a rotation in Personio, or a revocation).
		api.revokeAll();

		// Worker A's next execution sends the stored token (B's), which Personio rejects. A's memory still
		// holds its own cold-start token, also revoked: the execution must not end on it.
		await expect(workerA.getEmployee()).resolves.toEqual(employee);
		await expect(workerB.getEmployee()).resolves.toEqual(employee);
		expect(api.rejected).toContain('papi-b0');
		expect(api.issued.slice(2)).toEqual(['papi-new-1']);
		expect(database.store.personioApi.accessToken).toBe('papi-new-1');
	});

	it('a refreshed token that Personio revoked again before the retry reached it is replaced once more', async () => {
		const database = defaultCredentials();
		const workerA = workerOf({ executeContext }, { personioRequest }, new Personio(), database);
		const workerB = secondWorker(database);
		const api = personio(['papi-t0', 'papi-t1', 'papi-t2'], ['papi-t1']);

		await workerB.getEmployee();
		api.revokeAll();
		// Worker A: the stored token is rejected, the token it mints is revoked by the time the retry
		// arrives (a second revocation), and the one after that works.
		await expect(workerA.getEmployee()).resolves.toEqual(employee);
		expect(api.rejected).toEqual(['papi-t0', 'papi-t1']);
		expect(database.store.personioApi.accessToken).toBe('papi-t2');
		await expect(workerB.getEmployee()).resolves.toEqual(employee);
	});
});
