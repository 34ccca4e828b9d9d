/** Scenarios 1-3: 429 storms, 5xx bursts mid-pagination, connection resets. */
import { processed } from '../lab';
import {
	absences,
	applicantWrite,
	employees,
	EMPLOYEES_ROUTE,
	employeeWrite,
	failedRead,
	notResent,
	persons,
	recoveredRead,
	write,
} from '../targets';
import type { Arm } from '../targets';

export function statusAndResetScenarios() {
	describe('1. 429 storms', () => {
		it('waits for Retry-After and recovers the exact record set', async () => {
			const outcome = await recoveredRead('429 x2 with Retry-After: 1 on page 4', employees, [
				[4, { type: '429', count: 2, retryAfter: 1 }],
			]);
			expect(outcome.ms).toBeGreaterThanOrEqual(2000); // both Retry-After waits were honoured
		});

		it('backs off without Retry-After and recovers', async () => {
			await recoveredRead('429 x5 without Retry-After on page 4 (back-off)', employees, [
				[4, { type: '429', count: 5 }],
			]);
		});

		it("recovers from the sandbox's own rate limiter (4 requests/s, Retry-After)", async () => {
			const limiter = {
				rateLimit: true,
				retryAfter: true,
				retryAfterSeconds: 1,
				rateLimits: { [EMPLOYEES_ROUTE]: [{ capacity: 4, perMs: 1000 }] },
			};
			await recoveredRead(
				'rate limiter: 4 employee requests/s, 429 + Retry-After: 1',
				employees,
				[],
				limiter,
			);
		});

		it('fails with a clear message when the storm outlasts the retries', async () => {
			await failedRead(
				'429 x6 without Retry-After (more than 5 retries)',
				employees,
				[[4, { type: '429', count: 6 }]],
				/too many requests/i,
			);
		});

		it('re-sends a write refused with 429 (Personio did not process it) and creates it once', async () => {
			const { outcome, created, sent } = await write('429 x2 on the create', employeeWrite, {
				type: '429',
				count: 2,
			});
			expect(outcome.ok).toBe(true);
			expect(sent).toBe(3);
			expect(created).toBe(1);
		});
	});

	describe('2. 5xx bursts mid-pagination', () => {
		it('retries 500, 502 and 503 bursts on employee pages', async () => {
			const bursts: Arm = [
				[3, { type: '500', count: 2 }],
				[7, { type: '502', count: 2 }],
				[12, { type: '503', count: 3 }],
			];
			await recoveredRead(
				'500 x2 on page 3, 502 x2 on page 5, 503 x3 on page 8',
				employees,
				bursts,
			);
			expect(processed(EMPLOYEES_ROUTE)).toBe(10);
		});

		it('retries 5xx bursts on absence pages (v2 cursor)', async () => {
			const bursts: Arm = [
				[7, { type: '503', count: 3 }],
				[18, { type: '502', count: 1 }],
				[24, { type: '500', count: 2 }],
			];
			await recoveredRead(
				'503 x3 on page 7, 502 x1 on page 15, 500 x2 on page 20',
				absences,
				bursts,
			);
		});

		it('retries 5xx and resets on person pages (v2 cursor)', async () => {
			await recoveredRead('503 x2 on page 5, connection reset on page 12', persons, [
				[5, { type: '503', count: 2 }],
				[14, { type: 'drop', count: 1 }],
			]);
		});

		it('fails with a clear message when a 503 outlasts the retries', async () => {
			await failedRead(
				'503 x6 on page 4 (more than 5 retries)',
				employees,
				[[4, { type: '503', count: 6 }]],
				/503|unavailable/i,
			);
		});

		it('does not re-send a write answered with 500', async () => {
			await notResent('500 on the create', employeeWrite, { type: '500', count: 1 }, 0);
		});
	});

	describe('3. connection reset', () => {
		it('re-reads a page whose connection was reset', async () => {
			await recoveredRead('connection reset on page 5 (and twice on page 9)', employees, [
				[5, { type: 'drop', count: 1 }],
				[10, { type: 'drop', count: 2 }],
			]);
		});

		it('does not re-send a create employee whose connection was reset, and says why', async () => {
			await notResent(
				'connection reset on the create',
				employeeWrite,
				{ type: 'drop', count: 1 },
				0,
			);
		});

		it('does not re-send an applicant whose connection was reset, and says why', async () => {
			await notResent(
				'connection reset on the create',
				applicantWrite,
				{ type: 'drop', count: 1 },
				0,
			);
		});
	});
}
