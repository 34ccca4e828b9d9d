import { cancelledError, wait } from './retry';

/**
 * Paces requests to Personio's documented rate limits within this process, so that a Return All
 * never has to learn them from 429 answers (https://developer.personio.de/changelog/rate-limits-on-get-employees-endpoint-may-6-2024).
 *
 * Each limit is a generic cell rate: one request per `intervalMs` on average, `burst` of them at
 * once. A limit documented as "N per minute" without a burst gets a burst of 1, so no minute, however
 * it is counted (fixed window, sliding window or token bucket), ever holds more than N requests.
 */
export interface RateLimit {
	/** What the limit is named after in Personio's documentation. */
	name: string;
	/** `credential`: each credential has its own; `host`: every credential of this process shares it (per IP). */
	scope: 'credential' | 'host';
	intervalMs: number;
	burst: number;
	applies(method: string, path: string): boolean;
}

const MINUTE = 60_000;

export const PERSONIO_RATE_LIMITS: readonly RateLimit[] = [
	{
		// 300 per minute with bursts of 15 (changelog of 2024-05-06): one request every 200 ms on average.
		// One request of the burst is kept in reserve, so a request that reaches Personio a little sooner
		// than the one before it (network jitter) still finds the server's bucket refilled.
		name: 'GET /v1/company/employees',
		scope: 'credential',
		intervalMs: MINUTE / 300,
		burst: 14,
		applies: (method, path) => method === 'GET' && path === '/v1/company/employees',
	},
	{
		name: 'POST /v1/company/documents',
		scope: 'credential',
		intervalMs: MINUTE / 60,
		burst: 1,
		applies: (method, path) => method === 'POST' && path === '/v1/company/documents',
	},
	{
		// 2000 per minute per IP on all v1 endpoints: shared by every credential of this process.
		name: 'v1 per IP',
		scope: 'host',
		intervalMs: MINUTE / 2000,
		burst: 1,
		applies: (_method, path) => path.startsWith('/v1/'),
	},
];

/** How many (limit, credential) pairs are remembered at most. */
const MAX_TRACKED = 1000;

/**
 * The only state: per (limit, credential), the theoretical time of its next request. A time that has
 * passed is as good as no entry, which is what keeps the map small.
 */
export class Pacer {
	private readonly next = new Map<string, number>();

	constructor(
		private readonly now: () => number = Date.now,
		private readonly limits: readonly RateLimit[] = PERSONIO_RATE_LIMITS,
	) {}

	/**
	 * Books this request under its credential's limits (each is one endpoint's, so a booking ahead only
	 * queues requests to that endpoint) and returns the wait in ms before the request may go.
	 */
	reserve(credentialKey: string, method: string, path: string): number {
		const now = this.now();
		const applying = this.applying(credentialKey, method, path, 'credential');
		let sendAt = now;
		for (const { limit, key } of applying) {
			sendAt = Math.max(sendAt, (this.next.get(key) ?? now) - (limit.burst - 1) * limit.intervalMs);
		}
		for (const { limit, key } of applying) {
			this.remember(key, Math.max(this.next.get(key) ?? now, sendAt) + limit.intervalMs, now);
		}
		return sendAt - now;
	}

	/**
	 * Then, when that wait is over: takes a slot under the limits the credentials of a host share, or
	 * returns how long to wait before asking again. Nothing is booked ahead there, so a request queued
	 * behind one endpoint's limit never holds up the host's other requests.
	 */
	admit(credentialKey: string, method: string, path: string): number {
		const now = this.now();
		const applying = this.applying(credentialKey, method, path, 'host');
		let wait = 0;
		for (const { limit, key } of applying) {
			wait = Math.max(
				wait,
				(this.next.get(key) ?? now) - (limit.burst - 1) * limit.intervalMs - now,
			);
		}
		if (wait > 0) return wait;
		for (const { limit, key } of applying) {
			this.remember(key, Math.max(this.next.get(key) ?? now, now) + limit.intervalMs, now);
		}
		return 0;
	}

	private applying(credentialKey: string, method: string, path: string, scope: RateLimit['scope']) {
		const upperMethod = method.toUpperCase();
		const plainPath = pathOnly(path);
		const owner = scope === 'host' ? hostOf(credentialKey) : credentialKey;
		return this.limits
			.filter((limit) => limit.scope === scope && limit.applies(upperMethod, plainPath))
			.map((limit) => ({ limit, key: `${limit.name}\n${owner}` }));
	}

	/** How many (limit, credential) pairs are tracked; bounded by MAX_TRACKED. */
	get size(): number {
		return this.next.size;
	}

	private remember(key: string, theoretical: number, now: number): void {
		this.next.delete(key);
		if (this.next.size >= MAX_TRACKED) {
			// A limit whose time has passed is as good as untracked.
			for (const [other, at] of this.next) if (at <= now) this.next.delete(other);
			// Still full: forget the least recently used.
			for (const other of this.next.keys()) {
				if (this.next.size < MAX_TRACKED) break;
				this.next.delete(other);
			}
		}
		this.next.set(key, theoretical);
	}
}

function pathOnly(path: string): string {
	const withoutOrigin = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
	const end = withoutOrigin.search(/[?#]/);
	const plain = end === -1 ? withoutOrigin : withoutOrigin.slice(0, end);
	return plain.length > 1 ? plain.replace(/\/+$/, '') : plain;
}

/** The credential key is `<base URL>\n<credential id>`: the base URL names the host whose per-IP limit it shares. */
function hostOf(credentialKey: string): string {
	const end = credentialKey.indexOf('\n');
	return end === -1 ? credentialKey : credentialKey.slice(0, end);
}

const processPacer = new Pacer();

/** Suites that test something else against a sandbox without Personio's limits switch pacing off. */
export const pacingSettings = { enabled: true };

/**
 * Waits until this request may go out under Personio's documented limits for its credential (and its
 * host's per-IP limit). Requests without a documented limit go at once. Rejects when `signal` aborts.
 */
export async function paceRequest(
	credentialKey: string,
	method: string,
	path: string,
	signal?: AbortSignal,
): Promise<void> {
	if (!pacingSettings.enabled) return;
	if (signal?.aborted) throw cancelledError();
	const reserved = processPacer.reserve(credentialKey, method, path);
	if (reserved > 0) await wait(reserved, signal);
	for (let delay = processPacer.admit(credentialKey, method, path); delay > 0; ) {
		await wait(delay, signal);
		delay = processPacer.admit(credentialKey, method, path);
	}
}
