/** Scenarios 4-6: slow responses past the timeout, truncated and malformed JSON, tokens expiring or revoked mid-run. */
import { requestTimeout } from '../../../nodes/shared/timeout';
import { currentSandbox, onRequest, stallAt } from '../lab';
import {
	absences,
	applicantWrite,
	CREATE_EMPLOYEE_ROUTE,
	employees,
	employeeWrite,
	notResent,
	recoveredRead,
} from '../targets';
import type { Arm } from '../targets';

export function timeoutJsonAndTokenScenarios() {
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
			await recoveredRead(`page 4 answers after 800 ms, timeout ${TIMEOUT_MS} ms (x2)`, employees, [
				[4, { ...slow, count: 2 }],
			]);
		});

		it('reads a page again whose body stalls past the timeout', async () => {
			const stall: Arm = (route) => stallAt(route, 4, 2, 800);
			await recoveredRead(
				`page 4 sends half its body, stalls 800 ms (x2), timeout ${TIMEOUT_MS} ms`,
				employees,
				stall,
			);
		});

		it('does not re-send a create whose answer stalled mid-body', async () => {
			await notResent(
				`create answer stalls mid-body 800 ms, timeout ${TIMEOUT_MS} ms`,
				employeeWrite,
				{},
				1,
				800,
				() => stallAt(CREATE_EMPLOYEE_ROUTE, 1, 1, 800),
			);
		});

		it('does not re-send a create that timed out; the sandbox created it exactly once', async () => {
			// It did arrive: the message tells the user to check Personio before running it again.
			await notResent(
				`create answers after 800 ms, timeout ${TIMEOUT_MS} ms`,
				employeeWrite,
				slow,
				1,
				800,
			);
		});

		it('does not re-send an applicant that timed out', async () => {
			await notResent(
				`create answers after 800 ms, timeout ${TIMEOUT_MS} ms`,
				applicantWrite,
				slow,
				1,
				800,
			);
		});
	});

	describe('5. truncated and malformed JSON', () => {
		it('re-reads truncated and malformed employee pages', async () => {
			await recoveredRead('truncated page 2, malformed page 7', employees, [
				[2, { type: 'truncated', count: 1 }],
				[8, { type: 'malformed', count: 1 }],
			]);
		});

		it('re-reads truncated and malformed absence pages', async () => {
			await recoveredRead('malformed page 3, truncated x2 page 12', absences, [
				[3, { type: 'malformed', count: 1 }],
				[13, { type: 'truncated', count: 2 }],
			]);
		});

		it('reports a truncated answer to a create without re-sending it', async () => {
			const outcome = await notResent(
				'truncated answer to the create',
				employeeWrite,
				{ type: 'truncated', count: 1 },
				1,
			);
			expect(outcome.error!.message).toMatch(/malformed/i);
		});

		it('reports a malformed answer to a create without re-sending it', async () => {
			const outcome = await notResent(
				'malformed answer to the create',
				employeeWrite,
				{ type: 'malformed', count: 1 },
				0,
			);
			expect(outcome.error!.message).toMatch(/malformed/i);
		});
	});

	describe('6. tokens expiring or revoked mid-run', () => {
		it('refreshes a token that expires every ~0.5 s during a slowed Return All', async () => {
			await recoveredRead(
				'token lifetime 0.5 s, every page 150 ms slow',
				employees,
				[[1, { type: 'slow', count: 100, delayMs: 150 }]],
				{ tokenLifetime: 0.5 },
			);
			expect(sandboxTokenRequests()).toBeGreaterThan(2);
		});

		it('refreshes a token that expires when the clock jumps mid-run (absences)', async () => {
			const jump: Arm = (route) => onRequest(route, 9, (sb) => sb.clock({ advanceSeconds: 7200 }));
			await recoveredRead('token lifetime 1 h, clock +2 h at page 9', absences, jump, {
				tokenLifetime: 3600,
			});
			expect(sandboxTokenRequests()).toBe(2);
		});

		it('gets a new token when every token is revoked mid-run', async () => {
			await recoveredRead('revokeTokens() at page 5', employees, (route) =>
				onRequest(route, 5, (sb) => sb.revokeTokens()),
			);
			expect(sandboxTokenRequests()).toBe(2);
		});
	});

	function sandboxTokenRequests(): number {
		return currentSandbox().stats().tokenRequests;
	}
}
