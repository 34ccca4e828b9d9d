/* eslint-disable */
/**
 * Issue 6 "Hardening": the pack under faults. Every scenario runs the real node code through n8n-core
 * against the Personio sandbox, injects a fault, and checks what came back against the sandbox's state:
 * nothing lost, nothing duplicated, no write sent twice. `npm run faults` prints the table and writes it
 * to test/artifacts/faults.md.
 */
import { requestTimeout } from '../../nodes/shared/auth';
import { pacingSettings, retryPolicy } from '../../nodes/shared/transport';
import { fastRetries } from '../helpers/harness';
import {
	absencesGetAll,
	applicantCreate,
	applicationsWithEmail,
	closeSandbox,
	currentSandbox,
	describeOutcome,
	employeeCreate,
	employeeIds,
	employeesGetAll,
	employeesGetOne,
	employeesWithEmail,
	EMPLOYEES,
	faultAt,
	freshSandbox,
	measure,
	onRequest,
	openSandbox,
	Outcome,
	personsGetAll,
	processed,
	requestCount,
	requestSummary,
	rows,
	sandboxCredentials,
	stallAt,
	absenceIds,
	writeTable,
} from './lab';

const EMPLOYEES_ROUTE = 'GET /v1/company/employees';
const ABSENCES_ROUTE = 'GET /v2/absence-periods';
const PERSONS_ROUTE = 'GET /v2/persons';
const CREATE_EMPLOYEE_ROUTE = 'POST /v1/company/employees';
const CREATE_APPLICATION_ROUTE = 'POST /v1/recruiting/applications';
const MAY_HAVE_ARRIVED = /may already have received it/;

jest.setTimeout(60_000);

beforeAll(async () => {
	fastRetries();
	await openSandbox();
});

afterAll(async () => {
	await closeSandbox();
	if (rows.length) {
		const table = writeTable();
		// The table is the point of `npm run faults`.
		process.stdout.write(`\nFault scenarios (also in test/artifacts/faults.md):\n\n${table}\n\n`);
	}
});

interface ReadTarget {
	operation: string;
	route: string;
	run: () => Promise<Outcome>;
	expected: () => string[];
}

const employees: ReadTarget = { operation: 'Employee > Get Many (Return All)', route: EMPLOYEES_ROUTE, run: employeesGetAll, expected: employeeIds };
const absences: ReadTarget = { operation: 'Absence > Get Many (Return All, v2 cursor)', route: ABSENCES_ROUTE, run: absencesGetAll, expected: absenceIds };
const persons: ReadTarget = { operation: 'Person > Get Many (Return All, v2 cursor)', route: PERSONS_ROUTE, run: personsGetAll, expected: employeeIds };

/** `[n, fault]`: the fault starts at the n-th request of the read's route; a function arms anything else. */
type Arm = Array<[number, Record<string, unknown>]> | ((route: string) => void);

