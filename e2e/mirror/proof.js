'use strict';
/*
 * The mirror proof, for any n8n set-up (one n8n with SQLite, or queue mode): the mirror workflow is
 * active; rounds of seeded random changes happen in Personio, each followed by a poll; in the middle
 * n8n goes down (`outage`) while changes continue, then comes back; after the last poll the table is
 * compared with Personio: missing, stale and extra rows must all be 0.
 *
 * The caller gives:
 *   poll()            makes the active trigger poll now (n8n polls at most once a minute on its own:
 *                     re-activation polls at once, as n8n's start does)
 *   idle()            resolves true once no execution of the mirror is new or running
 *   rows()            the table's rows
 *   outage: { stop, start, label }  takes n8n (or a worker) down and brings it back
 */
const { changeScript } = require('./changes');
const { compareMirror } = require('./compare');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition, timeoutMs, what) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await condition()) return;
		if (Date.now() > deadline)
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(200);
	}
}

/** Waits for a poll that started at or after `since` (its employee list read) and its executions. */
async function pollSettled(sandbox, idle, since, timeoutMs = 60_000) {
	const read = () =>
		sandbox
			.stats()
			.log.filter((e) => e.path === '/v1/company/employees' && e.time >= since)
			.map((e) => e.time)
			.pop();
	await waitFor(() => read(), timeoutMs, 'a poll (a read of the employee list)');
	// A poll reads page after page; its execution starts after the last one.
	let last = '';
	await waitFor(
		async () => {
			const now = read();
			const quiet = now === last && Date.now() - Date.parse(now) > 1500;
			last = now;
			return quiet && (await idle());
		},
		timeoutMs,
		'the poll and its executions to finish',
	);
}

/**
 * rounds: how many rounds of changes (one poll after each); perRound: changes per round;
 * outageAfter: the round after which n8n goes down; downRounds: rounds applied while it is down.
 */
async function mirrorProof({
	sandbox,
	poll,
	idle,
	rows,
	outage,
	log = () => {},
	seed = 17,
	rounds = 8,
	perRound = 26,
	outageAfter = 3,
	downRounds = 2,
}) {
	const script = changeScript(sandbox, { seed });
	const stamp = () => new Date().toISOString();
	let t = stamp();
	await poll();
	await pollSettled(sandbox, idle, t);
	const initial = compareMirror(await rows(), sandbox);
	log(
		`first poll (every existing employee): ${initial.rows} rows for ${initial.employees} employees`,
	);
	let applied = 0;
	for (let round = 1; round <= rounds; round++) {
		await script.apply(perRound);
		applied += perRound;
		if (round === outageAfter) {
			await outage.stop();
			log(`${outage.label} down after round ${round} (${applied} changes so far)`);
			for (let r = 0; r < downRounds; r++) {
				await script.apply(perRound);
				applied += perRound;
				await sleep(300);
			}
			round += downRounds;
			t = stamp();
			await outage.start();
			log(`${outage.label} back; ${applied} changes so far`);
			await pollSettled(sandbox, idle, t, 120_000);
			continue;
		}
		// The next change lands in a later second than the poll's mark (Personio's filter is per second).
		await sleep(1100);
		t = stamp();
		await poll();
		await pollSettled(sandbox, idle, t);
	}
	await sleep(1100);
	t = stamp();
	await poll();
	await pollSettled(sandbox, idle, t);
	const result = compareMirror(await rows(), sandbox);
	return { ...result, initial, applied, counts: script.counts };
}

module.exports = { mirrorProof, pollSettled, waitFor };
