#!/usr/bin/env node
'use strict';
/*
 * `npm run e2e:queue`: the pack under n8n's queue mode with the real pieces (see e2e/queue/cluster.js):
 * load over two workers, the shared expirable token, the webhook trigger, the polling trigger while
 * workers come and go, a worker killed under load, throughput with one and two workers.
 * Prints a table and `N passed, N failed`; exits non-zero on failure.
 *
 *   npm run e2e:queue -- --only load,token,trigger,polling,faults,throughput --keep
 */
const { startCluster } = require('./cluster');
const { request, waitFor } = require('./util');
const W = require('./workflows');
const { check, countBy, fmt, note, printTable, workerOfExecutions } = require('./report');
const { pollingTrigger, webhookTrigger } = require('./triggers');

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i < 0 ? fallback : argv[i + 1] === undefined || argv[i + 1].startsWith('--') ? true : argv[i + 1];
};
const only = opt('only', '') ? String(opt('only', '')).split(',') : null;
const wants = (s) => !only || only.includes(s);
const LOAD = Number(opt('load', 100));
const THROUGHPUT_N = Number(opt('throughput', 200));
const CONCURRENCY = Number(opt('concurrency', 10));

const tokenRequests = (c) => c.sandbox.stats().tokenRequests;

/** Fires `jobs` (array of {path, body}) at the webhook process all at once. */
async function fire(cluster, jobs) {
	const started = Date.now();
	const responses = await Promise.all(
		jobs.map((j) =>
			request({ url: `${cluster.webhookUrl}/webhook/${j.path}`, method: 'POST', body: j.body, timeoutMs: 300000 }).catch((e) => ({ status: 0, error: e.message, body: undefined })),
		),
	);
	return { responses, ms: Date.now() - started };
}

/** Mixed get / get-many jobs over the sandbox's employees; `verify(response, job)` checks the output. */
function readJobs(employees, n, offset = 0) {
	const jobs = [];
	for (let i = 0; i < n; i++) {
		const e = employees[(i + offset) % employees.length];
		const email = e.email || (e.attributes && e.attributes.email && e.attributes.email.value);
		jobs.push(i % 2 === 0 ? { path: 'q-get', body: { id: e.id }, expect: { id: e.id } } : { path: 'q-list', body: { email }, expect: { email } });
	}
	return jobs;
}
/** The first few wrong answers, for the table. */
function failures(responses, jobs) {
	const bad = responses.map((r, i) => [r, jobs[i]]).filter(([r, j]) => !outputOk(r, j));
	if (!bad.length) return '';
	return `; wrong: ${bad.slice(0, 3).map(([r, j]) => `${j.path} ${JSON.stringify(j.body)} → HTTP ${r.status} ${(r.error || r.text || '').slice(0, 120)}`).join(' | ')}`;
}
function outputOk(r, job) {
	if (r.status !== 200 || !r.body || typeof r.body !== 'object') return false;
	const b = Array.isArray(r.body) ? r.body[0] : r.body;
	if (!b) return false;
	return job.expect.id !== undefined ? String(b.id) === String(job.expect.id) : String(b.email).toLowerCase() === String(job.expect.email).toLowerCase();
}

