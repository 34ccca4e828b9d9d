/** Scenario 9: 20 executions sharing one credential, and more cold executions than the token limit. */
import { pacingSettings, retryPolicy } from '../../../nodes/shared/transport';
import { currentSandbox, employeeIds, EMPLOYEES, freshSandbox, sandboxCredentials } from '../lab';
import { employeesGetAll, employeesGetOne } from '../labRunners';
import { measure, requestSummary, rows } from '../labTable';
import type { Outcome } from '../labRunners';
import { employees, EMPLOYEES_ROUTE } from '../targets';

export function concurrencyScenarios() {
	/** The distinct error messages of the executions that failed. */
	function failures(outcomes: Outcome[]): string {
		const messages = [
			...new Set(
				outcomes.filter((o) => !o.ok).map((o) => `${o.error!.message} (${o.error!.description})`),
			),
		];
		return messages.length ? `; failed: ${messages.join(' / ')}` : '';
	}

	/** Lost and duplicated employees summed over several executions. */
	function measureAll(outcomes: Outcome[]) {
		return outcomes
			.map((o) => measure(o, employeeIds()))
			.reduce((a, b) => ({ lost: a.lost + b.lost, duplicated: a.duplicated + b.duplicated }), {
				lost: 0,
				duplicated: 0,
			});
	}

	describe('9. concurrency: 20 executions sharing one credential', () => {
		const PARALLEL = 20;
		// These rows are about the token shared by many executions; pacing would spread their 440 employee
		// reads over 90 s at Personio's 300/min (the bench measures pacing; the sandbox emulates the limits).
		beforeAll(() => (pacingSettings.enabled = false));
		afterAll(() => (pacingSettings.enabled = true));
		// The token endpoint keeps Personio's 150/min; employee reads are let through so only the token limit is at play.
		const limits = {
			rateLimit: true,
			rateLimits: { [EMPLOYEES_ROUTE]: [{ capacity: 100_000, perMs: 1000 }] },
		};

		it('20 cold parallel Return Alls: every one complete, one token request each at most, under 150/min', async () => {
			freshSandbox(limits);
			const credentials = sandboxCredentials();
			const outcomes = await Promise.all(
				Array.from({ length: PARALLEL }, () => employeesGetAll(credentials)),
			);
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
			const warm = await Promise.all(
				Array.from({ length: PARALLEL }, () => employeesGetAll(credentials)),
			);
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
				const outcomes = await Promise.all(
					Array.from({ length: COLD }, () => employeesGetOne(credentials)),
				);
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
}
