#!/usr/bin/env node
'use strict';
/*
 * `npm run e2e:queue`: the pack under n8n's queue mode with the real pieces (see e2e/queue/cluster.js):
 * load over two workers, the shared expirable token, the webhook trigger, the polling trigger while
 * workers come and go, a worker killed under load, throughput with one and two workers.
 * Prints a table and `N passed, N failed`; exits non-zero on failure.
 *
 *   npm run e2e:queue -- --only load,token,trigger,polling,mirror,faults,throughput --keep
 */
const { startCluster } = require('./cluster');
const { request } = require('./util');
const W = require('./workflows');
const { check, countBy, fmt, note, printTable, workerOfExecutions } = require('./report');
const { pollingTrigger, webhookTrigger } = require('./triggers');
const { failures, fire, outputOk, readJobs, tokenRequests } = require('./jobs');
const { faults, throughput } = require('./workers');
const { mirrorInQueueMode } = require('./mirror');

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i < 0
		? fallback
		: argv[i + 1] === undefined || argv[i + 1].startsWith('--')
			? true
			: argv[i + 1];
};
const only = opt('only', '') ? String(opt('only', '')).split(',') : null;
const wants = (s) => !only || only.includes(s);
const LOAD = Number(opt('load', 100));
const THROUGHPUT_N = Number(opt('throughput', 200));
const CONCURRENCY = Number(opt('concurrency', 10));

async function main() {
	const t0 = Date.now();
	const cluster = await startCluster({
		workers: 2,
		concurrency: CONCURRENCY,
		sandbox: { employees: 60 },
		keep: Boolean(opt('keep', false)),
	});
	note(
		'setup',
		'cluster start (install check, pack build, PostgreSQL, Redis, main, 2 workers, webhook)',
		`${Math.round((Date.now() - t0) / 1000)} s`,
	);
	try {
		await suite(cluster);
	} catch (e) {
		check('suite', 'ran to the end', false, e.stack.split('\n').slice(0, 3).join(' | '));
	} finally {
		const tStop = Date.now();
		await cluster.stop();
		note('setup', 'cluster stop', `${Math.round((Date.now() - tStop) / 1000)} s`);
	}
	note('setup', 'wall time', `${Math.round((Date.now() - t0) / 1000)} s`);
}

