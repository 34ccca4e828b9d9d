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
 *   executions()      how many executions of the mirror exist
 *   rows()            the table's rows
 *   outage: { stop, start, label }  takes n8n (or a worker) down and brings it back
 *   around: { beforeOutage, duringOutage }  optional, what else happens then (the catch-up proof)
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

/**
 * Waits for a poll that started at or after `since` (its first read of the employee list), for its
 * last request (the list pages, the id reads that confirm deletions), for the execution it starts
 * (if it emits anything: `executions()` counts them) and for every execution to end. Without this a
 * next poll's execution could overtake a slower earlier one.
 */
async function pollSettled(sandbox, { idle, executions }, since, before, timeoutMs = 60_000) {
	const personio = () =>
		sandbox
			.stats()
			.log.filter((e) => e.time >= since && !e.path.startsWith('/__sandbox'))
			.map((e) => e.time);
	await waitFor(
		() => sandbox.stats().log.some((e) => e.path === '/v1/company/employees' && e.time >= since),
		timeoutMs,
		'a poll (a read of the employee list)',
	);
	let last = '';
	await waitFor(
		() => {
			const now = personio().pop();
			const quiet = now === last && Date.now() - Date.parse(now) > 1500;
			last = now;
			return quiet;
		},
		timeoutMs,
		'the poll to finish its reads',
	);
	// A poll that emitted starts one execution, created a moment after its last read.
	await waitFor(async () => (await executions()) > before, 10_000, "the poll's execution").catch(
		() => {},
	);
	await waitFor(idle, timeoutMs, 'the executions to end');
}

/**
 * rounds: how many rounds of changes (one poll after each); perRound: changes per round;
 * outageAfter: the round after which n8n goes down; downRounds: rounds applied while it is down.
 */
async function mirrorProof({
	sandbox,
	poll,
	idle,
	executions,
	rows,
	outage,
	around = {},
	log = () => {},
	seed = 17,
	rounds = 8,
	perRound = 26,
	outageAfter = 3,
	downRounds = 2,
}) {
	const script = changeScript(sandbox, { seed });
	let known = 0;
	const count = async () => (known = await executions().catch(() => known));
	/** Starts a poll (`start`: poll, or the outage's end) and waits until it and its execution end. */
	const polled = async (start, timeoutMs) => {
		const before = await count();
		const since = new Date().toISOString();
		await start();
		await pollSettled(sandbox, { idle, executions: count }, since, before, timeoutMs);
	};
	await polled(poll);
	const initial = compareMirror(await rows(), sandbox);
	log(
		`first poll (every existing employee): ${initial.rows} rows for ${initial.employees} employees`,
	);
	let applied = 0;
	for (let round = 1; round <= rounds; round++) {
		await script.apply(perRound);
		applied += perRound;
		if (round === outageAfter) {
			if (around.beforeOutage) await around.beforeOutage();
			await count();
			await outage.stop();
			if (around.duringOutage) await around.duringOutage();
			log(`${outage.label} down after round ${round} (${applied} changes so far)`);
			for (let r = 0; r < downRounds; r++) {
				await script.apply(perRound);
				applied += perRound;
				await sleep(300);
			}
			round += downRounds;
			await polled(outage.start, 180_000);
			log(`${outage.label} back; ${applied} changes so far`);
			continue;
		}
		// The next change lands in a later second than the poll's mark (Personio's filter is per second).
		await sleep(1100);
		await polled(poll);
	}
	await sleep(1100);
	await polled(poll);
	const result = compareMirror(await rows(), sandbox);
	return { ...result, initial, applied, counts: script.counts };
}

module.exports = { mirrorProof, pollSettled, waitFor };
