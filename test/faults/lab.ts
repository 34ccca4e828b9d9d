/* eslint-disable */
/**
 * Fault lab: runs the pack's real node code (through n8n-core, see test/helpers/harness.ts) against the
 * Personio sandbox while the sandbox injects faults, and measures what came back against the sandbox's
 * own state: records lost, records duplicated, writes duplicated, requests made.
 */
import * as fs from 'fs';
import * as path from 'path';

import type { IDataObject } from 'n8n-workflow';

import { Personio } from '../../nodes/Personio/Personio.node';
import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { requestTimeout } from '../../nodes/shared/auth';
import { retryPolicy } from '../../nodes/shared/transport';
import {
	personioCredentials,
	recruitingCredentials,
	runNode,
	TestCredentialsHelper,
} from '../helpers/harness';

const { startSandbox } = require('../sandbox/server');
const { timeOffUuid } = require('../sandbox/format');

export const EMPLOYEES = 1000;

export type Sandbox = any;

let sandbox: Sandbox;

export async function openSandbox(): Promise<Sandbox> {
	sandbox = await startSandbox({ employees: EMPLOYEES });
	return sandbox;
}

export const currentSandbox = (): Sandbox => sandbox;

export async function closeSandbox(): Promise<void> {
	await sandbox?.close();
}

/** A fresh sandbox state (seeded data, no tokens, stats at zero, no faults) with these options. */
export function freshSandbox(options: Record<string, unknown> = {}): Sandbox {
	delete sandbox.sandbox.takeFault; // back to the prototype's, see onRequest()
	delete sandbox.sandbox.send; // see stallAt()
	sandbox.reset({ employees: EMPLOYEES, ...options });
	return sandbox;
}

/**
 * Calls `action` when the sandbox receives the `nth` request (1-based) of `route`, before it answers
 * it: arms a fault for the middle of a pagination, revokes tokens, changes records mid-run...
 */
export function onRequest(route: string, nth: number, action: (sb: Sandbox) => void): void {
	const inst = sandbox.sandbox;
	const previous = inst.takeFault.bind(inst);
	let done = false;
	inst.takeFault = (method: string, p: string, routeKey: string) => {
		if (!done && routeKey === route && inst.stats.byRoute[route] >= nth) {
			done = true;
			action(sandbox);
		}
		return previous(method, p, routeKey);
	};
}

/** Arms `fault` for the `nth` and following requests of `route`. */
export function faultAt(route: string, nth: number, fault: Record<string, unknown>): void {
	onRequest(route, nth, (sb) => sb.fault({ route, ...fault }));
}

/**
 * From the `nth` request of `route` on, `count` answers send their status, headers and half the body,
 * then stall for `stallMs` before the rest: the client's timeout fires while the body is being read.
 */
export function stallAt(route: string, nth: number, count: number, stallMs: number): void {
	const inst = sandbox.sandbox;
	const previous = inst.send.bind(inst);
	let left = count;
	inst.send = (res: any, out: any, ctx: any, entry: any, started: number) => {
		if (left > 0 && ctx.routeKey === route && inst.stats.byRoute[route] >= nth && out?.body) {
			left--;
			if (entry) Object.assign(entry, { status: out.status, fault: 'stall' });
			const body = Buffer.from(out.body);
			res.writeHead(out.status, { ...out.headers, 'content-length': body.length });
			res.write(body.subarray(0, body.length >> 1));
			setTimeout(() => res.destroyed || res.end(body.subarray(body.length >> 1)), stallMs);
			return;
		}
		return previous(res, out, ctx, entry, started);
	};
}

export function sandboxCredentials(): TestCredentialsHelper {
	return new TestCredentialsHelper({
		personioApi: personioCredentials({
			baseUrl: sandbox.url,
			clientId: 'sandbox-client-id',
			clientSecret: 'sandbox-client-secret',
		}),
		personioRecruitingApi: recruitingCredentials({
			baseUrl: sandbox.url,
			careersUrl: sandbox.url,
			apiKey: 'sandbox-recruiting-key',
			companyId: '1234',
		}),
	});
}

const personio = new Personio();
const recruiting = new PersonioRecruiting();

export interface Outcome {
	ok: boolean;
	ids: string[];
	error?: { message: string; description: string };
	ms: number;
}

/** Simplified records carry `id`; raw v1 records keep it in `attributes`. */
function idOf(json: Record<string, any>): string {
	const id = json.id ?? json.attributes?.id?.value ?? json.attributes?.id;
	return String(id);
}

async function outcomeOf(
	run: () => Promise<{ json: Record<string, unknown> }[][]>,
): Promise<Outcome> {
	const started = Date.now();
	try {
		const [items] = await run();
		return { ok: true, ids: items.map((item) => idOf(item.json)), ms: Date.now() - started };
	} catch (error) {
		const e = error as { message?: string; description?: string };
		return {
			ok: false,
			ids: [],
			error: { message: String(e.message ?? ''), description: String(e.description ?? '') },
			ms: Date.now() - started,
		};
	}
}

type Runner = (credentials?: TestCredentialsHelper) => Promise<Outcome>;

const personioRun =
	(parameters: IDataObject): Runner =>
	(credentials = sandboxCredentials()) =>
		outcomeOf(
			() =>
				runNode({
					nodeType: personio,
					typeName: 'n8n-nodes-personio.personio',
					parameters,
					credentials,
				}) as never,
		);

/** Employee > Get Many > Return All (v1 record offset, pages of 100). */
export const employeesGetAll = personioRun({
	resource: 'employee',
	operation: 'getAll',
	returnAll: true,
	filters: {},
	simplify: true,
});

/** Employee > Get Many > Limit 1 (one page). */
export const employeesGetOne = personioRun({
	resource: 'employee',
	operation: 'getAll',
	returnAll: false,
	limit: 1,
	filters: {},
	simplify: true,
});

