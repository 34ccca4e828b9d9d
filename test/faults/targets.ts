/**
 * What the fault scenarios read and write, and how a scenario runs one and records its row: a read must come
 * back complete or fail clearly; a write that may have reached Personio is never sent again.
 */
import {
	absenceIds,
	applicationsWithEmail,
	currentSandbox,
	employeeIds,
	employeesWithEmail,
	faultAt,
	freshSandbox,
	processed,
	requestCount,
} from './lab';
import {
	absencesGetAll,
	applicantCreate,
	employeeCreate,
	employeesGetAll,
	personsGetAll,
} from './labRunners';
import { describeOutcome, measure, requestSummary, rows } from './labTable';
import type { Outcome } from './labRunners';

export const EMPLOYEES_ROUTE = 'GET /v1/company/employees';
export const ABSENCES_ROUTE = 'GET /v2/absence-periods';
export const PERSONS_ROUTE = 'GET /v2/persons';
export const CREATE_EMPLOYEE_ROUTE = 'POST /v1/company/employees';
export const CREATE_APPLICATION_ROUTE = 'POST /v1/recruiting/applications';
export const MAY_HAVE_ARRIVED = /may already have received it/;

export interface ReadTarget {
	operation: string;
	route: string;
	run: () => Promise<Outcome>;
	expected: () => string[];
}

export const employees: ReadTarget = {
	operation: 'Employee > Get Many (Return All)',
	route: EMPLOYEES_ROUTE,
	run: employeesGetAll,
	expected: employeeIds,
};
export const absences: ReadTarget = {
	operation: 'Absence > Get Many (Return All, v2 cursor)',
	route: ABSENCES_ROUTE,
	run: absencesGetAll,
	expected: absenceIds,
};
export const persons: ReadTarget = {
	operation: 'Person > Get Many (Return All, v2 cursor)',
	route: PERSONS_ROUTE,
	run: personsGetAll,
	expected: employeeIds,
};

/** `[n, fault]`: the fault starts at the n-th request of the read's route; a function arms anything else. */
export type Arm = Array<[number, Record<string, unknown>]> | ((route: string) => void);

/** Runs a read on a fresh sandbox under `arm` and records its row. */
export async function read(
	scenario: string,
	target: ReadTarget,
	arm: Arm,
	sandboxOptions: Record<string, unknown> = {},
) {
	freshSandbox(sandboxOptions);
	if (typeof arm === 'function') arm(target.route);
	else for (const [nth, fault] of arm) faultAt(target.route, nth, fault);
	const outcome = await target.run();
	const { lost, duplicated } = measure(outcome, target.expected());
	const failed = 'n/a: the run failed, no partial output';
	rows.push({
		scenario,
		operation: target.operation,
		outcome: describeOutcome(outcome),
		lost: outcome.ok ? lost : failed,
		duplicated,
		writesDuplicated: '-',
		requests: requestSummary(),
	});
	return { outcome, lost, duplicated };
}

/** A read that must come back complete: exactly the sandbox's records, each once. */
export async function recoveredRead(
	scenario: string,
	target: ReadTarget,
	arm: Arm,
	sandboxOptions: Record<string, unknown> = {},
): Promise<Outcome> {
	const { outcome, lost, duplicated } = await read(scenario, target, arm, sandboxOptions);
	if (!outcome.ok) throw new Error(`${scenario}: ${JSON.stringify(outcome.error)}`);
	expect(outcome.ids).toHaveLength(target.expected().length);
	expect(lost).toBe(0);
	expect(duplicated).toBe(0);
	return outcome;
}

/** A read that must fail, with a clear message and no partial output. */
export async function failedRead(
	scenario: string,
	target: ReadTarget,
	arm: Arm,
	message: RegExp,
): Promise<void> {
	const { outcome } = await read(scenario, target, arm);
	expect(outcome.ok).toBe(false);
	expect(outcome.error!.message).toMatch(message);
}

export interface WriteTarget {
	operation: string;
	route: string;
	create: () => { email: string; run: () => Promise<Outcome> };
	count: (email: string) => number;
}

/**
 * Runs a write on a fresh sandbox with `fault` on its route; records how often it was sent and processed
 * and how many records exist. `settleMs`: how long the sandbox may still work after the client gave up.
 */
export async function write(
	scenario: string,
	target: WriteTarget,
	fault: Record<string, unknown>,
	settleMs = 0,
	arm?: () => void,
) {
	freshSandbox();
	if (fault.type) currentSandbox().fault({ route: target.route, ...fault });
	arm?.();
	const { email, run } = target.create();
	const outcome = await run();
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- a test, not node code
	if (settleMs) await new Promise((resolve) => setTimeout(resolve, settleMs));
	const sent = requestCount(target.route);
	const handled = processed(target.route);
	const created = target.count(email);
	rows.push({
		scenario,
		operation: target.operation,
		outcome: describeOutcome(outcome, 'created'),
		lost: '-',
		duplicated: '-',
		writesDuplicated: `${Math.max(0, handled - 1)} (sent ${sent}x, processed ${handled}x, ${created} record${created === 1 ? '' : 's'})`,
		requests: requestSummary(),
	});
	expect(created).toBeLessThanOrEqual(1);
	expect(handled).toBeLessThanOrEqual(1);
	return { outcome, sent, handled, created };
}

/** A write that may have reached Personio: sent once, reported with the warning, never with a retry hint. */
export async function notResent(
	scenario: string,
	target: WriteTarget,
	fault: Record<string, unknown>,
	created: number,
	settleMs = 0,
	arm?: () => void,
) {
	const result = await write(scenario, target, fault, settleMs, arm);
	expect(result.outcome.ok).toBe(false);
	expect(result.sent).toBe(1);
	expect(result.created).toBe(created);
	expect(result.outcome.error!.description).toMatch(MAY_HAVE_ARRIVED);
	expect(result.outcome.error!.message).not.toMatch(/retry/i); // n8n's "You can retry the request immediately" is dropped
	return result.outcome;
}

export const employeeWrite: WriteTarget = {
	operation: 'Employee > Create',
	route: CREATE_EMPLOYEE_ROUTE,
	create: employeeCreate,
	count: employeesWithEmail,
};
export const applicantWrite: WriteTarget = {
	operation: 'Recruiting > Applicant > Create',
	route: CREATE_APPLICATION_ROUTE,
	create: applicantCreate,
	count: applicationsWithEmail,
};
