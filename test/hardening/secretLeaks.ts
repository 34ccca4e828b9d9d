/**
 * What the secrets tests share: the secrets the test credentials hold, a recorder of everything written to
 * the console and n8n's logger, every place an error could carry a secret, and a runner that makes a node
 * fail both ways (thrown, and Continue On Fail output).
 */
import nock from 'nock';
import type { IDataObject, INodeType } from 'n8n-workflow';

import { Personio } from '../../nodes/Personio/Personio.node';
import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import {
	BASE_URL,
	executeContext,
	fastRetries,
	initBinaryData,
	personioCredentials,
	recruitingCredentials,
	runNode,
	TestCredentialsHelper,
} from '../helpers/harness';

export const CLIENT_SECRET = 'test-client-secret-DO-NOT-LEAK';
export const API_KEY = 'test-recruiting-key-DO-NOT-LEAK';
export const MINTED = ['papi', 'SECRET', 'access', 'token', '0123456789abcdef'].join('-');
export const LEAK = /DO-NOT-LEAK|papi-SECRET|0123456789abcdef/;

export const personio = {
	nodeType: new Personio() as INodeType,
	typeName: 'n8n-nodes-personio.personio',
};
export const recruiting = {
	nodeType: new PersonioRecruiting() as INodeType,
	typeName: 'n8n-nodes-personio.personioRecruiting',
};

// ---------------------------------------------------------------------------------------------
// Everything written anywhere
// ---------------------------------------------------------------------------------------------

// eslint-disable-next-line no-console -- kept before the spies below, to print the count
export const print = console.log.bind(console);
const written: string[] = [];
const record = (...args: unknown[]) => {
	written.push(
		args
			.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : safeStringify(arg)))
			.join(' '),
	);
};

export function safeStringify(value: unknown): string {
	if (typeof value === 'string') return value;
	const seen = new WeakSet<object>();
	try {
		return (
			JSON.stringify(value, (_key, inner: unknown) => {
				if (typeof inner === 'object' && inner !== null) {
					if (seen.has(inner)) return '[circular]';
					seen.add(inner);
				}
				return typeof inner === 'bigint' ? String(inner) : inner;
			}) ?? String(value)
		);
	} catch {
		return String(value);
	}
}

/** Every place an error could carry a secret to the user, the logs or the execution data. */
export function everythingIn(error: unknown): string {
	const e = error as IDataObject & Error;
	return [
		e?.message,
		e?.description,
		e?.stack,
		safeStringify(e),
		safeStringify(e?.cause),
		safeStringify(e?.context),
		safeStringify((e as { errorResponse?: unknown })?.errorResponse),
		safeStringify((e?.cause as IDataObject | undefined)?.cause),
		String(e),
	].join('\n');
}

interface N8nLogger {
	error: (...args: unknown[]) => void;
}

/** n8n-core's own Logger instance: the one its execution contexts get from the DI container. */
function n8nLogger(): N8nLogger {
	return (executeContext({ ...personio, parameters: {} }) as unknown as { logger: N8nLogger })
		.logger;
}

/**
 * Registers the hooks that record everything written to the console and n8n's logger during each test,
 * and fail the test if any of it holds a secret. Call once at the top of a test file.
 */
export function failOnSecretsWritten() {
	beforeAll(async () => {
		fastRetries();
		await initBinaryData();
		for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
			jest.spyOn(console, method).mockImplementation(record);
		}
		const logger = n8nLogger();
		// Levels below the configured one are no-ops; every other level goes through `log`, and every
		// scoped child logger writes through the same winston logger.
		jest
			.spyOn(logger as unknown as { log: (...args: unknown[]) => void }, 'log')
			.mockImplementation(record);
		const winston = (
			logger as unknown as { internalLogger: { write: (...args: unknown[]) => unknown } }
		).internalLogger;
		jest.spyOn(winston, 'write').mockImplementation((...args: unknown[]) => {
			record(...args);
			return true;
		});
	});

	beforeEach(() => {
		written.length = 0;
	});

	afterEach(() => {
		expect(written.join('\n')).not.toMatch(LEAK);
	});

	afterAll(() => jest.restoreAllMocks());
}

export const credentials = () =>
	new TestCredentialsHelper({
		personioApi: personioCredentials({ clientSecret: CLIENT_SECRET }),
		personioRecruitingApi: recruitingCredentials({ apiKey: API_KEY }),
	});

export function token(
	reply: (scope: nock.Interceptor) => nock.Scope = (scope) =>
		scope.reply(200, { access_token: MINTED, token_type: 'Bearer', expires_in: 86400 }),
) {
	return reply(nock(BASE_URL).post('/v2/auth/token'));
}

/** Runs the node both ways: thrown error, and Continue On Fail output; returns all text of both. */
export async function runBothWays(
	node: typeof personio,
	parameters: IDataObject,
	setup: () => void,
	items = [{ json: {} }],
) {
	setup();
	const thrown = await runNode({ ...node, parameters, credentials: credentials(), items }).then(
		(output) => {
			throw new Error(`expected a failure, got ${safeStringify(output).slice(0, 300)}`);
		},
		(error: unknown) => error,
	);
	nock.cleanAll();
	setup();
	const [output] = await runNode({
		...node,
		parameters,
		credentials: credentials(),
		items,
		continueOnFail: true,
	});
	expect(output.length).toBeGreaterThan(0);
	expect(output[0].json.error).toBeDefined();
	expect(output[0].pairedItem).toEqual({ item: 0 });
	return {
		thrown: thrown as Error & IDataObject,
		text: `${everythingIn(thrown)}\n${safeStringify(output)}`,
	};
}

export const EMPLOYEE_GET = {
	resource: 'employee',
	operation: 'get',
	employeeId: { mode: 'id', value: '1' },
};
export const EMPLOYEE_CREATE = {
	resource: 'employee',
	operation: 'create',
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.com',
	additionalFields: {},
};
export const PERSON_GET = {
	resource: 'person',
	operation: 'get',
	personId: { mode: 'id', value: 'p-1' },
};
export const APPLICANT_CREATE = {
	resource: 'applicant',
	operation: 'create',
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.com',
	jobPositionId: { mode: 'id', value: '77' },
	additionalFields: {},
};
