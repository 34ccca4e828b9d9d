import { Pacer, PERSONIO_RATE_LIMITS, paceRequest } from '../../nodes/shared/transport/pacing';

const EMPLOYEES = '/v1/company/employees';
const KEY = 'https://api.personio.de\nclient-a';

/** A pacer on a clock the test moves by hand. */
function fakePacer() {
	const clock = { now: 0 };
	return { clock, pacer: new Pacer(() => clock.now) };
}

/** Personio's employee limit as a server would apply it: a bucket of 15 refilled at 300 per minute. */
function employeeBucket() {
	let tokens = 15;
	let last = 0;
	return (at: number): boolean => {
		tokens = Math.min(15, tokens + ((at - last) * 300) / 60_000);
		last = at;
		if (tokens < 1) return false;
		tokens -= 1;
		return true;
	};
}

/** Waits on the fake clock as paceRequest would (credential limits, then the host's); returns the send time. */
function send(
	pacer: Pacer,
	clock: { now: number },
	key: string,
	method: string,
	path: string,
): number {
	clock.now += pacer.reserve(key, method, path);
	for (let wait = pacer.admit(key, method, path); wait > 0; wait = pacer.admit(key, method, path))
		clock.now += wait;
	return clock.now;
}

/**
 * A Return All as the transport runs it: page after page, each sent when the pacer allows and
 * answered after `latency(i)` ms. Gives the end time and when each request reached the server.
 */
function returnAll(
	pages: number,
	latency: (i: number) => number,
	pacer: Pacer,
	clock: { now: number },
) {
	const arrivals: number[] = [];
	for (let i = 0; i < pages; i++) {
		send(pacer, clock, KEY, 'GET', EMPLOYEES);
		const oneWay = latency(i) / 2;
		arrivals.push(clock.now + oneWay);
		clock.now += latency(i);
	}
	return { end: clock.now, arrivals };
}

/** The least time N employee pages take under 300/min with bursts of 15: the first 15 at once, then 5 per second. */
const floorMs = (pages: number) => (Math.max(0, pages - 15) * 60_000) / 300;

