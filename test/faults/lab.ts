/**
 * Fault lab: runs the pack's real node code (through n8n-core, see test/helpers/harness.ts) against the
 * Personio sandbox while the sandbox injects faults, and measures what came back against the sandbox's
 * own state: records lost, records duplicated, writes duplicated, requests made. This file holds the
 * sandbox and its fault hooks; the node operations are in labRunners.ts, the measures and the table in
 * labTable.ts.
 */
import {
	personioCredentials,
	recruitingCredentials,
	TestCredentialsHelper,
} from '../helpers/harness';
import type { Json } from '../helpers/json';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loads a CommonJS module of the sandbox at run time
const { startSandbox } = require('../sandbox/server');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loads a CommonJS module of the sandbox at run time
const { timeOffUuid } = require('../sandbox/format');

export const EMPLOYEES = 1000;

export type Sandbox = Json;

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
	inst.send = (res: Json, out: Json, ctx: Json, entry: Json, started: number) => {
		if (left > 0 && ctx.routeKey === route && inst.stats.byRoute[route] >= nth && out?.body) {
			left--;
			if (entry) Object.assign(entry, { status: out.status, fault: 'stall' });
			const body = Buffer.from(out.body);
			res.writeHead(out.status, { ...out.headers, 'content-length': body.length });
			res.write(body.subarray(0, body.length >> 1));
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
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
