/**
 * Bad input, table-driven: every user-supplied field of every operation, given empty, wrongly typed,
 * wrongly formatted, out-of-range, too long and path-injecting values, must fail with a
 * NodeOperationError that names the field — before any request (no interceptor exists, so any
 * request would show up as a nock "no match", and no token may be minted). With Continue On Fail,
 * each bad item becomes an error item paired with its input. Opaque v2 ids that are accepted must
 * reach Personio encoded, on exactly the path expected.
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { PersonioPollingTrigger } from '../../nodes/PersonioPollingTrigger/PersonioPollingTrigger.node';
import { PersonioTrigger } from '../../nodes/PersonioTrigger/PersonioTrigger.node';
import {
	BASE_URL,
	fastRetries,
	hookContext,
	initBinaryData,
	pollContext,
	runNode,
} from '../helpers/harness';
import type { Case } from './badInput/cases';
import { binaryItem, CASES, credentialsFor, ENCODED, NODES, withValue } from './badInput/cases';
import { CREDENTIAL_FIELDS, OPERATIONS } from './badInput/operations';
import { tokenEndpoint } from '../helpers/personioNode';

beforeAll(async () => {
	fastRetries();
	await initBinaryData();
});

/** Every request nock refused because nothing was registered for it. */
const attempted: string[] = [];
beforeAll(() =>
	nock.emitter.on(
		'no match',
		(request: { path?: string; href?: string; options?: { path?: string } }) =>
			attempted.push(String(request.path ?? request.options?.path ?? request.href ?? 'request')),
	),
);
afterAll(() => nock.emitter.removeAllListeners('no match'));

async function expectRefusedBeforeAnyRequest(testCase: Case) {
	const { nodeType, typeName } = NODES[testCase.node];
	const credentials = testCase.credentials?.() ?? credentialsFor();
	attempted.length = 0;
	const items = [binaryItem(), binaryItem()];
	const error = await runNode({
		nodeType,
		typeName,
		parameters: testCase.parameters,
		items,
		credentials,
	}).then(
		(output) => new Error(`expected a failure, got ${JSON.stringify(output).slice(0, 200)}`),
		(thrown: unknown) => thrown as Error,
	);
	expect(error).toBeInstanceOf(NodeOperationError);
	expect(error.message).toContain(testCase.label);
	expect(attempted).toEqual([]);
	expect(credentials.tokenMints).toBe(0);

	// Continue On Fail: one error item per bad input item, paired with it, still without a request.
	const [output] = await runNode({
		nodeType,
		typeName,
		parameters: testCase.parameters,
		items,
		credentials,
		continueOnFail: true,
	});
	expect(output).toHaveLength(2);
	output.forEach((item, index) => {
		expect(item.pairedItem).toEqual({ item: index });
		expect(String(item.json.error)).toContain(testCase.label);
	});
	expect(attempted).toEqual([]);
	expect(credentials.tokenMints).toBe(0);
}

describe('bad input is refused before any request, naming the field', () => {
	it.each(CASES.map((testCase) => [testCase.name, testCase] as const))(
		'%s',
		async (_name, testCase) => {
			await expectRefusedBeforeAnyRequest(testCase);
		},
	);
});

it('the tables cover every operation of both action nodes', () => {
	const missing: string[] = [];
	let checked = 0;
	for (const [node, prefix] of [
		['personio', ''],
		['recruiting', 'recruiting '],
	] as const) {
		for (const property of NODES[node].nodeType.description.properties) {
			if (property.name !== 'operation') continue;
			for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
				for (const option of property.options as Array<{ value: string }>) {
					const key = `${prefix}${resource}.${option.value}`;
					checked++;
					if (!Object.keys(OPERATIONS).some((name) => name === key || name.startsWith(`${key} (`)))
						missing.push(key);
				}
			}
		}
	}
	expect(missing).toEqual([]);
	expect(checked).toBeGreaterThanOrEqual(40);
});

describe('valid baselines reach Personio (so each bad case fails for its own field)', () => {
	it.each(Object.entries(OPERATIONS))('%s', async (_name, operation) => {
		const { nodeType, typeName } = NODES[operation.node];
		attempted.length = 0;
		await runNode({
			nodeType,
			typeName,
			parameters: operation.base,
			items: [binaryItem()],
			credentials: credentialsFor(),
		}).catch(() => undefined);
		expect(attempted.length).toBeGreaterThan(0);
	});
});