async function main() {
	const t0 = Date.now();
	const cluster = await startCluster({ workers: 2, concurrency: CONCURRENCY, sandbox: { employees: 60 }, keep: Boolean(opt('keep', false)) });
	note('setup', 'cluster start (install check, pack build, PostgreSQL, Redis, main, 2 workers, webhook)', `${Math.round((Date.now() - t0) / 1000)} s`);
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
	const employees = sb.state.employees.map((e) => ({ id: e.id, email: e.email || (e.attributes && e.attributes.email) }));
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
		check('load', `${LOAD} webhook calls at once answered with the right employee`, ok === LOAD, `${ok}/${LOAD} in ${(ms / 1000).toFixed(1)} s; HTTP ${fmt(countBy(responses, (r) => r.status))}${failures(responses, jobs)}`);
		const execs = [...(await W.settled(cluster, ids.get, nGet)), ...(await W.settled(cluster, ids.list, nList))];
		const statuses = countBy(execs, (e) => e.status);
		check('load', 'every execution succeeded', execs.length === LOAD && (statuses.success || 0) === LOAD, `${execs.length} executions: ${fmt(statuses)}`);
		const byWorker = workerOfExecutions(cluster);
		const spread = countBy(execs, (e) => byWorker.get(String(e.id)) || 'unknown');
		const workersUsed = Object.keys(spread).filter((k) => k !== 'unknown');
		check('load', 'spread over both workers (worker logs)', workersUsed.length >= 2 && !spread.unknown, fmt(spread));
		const cold = tokenRequests(cluster) - before;
		check('token', 'cold start: at most one token request per worker that ran Personio nodes', cold <= workersUsed.length, `${cold} token requests for ${workersUsed.length} workers, ${LOAD} executions`);

		// warm: the token lives in the DB-stored credential
		const before2 = tokenRequests(cluster);
		const warmJobs = readJobs(employees, 40, 7);
		const warm = await fire(cluster, warmJobs);
		nGet += 20;
		nList += 20;
		const warmOk = warm.responses.filter((r, i) => outputOk(r, warmJobs[i])).length;
		await W.settled(cluster, ids.get, nGet);
		await W.settled(cluster, ids.list, nList);
		check('token', 'token lives: no new token request', tokenRequests(cluster) - before2 === 0 && warmOk === 40, `${tokenRequests(cluster) - before2} token requests, ${warmOk}/40 ok${failures(warm.responses, warmJobs)}`);
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
		const execs = [...(await W.settled(cluster, ids.get, nGet)), ...(await W.settled(cluster, ids.list, nList))];
		const after = tokenRequests(cluster) - before;
		const statusesAfter = countBy(sb.stats().log.filter((e) => e.route && e.route.startsWith('GET /v1/company/employees')).slice(-200), (e) => e.status);
		check('token', 'after revoke-tokens the next 40 executions still succeed', ok === 40, `${ok}/40 ok; last executions ${fmt(countBy(execs.slice(0, 40), (e) => e.status))}; sandbox statuses on employee reads ${fmt(statusesAfter)}`);
		const bound = cluster.workerNames().length * CONCURRENCY;
		check('token', `bounded re-minting after revoke (≤ workers × concurrency = ${bound})`, after >= 1 && after <= bound, `${after} new token requests`);
		const before3 = tokenRequests(cluster);
		const again = readJobs(employees, 20, 21);
		const r3 = await fire(cluster, again);
		nGet += 10;
		nList += 10;
		await W.settled(cluster, ids.get, nGet);
		await W.settled(cluster, ids.list, nList);
		const ok3 = r3.responses.filter((r, i) => outputOk(r, again[i])).length;
		check('token', 'after the refresh the new token is shared again', tokenRequests(cluster) - before3 === 0 && ok3 === 20, `${tokenRequests(cluster) - before3} token requests, ${ok3}/20 ok`);
	}

	// ------------------------------------------------------------------ webhook trigger
	if (wants('trigger')) await webhookTrigger(cluster);
	// ------------------------------------------------------------------ polling trigger
	if (wants('polling')) await pollingTrigger(cluster);
	// ------------------------------------------------------------------ faults
	if (wants('faults')) await faults(cluster, ids.create);
	// ------------------------------------------------------------------ throughput
	if (wants('throughput')) await throughput(cluster, employees, ids, { nGet, nList });
}

