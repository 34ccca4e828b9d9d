import { PersonioPollingTrigger } from '../../nodes/PersonioPollingTrigger/PersonioPollingTrigger.node';
import { fastRetries } from '../helpers/harness';
import { tokenEndpoint } from '../helpers/personioNode';

export const node = new PersonioPollingTrigger();
export const TYPE = 'n8n-nodes-personio.personioPollingTrigger';
export const KEY = 'node:Personio Polling Trigger';
export const T = Date.parse('2025-03-01T10:00:00Z');
export const S = 1000;

/** Polls run at the clock `now()` gives, with a token always at hand. */
export function useTestClock(now: () => number): void {
	beforeAll(fastRetries);
	beforeEach(() => {
		jest.spyOn(Date, 'now').mockImplementation(now);
		tokenEndpoint(1, { persist: true });
	});
	afterEach(() => jest.restoreAllMocks());
}