// ---------------------------------------------------------------------------------------------
// Opaque v2 ids that are accepted travel encoded, on exactly the expected path
// ---------------------------------------------------------------------------------------------

describe('accepted opaque ids reach exactly the expected path', () => {
	it.each(ENCODED)('%s', async (_name, operation, path, value, expected) => {
		const { nodeType, typeName } = NODES[operation.node];
		tokenEndpoint(1, { accessToken: 'papi-token' });
		const seen: string[] = [];
		const scope = nock(BASE_URL);
		for (const method of ['get', 'delete'] as const) {
			scope[method](/.*/)
				.query(true)
				.reply(function () {
					seen.push(`${this.req.method} ${this.req.path}`);
					return [200, { success: true, data: [], _data: [], id: value }];
				});
		}
		await runNode({
			nodeType,
			typeName,
			parameters: withValue(operation.base, path, value),
			credentials: credentialsFor(),
		}).catch(() => undefined);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen[0].split('?')[0].split(' ')[1]).toBe(expected);
	});
});

// ---------------------------------------------------------------------------------------------
// Triggers
// ---------------------------------------------------------------------------------------------

const POLLING_CASES: Array<[string, IDataObject, string]> = [
	...['nope', '', '../employeeCreated'].map((event): [string, IDataObject, string] => [
		`event = ${JSON.stringify(event)}`,
		{ event, options: {} },
		'Event',
	]),
];

describe('Personio Polling Trigger refuses bad options before any request', () => {
	it.each(POLLING_CASES)('%s', async (_name, parameters, label) => {
		attempted.length = 0;
		const credentials = credentialsFor();
		const { context } = pollContext(
			new PersonioPollingTrigger(),
			'n8n-nodes-personio.personioPollingTrigger',
			{ simplify: true, ...parameters },
			{ credentials },
		);
		const error = await new PersonioPollingTrigger().poll!.call(context).then(
			() => new Error('expected a failure'),
			(e: Error) => e,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toContain(label);
		expect(attempted).toEqual([]);
		expect(credentials.tokenMints).toBe(0);
	});
});

const WEBHOOK_CASES: Array<[string, string[]]> = [
	['no events', []],
	['unknown event', ['person.hacked']],
	['path-like event', ['../person.created']],
	['event with a newline', ['person.created\nX: 1']],
];

describe('Personio Trigger refuses bad events before registering the webhook', () => {
	it.each(WEBHOOK_CASES)('%s', async (_name, events) => {
		attempted.length = 0;
		const credentials = credentialsFor();
		const { context } = hookContext(
			new PersonioTrigger(),
			'n8n-nodes-personio.personioTrigger',
			{ events, fetchFullRecord: false },
			{ credentials },
		);
		const create = new PersonioTrigger().webhookMethods!.default.create;
		const error = await create.call(context).then(
			() => new Error('expected a failure'),
			(e: Error) => e,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toContain('Events');
		expect(attempted).toEqual([]);
		expect(credentials.tokenMints).toBe(0);
	});
});

// ---------------------------------------------------------------------------------------------
// Count
// ---------------------------------------------------------------------------------------------

it('counts the generated cases', () => {
	const total = CASES.length + ENCODED.length + POLLING_CASES.length + WEBHOOK_CASES.length;
	const operations = Object.keys(OPERATIONS).length;
	const fields =
		Object.values(OPERATIONS).reduce((sum, operation) => sum + operation.fields.length, 0) +
		CREDENTIAL_FIELDS.length;
	// eslint-disable-next-line no-console -- the count is part of the report
	console.log(
		`bad input: ${total} cases — ${CASES.length} refused (each also with Continue On Fail) across ${operations} operations and ${fields} fields, ` +
			`${ENCODED.length} encoded opaque ids, ${POLLING_CASES.length} polling trigger, ${WEBHOOK_CASES.length} webhook trigger`,
	);
	expect(total).toBeGreaterThanOrEqual(900);
});
