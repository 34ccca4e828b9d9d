/**
 * Issue 6 "Hardening": the pack under faults. Every scenario runs the real node code through n8n-core
 * against the Personio sandbox, injects a fault, and checks what came back against the sandbox's state:
 * nothing lost, nothing duplicated, no write sent twice. `npm run faults` prints the table and writes it
 * to test/artifacts/faults.md.
 */
import { fastRetries } from '../helpers/harness';
import { closeSandbox, openSandbox } from './lab';
import { rows, writeTable } from './labTable';
import { concurrencyScenarios } from './scenarios/concurrency';
import { cursorAndChangeScenarios } from './scenarios/cursorsAndChanges';
import { statusAndResetScenarios } from './scenarios/statusAndReset';
import { timeoutJsonAndTokenScenarios } from './scenarios/timeoutsJsonAndTokens';
import { absences, employees, persons, recoveredRead } from './targets';

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
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- a test, not node code
		process.stdout.write(`\nFault scenarios (also in test/artifacts/faults.md):\n\n${table}\n\n`);
	}
});

describe('baseline', () => {
	it('reads every employee, absence and person once without faults', async () => {
		for (const target of [employees, absences, persons])
			await recoveredRead('no fault (baseline)', target, []);
	});
});

// One test file, so `npm run faults` collects every row into one table.
statusAndResetScenarios();
timeoutJsonAndTokenScenarios();
cursorAndChangeScenarios();
concurrencyScenarios();