/** Runs a read on a fresh sandbox under `arm` and records its row. */
async function read(scenario: string, target: ReadTarget, arm: Arm, sandboxOptions: Record<string, unknown> = {}) {
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
async function recoveredRead(scenario: string, target: ReadTarget, arm: Arm, sandboxOptions: Record<string, unknown> = {}): Promise<Outcome> {
	const { outcome, lost, duplicated } = await read(scenario, target, arm, sandboxOptions);
	if (!outcome.ok) throw new Error(`${scenario}: ${JSON.stringify(outcome.error)}`);
	expect(outcome.ids).toHaveLength(target.expected().length);
	expect(lost).toBe(0);
	expect(duplicated).toBe(0);
	return outcome;
}

/** A read that must fail, with a clear message and no partial output. */
async function failedRead(scenario: string, target: ReadTarget, arm: Arm, message: RegExp): Promise<void> {
	const { outcome } = await read(scenario, target, arm);
	expect(outcome.ok).toBe(false);
	expect(outcome.error!.message).toMatch(message);
}

interface WriteTarget {
	operation: string;
	route: string;
	create: () => { email: string; run: () => Promise<Outcome> };
	count: (email: string) => number;
}

/**
 * Runs a write on a fresh sandbox with `fault` on its route; records how often it was sent and processed
 * and how many records exist. `settleMs`: how long the sandbox may still work after the client gave up.
 */
async function write(scenario: string, target: WriteTarget, fault: Record<string, unknown>, settleMs = 0, arm?: () => void) {
	freshSandbox();
	if (fault.type) currentSandbox().fault({ route: target.route, ...fault });
	arm?.();
	const { email, run } = target.create();
	const outcome = await run();
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
async function notResent(scenario: string, target: WriteTarget, fault: Record<string, unknown>, created: number, settleMs = 0, arm?: () => void) {
	const result = await write(scenario, target, fault, settleMs, arm);
	expect(result.outcome.ok).toBe(false);
	expect(result.sent).toBe(1);
	expect(result.created).toBe(created);
	expect(result.outcome.error!.description).toMatch(MAY_HAVE_ARRIVED);
	expect(result.outcome.error!.message).not.toMatch(/retry/i); // n8n's "You can retry the request immediately" is dropped
	return result.outcome;
}

const employeeWrite: WriteTarget = { operation: 'Employee > Create', route: CREATE_EMPLOYEE_ROUTE, create: employeeCreate, count: employeesWithEmail };
const applicantWrite: WriteTarget = { operation: 'Recruiting > Applicant > Create', route: CREATE_APPLICATION_ROUTE, create: applicantCreate, count: applicationsWithEmail };

describe('baseline', () => {
	it('reads every employee, absence and person once without faults', async () => {
		for (const target of [employees, absences, persons]) await recoveredRead('no fault (baseline)', target, []);
	});
});

describe('1. 429 storms', () => {
	it('waits for Retry-After and recovers the exact record set', async () => {
		const outcome = await recoveredRead('429 x2 with Retry-After: 1 on page 4', employees, [[4, { type: '429', count: 2, retryAfter: 1 }]]);
		expect(outcome.ms).toBeGreaterThanOrEqual(2000); // both Retry-After waits were honoured
	});

	it('backs off without Retry-After and recovers', async () => {
		await recoveredRead('429 x5 without Retry-After on page 4 (back-off)', employees, [[4, { type: '429', count: 5 }]]);
	});

	it("recovers from the sandbox's own rate limiter (4 requests/s, Retry-After)", async () => {
		const limiter = { rateLimit: true, retryAfter: true, retryAfterSeconds: 1, rateLimits: { [EMPLOYEES_ROUTE]: [{ capacity: 4, perMs: 1000 }] } };
		await recoveredRead('rate limiter: 4 employee requests/s, 429 + Retry-After: 1', employees, [], limiter);
	});

	it('fails with a clear message when the storm outlasts the retries', async () => {
		await failedRead('429 x6 without Retry-After (more than 5 retries)', employees, [[4, { type: '429', count: 6 }]], /too many requests/i);
	});

	it('re-sends a write refused with 429 (Personio did not process it) and creates it once', async () => {
		const { outcome, created, sent } = await write('429 x2 on the create', employeeWrite, { type: '429', count: 2 });
		expect(outcome.ok).toBe(true);
		expect(sent).toBe(3);
		expect(created).toBe(1);
	});
});

describe('2. 5xx bursts mid-pagination', () => {
	it('retries 500, 502 and 503 bursts on employee pages', async () => {
		const bursts: Arm = [[3, { type: '500', count: 2 }], [7, { type: '502', count: 2 }], [12, { type: '503', count: 3 }]];
		await recoveredRead('500 x2 on page 3, 502 x2 on page 5, 503 x3 on page 8', employees, bursts);
		expect(processed(EMPLOYEES_ROUTE)).toBe(10);
	});

	it('retries 5xx bursts on absence pages (v2 cursor)', async () => {
		const bursts: Arm = [[7, { type: '503', count: 3 }], [18, { type: '502', count: 1 }], [24, { type: '500', count: 2 }]];
		await recoveredRead('503 x3 on page 7, 502 x1 on page 15, 500 x2 on page 20', absences, bursts);
	});

	it('retries 5xx and resets on person pages (v2 cursor)', async () => {
		await recoveredRead('503 x2 on page 5, connection reset on page 12', persons, [[5, { type: '503', count: 2 }], [14, { type: 'drop', count: 1 }]]);
	});

	it('fails with a clear message when a 503 outlasts the retries', async () => {
		await failedRead('503 x6 on page 4 (more than 5 retries)', employees, [[4, { type: '503', count: 6 }]], /503|unavailable/i);
	});

	it('does not re-send a write answered with 500', async () => {
		await notResent('500 on the create', employeeWrite, { type: '500', count: 1 }, 0);
	});
});

describe('3. connection reset', () => {
	it('re-reads a page whose connection was reset', async () => {
		await recoveredRead('connection reset on page 5 (and twice on page 9)', employees, [[5, { type: 'drop', count: 1 }], [10, { type: 'drop', count: 2 }]]);
	});

	it('does not re-send a create employee whose connection was reset, and says why', async () => {
		await notResent('connection reset on the create', employeeWrite, { type: 'drop', count: 1 }, 0);
	});

	it('does not re-send an applicant whose connection was reset, and says why', async () => {
		await notResent('connection reset on the create', applicantWrite, { type: 'drop', count: 1 }, 0);
	});
});

describe('4. slow responses past the timeout', () => {
	const TIMEOUT_MS = 300;
	const slow = { type: 'slow', count: 1, delayMs: 800 };
	let saved: number;
	beforeAll(() => {
		saved = requestTimeout.ms;
		requestTimeout.ms = TIMEOUT_MS;
	});
	afterAll(() => {
		requestTimeout.ms = saved;
	});

	it('gives up on a slow page after the timeout and reads it again', async () => {
		await recoveredRead(`page 4 answers after 800 ms, timeout ${TIMEOUT_MS} ms (x2)`, employees, [[4, { ...slow, count: 2 }]]);
	});

	it('reads a page again whose body stalls past the timeout', async () => {
		const stall: Arm = (route) => stallAt(route, 4, 2, 800);
		await recoveredRead(`page 4 sends half its body, stalls 800 ms (x2), timeout ${TIMEOUT_MS} ms`, employees, stall);
	});

	it('does not re-send a create whose answer stalled mid-body', async () => {
		await notResent(`create answer stalls mid-body 800 ms, timeout ${TIMEOUT_MS} ms`, employeeWrite, {}, 1, 800, () => stallAt(CREATE_EMPLOYEE_ROUTE, 1, 1, 800));
	});

	it('does not re-send a create that timed out; the sandbox created it exactly once', async () => {
		// It did arrive: the message tells the user to check Personio before running it again.
		await notResent(`create answers after 800 ms, timeout ${TIMEOUT_MS} ms`, employeeWrite, slow, 1, 800);
	});

	it('does not re-send an applicant that timed out', async () => {
		await notResent(`create answers after 800 ms, timeout ${TIMEOUT_MS} ms`, applicantWrite, slow, 1, 800);
	});
});

describe('5. truncated and malformed JSON', () => {
	it('re-reads truncated and malformed employee pages', async () => {
		await recoveredRead('truncated page 2, malformed page 7', employees, [[2, { type: 'truncated', count: 1 }], [8, { type: 'malformed', count: 1 }]]);
	});

	it('re-reads truncated and malformed absence pages', async () => {
		await recoveredRead('malformed page 3, truncated x2 page 12', absences, [[3, { type: 'malformed', count: 1 }], [13, { type: 'truncated', count: 2 }]]);
	});

	it('reports a truncated answer to a create without re-sending it', async () => {
		const outcome = await notResent('truncated answer to the create', employeeWrite, { type: 'truncated', count: 1 }, 1);
		expect(outcome.error!.message).toMatch(/malformed/i);
	});

	it('reports a malformed answer to a create without re-sending it', async () => {
		const outcome = await notResent('malformed answer to the create', employeeWrite, { type: 'malformed', count: 1 }, 0);
		expect(outcome.error!.message).toMatch(/malformed/i);
	});
});

describe('6. tokens expiring or revoked mid-run', () => {
	it('refreshes a token that expires every ~0.3 s during a slowed Return All', async () => {
		await recoveredRead('token lifetime 0.3 s, every page 150 ms slow', employees, [[1, { type: 'slow', count: 100, delayMs: 150 }]], { tokenLifetime: 0.3 });
		expect(sandboxTokenRequests()).toBeGreaterThan(2);
	});

	it('refreshes a token that expires when the clock jumps mid-run (absences)', async () => {
		const jump: Arm = (route) => onRequest(route, 9, (sb) => sb.clock({ advanceSeconds: 7200 }));
		await recoveredRead('token lifetime 1 h, clock +2 h at page 9', absences, jump, { tokenLifetime: 3600 });
		expect(sandboxTokenRequests()).toBe(2);
	});

	it('gets a new token when every token is revoked mid-run', async () => {
		await recoveredRead('revokeTokens() at page 5', employees, (route) => onRequest(route, 5, (sb) => sb.revokeTokens()));
		expect(sandboxTokenRequests()).toBe(2);
	});
});

function sandboxTokenRequests(): number {
	return currentSandbox().stats().tokenRequests;
}

describe('7. repeated v2 cursor', () => {
	it('fails clearly when a full page points back at itself: no loop, no duplicates, no silent partial list', async () => {
		freshSandbox({ selfReferencingNext: true });
		const outcome = await personsGetAll();
		const { lost, duplicated } = measure(outcome, employeeIds());
		const requests = currentSandbox().stats().byRoute[PERSONS_ROUTE];
		rows.push({
			scenario: 'next link of page 2 points at page 2 (selfReferencingNext)',
			operation: persons.operation,
			outcome: describeOutcome(outcome, 'stopped'),
			lost: `${lost} (never served: the API loops on page 2; the run fails instead of returning a partial list)`,
			duplicated,
			writesDuplicated: '-',
			requests: requestSummary(),
		});
		expect(outcome.ok).toBe(false);
		expect(outcome.error!.message).toMatch(/Personio repeated a page cursor after 100 records/);
		expect(duplicated).toBe(0);
		expect(requests).toBe(2);
	});
});

describe('8. records inserted and deleted during offset pagination', () => {
	type Change = { scenario: string; change: (db: any) => { deleted?: string; inserted?: string }; lost: number };
	/** A copy of an existing employee with a new id, put at the end (as new ids come) or at the top of the list. */
	const insert = (db: any, where: 'end' | 'top') => {
		const copy = JSON.parse(JSON.stringify(db.employees[0]));
		Object.assign(copy, { id: db.ids.employee++, email: `inserted-${where}@example.com`, first_name: 'Inserted', last_name: 'Mid-run' });
		db.employeeById.set(copy.id, copy);
		if (where === 'end') db.employees.push(copy);
		else db.employees.unshift(copy);
		return { inserted: String(copy.id) };
	};
	const remove = (db: any, index: number) => {
		const [gone] = db.employees.splice(index, 1);
		db.employeeById.delete(gone.id);
		return { deleted: String(gone.id) };
	};
	const changes: Change[] = [
		// Every record after the deleted one moves one place up: the first record of page 5 slides onto page 4,
		// already read. total_elements changed during the walk, so the list is read once more and the record found.
		{ scenario: 'record 11 deleted while page 5 is read (before the offset)', change: (db) => remove(db, 10), lost: 0 },
		{ scenario: 'record 701 deleted while page 5 is read (after the offset)', change: (db) => remove(db, 700), lost: 0 },
		{ scenario: 'record appended while page 5 is read (new ids come last)', change: (db) => insert(db, 'end'), lost: 0 },
		// The last record of page 4 slides onto page 5 and is served twice: de-dup drops the second copy.
		{ scenario: 'record inserted at the top while page 5 is read (before the offset)', change: (db) => insert(db, 'top'), lost: 0 },
	];

	for (const { scenario, change, lost: expectedLost } of changes) {
		it(scenario, async () => {
			freshSandbox();
			const before = employeeIds();
			let changed: { deleted?: string; inserted?: string } = {};
			onRequest(EMPLOYEES_ROUTE, 5, (sb) => (changed = change(sb.state)));
			const outcome = await employeesGetAll();
			// The truth: records that existed for the whole run.
			const survivors = before.filter((id) => id !== changed.deleted);
			const { lost, duplicated } = measure(outcome, survivors);
			const notes = [
				changed.deleted ? `deleted record ${outcome.ids.includes(changed.deleted) ? 'returned (read before it was deleted)' : 'not returned'}` : '',
				changed.inserted ? `new record ${outcome.ids.includes(changed.inserted) ? 'returned' : 'not returned'}` : '',
			].filter(Boolean);
			rows.push({
				scenario,
				operation: employees.operation,
				outcome: `${describeOutcome(outcome, 'finished')}; ${notes.join('; ')}`,
				lost,
				duplicated,
				writesDuplicated: '-',
				requests: requestSummary(),
			});
			expect(outcome.ok).toBe(true);
			expect(duplicated).toBe(0);
			expect(lost).toBe(expectedLost);
		});
	}
});

/** The distinct error messages of the executions that failed. */
function failures(outcomes: Outcome[]): string {
	const messages = [...new Set(outcomes.filter((o) => !o.ok).map((o) => `${o.error!.message} (${o.error!.description})`))];
	return messages.length ? `; failed: ${messages.join(' / ')}` : '';
}

/** Lost and duplicated employees summed over several executions. */
function measureAll(outcomes: Outcome[]) {
	return outcomes
		.map((o) => measure(o, employeeIds()))
		.reduce((a, b) => ({ lost: a.lost + b.lost, duplicated: a.duplicated + b.duplicated }), { lost: 0, duplicated: 0 });
}

describe('9. concurrency: 20 executions sharing one credential', () => {
	const PARALLEL = 20;
	// These rows are about the token shared by many executions; pacing would spread their 440 employee
	// reads over 90 s at Personio's 300/min (the bench measures pacing; the sandbox emulates the limits).
	beforeAll(() => (pacingSettings.enabled = false));
	afterAll(() => (pacingSettings.enabled = true));
	// The token endpoint keeps Personio's 150/min; employee reads are let through so only the token limit is at play.
	const limits = { rateLimit: true, rateLimits: { [EMPLOYEES_ROUTE]: [{ capacity: 100_000, perMs: 1000 }] } };

	it('20 cold parallel Return Alls: every one complete, one token request each at most, under 150/min', async () => {
		freshSandbox(limits);
		const credentials = sandboxCredentials();
		const outcomes = await Promise.all(Array.from({ length: PARALLEL }, () => employeesGetAll(credentials)));
		const stats = currentSandbox().stats();
		const worst = measureAll(outcomes);
		rows.push({
			scenario: `${PARALLEL} parallel executions, one credential, no token stored yet, token limit 150/min on`,
			operation: employees.operation,
			outcome: `${outcomes.filter((o) => o.ok).length}/${PARALLEL} recovered with all ${EMPLOYEES} records; ${stats.tokenRequests} token requests (shared within the process), ${stats.byStatus['429'] ?? 0} x 429${failures(outcomes)}`,
			lost: worst.lost,
			duplicated: worst.duplicated,
			writesDuplicated: '-',
			requests: requestSummary(),
		});
		expect(failures(outcomes)).toBe('');
		expect(worst).toEqual({ lost: 0, duplicated: 0 });
		// Within one process the credential shares the token request under way.
		expect(stats.tokenRequests).toBe(1);
		expect(stats.tokenRequests).toBeLessThanOrEqual(150);
		expect(stats.byStatus['429']).toBeUndefined();

		// Once a token is stored, the next 20 executions reuse it.
		const warmBefore = currentSandbox().stats();
		const warm = await Promise.all(Array.from({ length: PARALLEL }, () => employeesGetAll(credentials)));
		const warmTokens = currentSandbox().stats().tokenRequests - warmBefore.tokenRequests;
		rows.push({
			scenario: `${PARALLEL} more parallel executions, token stored`,
			operation: employees.operation,
			outcome: `${warm.filter((o) => o.ok).length}/${PARALLEL} recovered; ${warmTokens} token requests${failures(warm)}`,
			...measureAll(warm),
			writesDuplicated: '-',
			requests: requestSummary(warmBefore),
		});
		expect(failures(warm)).toBe('');
		expect(warmTokens).toBe(0);
	});

	it('more cold executions than the token limit: the excess is refused by Personio and backs off', async () => {
		const COLD = 170;
		freshSandbox(limits);
		const saved = { ...retryPolicy };
		// Closer to the real policy (1 s, 2 s, 4 s...), so the 2.5 tokens/s refill can be waited for.
		Object.assign(retryPolicy, { baseDelayMs: 1000, maxDelayMs: 4000 });
		try {
			const credentials = sandboxCredentials();
			const outcomes = await Promise.all(Array.from({ length: COLD }, () => employeesGetOne(credentials)));
			const stats = currentSandbox().stats();
			const failed = outcomes.filter((o) => !o.ok);
			const messages = [...new Set(failed.map((o) => o.error!.message))];
			rows.push({
				scenario: `${COLD} parallel cold executions (limit 1), one credential, token limit 150/min on`,
				operation: 'Employee > Get Many (Limit 1)',
				outcome:
					`${COLD - failed.length}/${COLD} succeeded; ${stats.tokensIssued} tokens issued of ${stats.tokenRequests} token requests ` +
					`(${stats.byRoute['POST /v2/auth/token'] - stats.tokensIssued} refused with 429; after one back-off those executions found the token the others had stored)` +
					(failed.length ? `; ${failed.length} failed: "${messages.join('" / "')}"` : ''),
				lost: 0,
				duplicated: 0,
				writesDuplicated: '-',
				requests: requestSummary(),
			});
			expect(stats.tokensIssued).toBeLessThanOrEqual(150 + 2.5 * 20);
			for (const message of messages) expect(message).toMatch(/150 per minute/);
		} finally {
			Object.assign(retryPolicy, saved);
		}
	});
});