describe('pacing to Personio documented limits', () => {
	it('reads 10,000 employees (100 pages) within 1.05x the limit floor and without a 429', () => {
		const { clock, pacer } = fakePacer();
		const accepts = employeeBucket();
		const { end, arrivals } = returnAll(100, () => 20, pacer, clock);
		expect(floorMs(100)).toBe(17_000);
		expect(end).toBeLessThanOrEqual(floorMs(100) * 1.05);
		expect(arrivals.filter((at) => !accepts(at))).toEqual([]);
	});

	it('keeps clear of 429s when answers take between 5 and 250 ms at random', () => {
		const { clock, pacer } = fakePacer();
		const accepts = employeeBucket();
		let seed = 7;
		const jitter = () => {
			seed = (seed * 16807) % 2147483647;
			return 5 + (seed % 246);
		};
		const { end, arrivals } = returnAll(500, jitter, pacer, clock);
		const refused = arrivals.filter((at) => !accepts(at)).length;
		expect(refused / arrivals.length).toBeLessThanOrEqual(0.02);
		expect(end).toBeLessThanOrEqual(floorMs(500) * 1.05);
	});

	it('sends the first 14 pages at once, then one every 200 ms', () => {
		const { pacer } = fakePacer();
		const waits = Array.from({ length: 17 }, () => pacer.reserve(KEY, 'GET', EMPLOYEES));
		expect(waits.slice(0, 14)).toEqual(Array(14).fill(0));
		expect(waits.slice(14)).toEqual([200, 400, 600]);
	});

	it('spaces concurrent requests of one credential, but not those of another credential', () => {
		const { pacer } = fakePacer();
		for (let i = 0; i < 14; i++) pacer.reserve(KEY, 'GET', EMPLOYEES);
		expect(pacer.reserve(KEY, 'GET', EMPLOYEES)).toBe(200);
		expect(pacer.reserve('https://api.personio.de\nclient-b', 'GET', EMPLOYEES)).toBe(0);
	});

	it('refills over time: after a pause the burst is available again', () => {
		const { clock, pacer } = fakePacer();
		for (let i = 0; i < 20; i++) pacer.reserve(KEY, 'GET', EMPLOYEES);
		clock.now += 60_000;
		const waits = Array.from({ length: 14 }, () => pacer.reserve(KEY, 'GET', EMPLOYEES));
		expect(waits).toEqual(Array(14).fill(0));
	});

	it('matches the list path only, whatever the query or the origin', () => {
		const { pacer } = fakePacer();
		for (let i = 0; i < 14; i++)
			pacer.reserve(KEY, 'get', `${EMPLOYEES}?limit=100&offset=${i * 100}`);
		expect(pacer.reserve(KEY, 'GET', `https://api.personio.de${EMPLOYEES}/`)).toBe(200);
		// One employee, a write: no limit of their own, only the host's per-IP limit (2000/min).
		expect(pacer.reserve(KEY, 'GET', `${EMPLOYEES}/42`)).toBe(0);
		expect(pacer.reserve(KEY, 'PATCH', `${EMPLOYEES}/42`)).toBe(0);
		expect(pacer.admit(KEY, 'GET', `${EMPLOYEES}/42`)).toBe(0);
		expect(pacer.admit(KEY, 'PATCH', `${EMPLOYEES}/42`)).toBe(30);
	});

	it('leaves endpoints without a documented limit unpaced', () => {
		const { pacer } = fakePacer();
		const waits = Array.from(
			{ length: 500 },
			() => pacer.reserve(KEY, 'GET', '/v2/persons') + pacer.admit(KEY, 'GET', '/v2/persons'),
		);
		expect(waits.every((ms) => ms === 0)).toBe(true);
		expect(pacer.reserve(KEY, 'GET', '/xml') + pacer.admit(KEY, 'GET', '/xml')).toBe(0);
	});

	it('uploads documents at 60 per minute', () => {
		const { pacer } = fakePacer();
		const waits = Array.from({ length: 61 }, () =>
			pacer.reserve(KEY, 'POST', '/v1/company/documents'),
		);
		expect(waits[0]).toBe(0);
		expect(waits[60]).toBe(60_000);
		// Uploads queued for the next minute hold up neither reading employees nor the host's other requests.
		expect(pacer.reserve(KEY, 'GET', EMPLOYEES)).toBe(0);
		expect(pacer.admit(KEY, 'POST', '/v1/company/documents')).toBe(0);
		expect(pacer.admit(KEY, 'GET', EMPLOYEES)).toBe(30);
	});

	it('shares the 2000/min per-IP v1 limit among the credentials of one host, never more in a minute', () => {
		const { clock, pacer } = fakePacer();
		const sendTimes: number[] = [];
		for (let i = 0; i < 2600; i++) {
			const key = `https://api.personio.de\nclient-${i % 13}`;
			sendTimes.push(send(pacer, clock, key, 'GET', '/v1/company/time-offs'));
		}
		const inFirstMinute = sendTimes.filter((at) => at < 60_000).length;
		expect(inFirstMinute).toBeLessThanOrEqual(2000);
		expect(inFirstMinute).toBeGreaterThanOrEqual(1990);
		// Another host (the sandbox, another region) has its own.
		expect(pacer.admit('http://127.0.0.1:4010\nclient-0', 'GET', '/v1/company/time-offs')).toBe(0);
		expect(pacer.admit('https://api.personio.de\nclient-0', 'GET', '/v1/company/time-offs')).toBe(
			30,
		);
	});

	it('keeps its memory bounded with many credentials', () => {
		const { clock, pacer } = fakePacer();
		for (let i = 0; i < 5000; i++) {
			pacer.reserve(`https://api.personio.de\nclient-${i}`, 'GET', EMPLOYEES);
			clock.now += 1;
		}
		expect(pacer.size).toBeLessThanOrEqual(1000);
		// The most recent credential is still paced: its next request waits behind its own booking.
		for (let i = 0; i < 14; i++)
			pacer.reserve('https://api.personio.de\nclient-4999', 'GET', EMPLOYEES);
		expect(pacer.reserve('https://api.personio.de\nclient-4999', 'GET', EMPLOYEES)).toBeGreaterThan(
			0,
		);
	});

	it('documents every limit it applies with a positive rate', () => {
		for (const limit of PERSONIO_RATE_LIMITS) {
			expect(limit.intervalMs).toBeGreaterThan(0);
			expect(limit.burst).toBeGreaterThanOrEqual(1);
		}
	});
});

describe('paceRequest', () => {
	it('goes at once for an unpaced request', async () => {
		const started = Date.now();
		await paceRequest('https://api.personio.test\nx', 'GET', '/v2/persons');
		expect(Date.now() - started).toBeLessThan(50);
	});

	it('gives up at once when the execution is cancelled while it waits', async () => {
		const key = 'https://pacing.test\ncancelled';
		// Books the burst so the next upload has to wait a whole second.
		await paceRequest(key, 'POST', '/v1/company/documents');
		const controller = new AbortController();
		const waiting = paceRequest(key, 'POST', '/v1/company/documents', controller.signal);
		const started = Date.now();
		controller.abort();
		await expect(waiting).rejects.toThrow('The execution was cancelled');
		expect(Date.now() - started).toBeLessThan(200);
	});

	it('refuses to wait for an execution already cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(
			paceRequest('https://pacing.test\ny', 'GET', '/v2/persons', controller.signal),
		).rejects.toThrow('The execution was cancelled');
	});
});