/** Absence > Get Many > Return All (v2 absence periods of both units, cursor, pages of 100). */
export const absencesGetAll = personioRun({
	resource: 'absence',
	operation: 'getAll',
	returnAll: true,
	filters: {},
});

/** Person > Get Many > Return All (v2 cursor, pages of 50). */
export const personsGetAll = personioRun({
	resource: 'person',
	operation: 'getAll',
	returnAll: true,
	filters: {},
	simplify: false,
});

let writeSeq = 0;

/** Employee > Create with a unique email; `email` tells which record to look for in the sandbox. */
export function employeeCreate(): { email: string; run: Runner } {
	const email = `fault-${++writeSeq}-${Date.now()}@example.com`;
	const parameters = {
		resource: 'employee',
		operation: 'create',
		firstName: 'Fault',
		lastName: `Test ${writeSeq}`,
		email,
		additionalFields: {},
	};
	return { email, run: personioRun(parameters) };
}

/** Recruiting > Applicant > Create with a unique email on the first published job. */
export function applicantCreate(): { email: string; run: Runner } {
	const email = `applicant-${++writeSeq}-${Date.now()}@example.com`;
	const job = sandbox.state.jobs.find((j: { published: boolean }) => j.published);
	const parameters = {
		resource: 'applicant',
		operation: 'create',
		firstName: 'Fault',
		lastName: `Applicant ${writeSeq}`,
		email,
		jobPositionId: { mode: 'id', value: String(job.id) },
		additionalFields: {},
	};
	return {
		email,
		run: (credentials = sandboxCredentials()) =>
			outcomeOf(
				() =>
					runNode({
						nodeType: recruiting,
						typeName: 'n8n-nodes-personio.personioRecruiting',
						parameters,
						credentials,
					}) as never,
			),
	};
}

export const employeeIds = (): string[] =>
	sandbox.state.employees.map((e: { id: number }) => String(e.id));
/** The v2 ids of every absence: day-based ones (time-offs) and hour-based ones. */
export const absenceIds = (): string[] => [
	...sandbox.state.timeOffs.map((t: { id: number }) => timeOffUuid(t.id)),
	...sandbox.state.absencePeriods.map((a: { id: string }) => a.id),
];
export const employeesWithEmail = (email: string) =>
	sandbox.state.employees.filter(
		(e: { email: string }) => e.email.toLowerCase() === email.toLowerCase(),
	).length;
export const applicationsWithEmail = (email: string) =>
	sandbox.state.applications.filter(
		(a: { email: string }) => a.email.toLowerCase() === email.toLowerCase(),
	).length;

/** Every request of a route since the last reset. */
export const requestCount = (route: string): number => sandbox.log(route).length;

/** How many times the sandbox's handler got to process a route (a `drop` or status fault stops it before). */
export function processed(route: string): number {
	return sandbox
		.log(route)
		.filter((e: { fault?: string }) => !e.fault || ['slow', 'truncated', 'stall'].includes(e.fault))
		.length;
}

export interface Measure {
	lost: number;
	duplicated: number;
}

/** `expected` ids that did not come back, and ids that came back more than once. */
export function measure(outcome: Outcome, expected: string[]): Measure {
	const got = new Set(outcome.ids);
	return {
		lost: expected.filter((id) => !got.has(id)).length,
		duplicated: outcome.ids.length - got.size,
	};
}

export interface Row {
	scenario: string;
	operation: string;
	outcome: string;
	lost: number | string;
	duplicated: number | string;
	writesDuplicated: number | string;
	requests: string;
}

export const rows: Row[] = [];

/** The sandbox's request counts since the reset (or since `since`), token requests apart. */
export function requestSummary(since = { requests: 0, tokenRequests: 0 }): string {
	const stats = sandbox.stats();
	const tokens = stats.tokenRequests - since.tokenRequests;
	return `${stats.requests - since.requests - tokens} API + ${tokens} token`;
}

export function describeOutcome(outcome: Outcome, recovered = 'recovered'): string {
	if (outcome.ok)
		return `${recovered}: ${outcome.ids.length} record${outcome.ids.length === 1 ? '' : 's'} (${outcome.ms} ms)`;
	const description = outcome.error!.description.split('\n').filter(Boolean).pop() ?? '';
	return `failed: "${outcome.error!.message}"${description ? ` / "${description}"` : ''}`;
}

export function renderTable(): string {
	const header = [
		'#',
		'Scenario',
		'Operation',
		'Outcome',
		'Lost',
		'Duplicated',
		'Writes duplicated',
		'Requests',
	];
	const escape = (value: unknown) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
	const lines = [
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map(
			(row, i) =>
				`| ${[i + 1, row.scenario, row.operation, row.outcome, row.lost, row.duplicated, row.writesDuplicated, row.requests].map(escape).join(' | ')} |`,
		),
	];
	return lines.join('\n');
}

export function writeTable(name = 'faults.md'): string {
	const table = renderTable();
	const file = path.resolve(__dirname, '../artifacts', name);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const policy = `retry policy in this run: ${JSON.stringify({ ...retryPolicy, timeoutMs: requestTimeout.ms })}`;
	fs.writeFileSync(
		file,
		`# Fault scenarios (generated by \`npm run faults\`, ${new Date().toISOString()})\n\n` +
			`Sandbox with ${EMPLOYEES} employees; the real node code through n8n-core; ${policy}.\n` +
			`Lost = records of the sandbox missing from the output; Duplicated = output records with an id seen before;\n` +
			`Writes duplicated = times the sandbox processed the same write beyond the first; Requests = requests the sandbox received.\n\n` +
			`${table}\n`,
	);
	return table;
}
