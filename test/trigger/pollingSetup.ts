import { PersonioPollingTrigger } from '../../nodes/PersonioPollingTrigger/PersonioPollingTrigger.node';
import { defaultCredentials, fastRetries, pollContext } from '../helpers/harness';
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

/**
 * Polls in trigger mode with these parameters and static data, and returns the emitted JSON.
 * `setClock` moves the test clock to the poll's time.
 */
export function itemPoller(setClock: (now: number) => void, defaults: Record<string, unknown>) {
	return (parameters: Record<string, unknown> = {}, staticData: Record<string, unknown> = {}) => {
		const credentials = defaultCredentials();
		return {
			staticData,
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			state: () => staticData[KEY] as any,
			async poll(now: number) {
				setClock(now);
				const { context } = pollContext(
					node,
					TYPE,
					{ simplify: true, ...defaults, ...parameters },
					{ credentials, staticData: staticData as never, mode: 'trigger' },
				);
				const result = await node.poll.call(context);
				// eslint-disable-next-line @typescript-eslint/no-explicit-any
				return result ? result[0].map((item) => item.json as any) : [];
			},
		};
	};
}