async function suite(cluster) {
	const sb = cluster.sandbox;
	const employees = sb.state.employees.map((e) => ({
		id: e.id,
		email: e.email || (e.attributes && e.attributes.email),
	}));
	const ids = {};
	for (const k of ['get', 'list', 'create']) {
		const wf = await W.createWorkflow(cluster, W.WORKFLOWS[k](cluster));
		await W.activate(cluster, wf.id);
		ids[k] = wf.id;
	}
	await Promise.all(['q-get', 'q-list', 'q-create'].map((p) => W.webhookRegistered(cluster, p)));

	// ------------------------------------------------------------------ load + cold token
	let nGet = 0;
	let nList = 0;
	if (wants('load') || wants('token')) {
		const before = tokenRequests(cluster);
		const jobs = readJobs(employees, LOAD);
		const { responses, ms } = await fire(cluster, jobs);
		nGet += jobs.filter((j) => j.path === 'q-get').length;
		nList += jobs.filter((j) => j.path === 'q-list').length;
		const ok = responses.filter((r, i) => outputOk(r, jobs[i])).length;
		check(
			'load',
			`${LOAD} webhook calls at once answered with the right employee`,
			ok === LOAD,
			`${ok}/${LOAD} in ${(ms / 1000).toFixed(1)} s; HTTP ${fmt(countBy(responses, (r) => r.status))}${failures(responses, jobs)}`,
		);
		const execs = [
			...(await W.settled(cluster, ids.get, nGet)),
			...(await W.settled(cluster, ids.list, nList)),
		];
		const statuses = countBy(execs, (e) => e.status);
		check(
			'load',
			'every execution succeeded',
			execs.length === LOAD && (statuses.success || 0) === LOAD,
			`${execs.length} executions: ${fmt(statuses)}`,
		);
		const byWorker = workerOfExecutions(cluster);
		const spread = countBy(execs, (e) => byWorker.get(String(e.id)) || 'unknown');
		const workersUsed = Object.keys(spread).filter((k) => k !== 'unknown');
		check(
			'load',
			'spread over both workers (worker logs)',
			workersUsed.length >= 2 && !spread.unknown,
			fmt(spread),
		);
		const cold = tokenRequests(cluster) - before;
		check(
			'token',
			'cold start: at most one token request per worker that ran Personio nodes',
			cold <= workersUsed.length,
			`${cold} token requests for ${workersUsed.length} workers, ${LOAD} executions`,
		);

		// warm: the token lives in the DB-stored credential
		const before2 = tokenRequests(cluster);
		const warmJobs = readJobs(employees, 40, 7);
		const warm = await fire(cluster, warmJobs);
		nGet += 20;
		nList += 20;
		const warmOk = warm.responses.filter((r, i) => outputOk(r, warmJobs[i])).length;
		await W.settled(cluster, ids.get, nGet);
		await W.settled(cluster, ids.list, nList);
		check(
			'token',
			'token lives: no new token request',
			tokenRequests(cluster) - before2 === 0 && warmOk === 40,
			`${tokenRequests(cluster) - before2} token requests, ${warmOk}/40 ok${failures(warm.responses, warmJobs)}`,
		);
	}

	// ------------------------------------------------------------------ revoke → refresh on 401
	if (wants('token')) {
		const before = tokenRequests(cluster);
		await request({ url: `${sb.url}/__sandbox/revoke-tokens`, method: 'POST', body: {} });
		const jobs = readJobs(employees, 40, 13);
		const { responses } = await fire(cluster, jobs);
		nGet += 20;
		nList += 20;
		const ok = responses.filter((r, i) => outputOk(r, jobs[i])).length;
		const execs = [
			...(await W.settled(cluster, ids.get, nGet)),
			...(await W.settled(cluster, ids.list, nList)),
		];
		const after = tokenRequests(cluster) - before;
		const statusesAfter = countBy(
			sb
				.stats()
				.log.filter((e) => e.route && e.route.startsWith('GET /v1/company/employees'))
				.slice(-200),
			(e) => e.status,
		);
		check(
			'token',
			'after revoke-tokens the next 40 executions still succeed',
			ok === 40,
			`${ok}/40 ok; last executions ${fmt(countBy(execs.slice(0, 40), (e) => e.status))}; sandbox statuses on employee reads ${fmt(statusesAfter)}${failures(responses, jobs)}`,
		);
		const bound = cluster.workerNames().length * CONCURRENCY;
		check(
			'token',
			`bounded re-minting after revoke (≤ workers × concurrency = ${bound})`,
			after >= 1 && after <= bound,
			`${after} new token requests`,
		);
		const before3 = tokenRequests(cluster);
		const again = readJobs(employees, 20, 21);
		const r3 = await fire(cluster, again);
		nGet += 10;
		nList += 10;
		await W.settled(cluster, ids.get, nGet);
		await W.settled(cluster, ids.list, nList);
		const ok3 = r3.responses.filter((r, i) => outputOk(r, again[i])).length;
		check(
			'token',
			'after the refresh the new token is shared again',
			tokenRequests(cluster) - before3 === 0 && ok3 === 20,
			`${tokenRequests(cluster) - before3} token requests, ${ok3}/20 ok`,
		);
	}

	// ------------------------------------------------------------------ webhook trigger
	if (wants('trigger')) await webhookTrigger(cluster);
	// ------------------------------------------------------------------ polling trigger
	if (wants('polling')) await pollingTrigger(cluster);
	// ------------------------------------------------------------------ mirror into PostgreSQL
	if (wants('mirror')) await mirrorInQueueMode(cluster);
	// ------------------------------------------------------------------ faults
	if (wants('faults')) await faults(cluster, ids.create);
	// ------------------------------------------------------------------ throughput
	if (wants('throughput')) {
		await throughput(cluster, employees, ids, { nGet, nList }, { THROUGHPUT_N, CONCURRENCY });
	}
}

main()
	.catch((e) =>
		check('suite', 'cluster started', false, e.stack.split('\n').slice(0, 4).join(' | ')),
	)
	.then(() => {
		const failed = printTable();
		process.exit(failed ? 1 : 0);
	});
