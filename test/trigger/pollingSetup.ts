import nock from 'nock';

import { PersonioPollingTrigger } from '../../nodes/PersonioPollingTrigger/PersonioPollingTrigger.node';
import { BASE_URL, fastRetries } from '../helpers/harness';

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
		nock(BASE_URL)
			.persist()
			.post('/v2/auth/token')
			.reply(200, { access_token: 'papi-token-1', expires_in: 86400 });
	});
	afterEach(() => jest.restoreAllMocks());
}