async function faults(cluster, createWorkflowId) {
	const sb = cluster.sandbox;
	const N = 60;
	const run = Date.now().toString(36);
	const route = 'POST /v1/company/employees';
	const baseline = sb.stats().byRoute[route] || 0;
	await request({ url: `${sb.url}/__sandbox/faults`, method: 'POST', body: { route, type: 'slow', delayMs: 1500, count: 1000 } });
	const jobs = Array.from({ length: N }, (_, i) => ({ path: 'q-create', body: { firstName: `Fault${i}`, lastName: 'Queue', email: `fault-${run}-${i}@example.com` } }));
	const before = (await W.executions(cluster, createWorkflowId)).length;
	const { responses } = await fire(cluster, jobs);
	const accepted = responses.filter((r) => r.status === 200).length;
	await waitFor(() => (sb.stats().byRoute[route] || 0) - baseline >= 8, { timeoutMs: 60000, intervalMs: 100, what: 'creates in flight' });
	const live = cluster.workerNames();
	const victim = live[0];
	const startedOnVictim = [...workerOfExecutions(cluster).entries()].filter(([, w]) => w === victim).length;
	await cluster.killWorker(victim, 'SIGKILL');
	note('faults', 'worker killed', `SIGKILL ${victim} after ${(sb.stats().byRoute[route] || 0) - baseline} create requests reached Personio`);
	let execs = [];
	try {
		execs = await W.settled(cluster, createWorkflowId, before + N, { timeoutMs: 180000 });
	} catch (e) {
		execs = e.executions || (await W.executions(cluster, createWorkflowId));
	}
	execs = execs.slice(0, execs.length - before);
	await request({ url: `${sb.url}/__sandbox/faults`, method: 'DELETE' });
	const statuses = countBy(execs, (e) => e.status);
	const retried = execs.filter((e) => e.retryOf).length;
	const byWorker = workerOfExecutions(cluster);
	const onVictim = execs.filter((e) => byWorker.get(String(e.id)) === victim);
	const emails = jobs.map((j) => j.body.email);
	const inSandbox = countBy(sb.state.employees.filter((e) => emails.includes(e.email)), (e) => e.email);
	const dupes = Object.values(inSandbox).filter((n) => n > 1).length;
	const written = Object.keys(inSandbox).length;
	const lost = accepted - execs.length;
	const notSucceeded = execs.filter((e) => e.status !== 'success').length;
	note('faults', 'executions', `${N} submitted, ${accepted} accepted by the webhook process, ${execs.length} recorded: ${fmt(statuses)}; ${onVictim.length} had started on ${victim} (${startedOnVictim} executions in its whole life); n8n retried ${retried}; lost (accepted, never recorded) ${lost}`);
	note('faults', 'Personio writes', `${written} employees created for ${N} emails; ${written - (statuses.success || 0)} written by executions that did not finish`);
	check('faults', 'no Personio write made twice', dupes === 0, `${dupes} duplicated emails`);
	check('faults', 'every accepted call is accounted for (success, or crashed/failed after the kill)', lost === 0 && notSucceeded <= onVictim.length, `lost ${lost}; not succeeded ${notSucceeded} (≤ ${onVictim.length} in flight on the killed worker)`);
	const replacement = `worker-${Object.keys(cluster.processes).filter((n) => n.startsWith('worker-')).length + 1}`;
	await cluster.startWorker(replacement);
	note('faults', 'recovery', `started ${replacement}; workers now ${cluster.workerNames().join(', ')}`);
}

async function throughput(cluster, employees, ids, counts) {
	const measure = async (label) => {
		const jobs = readJobs(employees, THROUGHPUT_N, 3);
		const { responses, ms } = await fire(cluster, jobs);
		counts.nGet += jobs.filter((j) => j.path === 'q-get').length;
		counts.nList += jobs.filter((j) => j.path === 'q-list').length;
		const ok = responses.filter((r, i) => outputOk(r, jobs[i])).length;
		const perMin = Math.round((ok / ms) * 60000);
		check('throughput', `${label}: ${THROUGHPUT_N} executions`, ok === THROUGHPUT_N, `${ok}/${THROUGHPUT_N} ok in ${(ms / 1000).toFixed(1)} s = ${perMin} executions/min${failures(responses, jobs)}`);
		return perMin;
	};
	let live = cluster.workerNames();
	while (live.length > 2) {
		await cluster.killWorker(live.pop(), 'SIGTERM');
	}
	const two = await measure(`${live.length} workers × concurrency ${CONCURRENCY}`);
	await cluster.killWorker(live[live.length - 1], 'SIGTERM');
	live = cluster.workerNames();
	const one = await measure(`${live.length} worker × concurrency ${CONCURRENCY}`);
	note('throughput', 'two workers vs one', `${two} vs ${one} executions/min (×${(two / Math.max(one, 1)).toFixed(2)}) on ${require('os').cpus().length} cores shared by every process`);
}

main()
	.catch((e) => check('suite', 'cluster started', false, e.stack.split('\n').slice(0, 4).join(' | ')))
	.then(() => {
		const failed = printTable();
		process.exit(failed ? 1 : 0);
	});
