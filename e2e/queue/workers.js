'use strict';
// The queue suite's faults (a worker killed under load) and throughput (one worker against two) sections.
const { request, waitFor } = require('./util');
const W = require('./workflows');
const { check, countBy, fmt, note, workerOfExecutions } = require('./report');
const { failures, fire, outputOk, readJobs } = require('./jobs');

async function faults(cluster, createWorkflowId) {
	const sb = cluster.sandbox;
	const N = 60;
	const run = Date.now().toString(36);
	const route = 'POST /v1/company/employees';
	const baseline = sb.stats().byRoute[route] || 0;
	await request({
		url: `${sb.url}/__sandbox/faults`,
		method: 'POST',
		body: { route, type: 'slow', delayMs: 1500, count: 1000 },
	});
	const jobs = Array.from({ length: N }, (_, i) => ({
		path: 'q-create',
		body: { firstName: `Fault${i}`, lastName: 'Queue', email: `fault-${run}-${i}@example.com` },
	}));
	const before = (await W.executions(cluster, createWorkflowId)).length;
	const { responses } = await fire(cluster, jobs);
	const accepted = responses.filter((r) => r.status === 200).length;
	await waitFor(() => (sb.stats().byRoute[route] || 0) - baseline >= 8, {
		timeoutMs: 60000,
		intervalMs: 100,
		what: 'creates in flight',
	});
	const live = cluster.workerNames();
	const victim = live[0];
	const startedOnVictim = [...workerOfExecutions(cluster).entries()].filter(
		([, w]) => w === victim,
	).length;
	await cluster.killWorker(victim, 'SIGKILL');
	note(
		'faults',
		'worker killed',
		`SIGKILL ${victim} after ${(sb.stats().byRoute[route] || 0) - baseline} create requests reached Personio`,
	);
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
	const inSandbox = countBy(
		sb.state.employees.filter((e) => emails.includes(e.email)),
		(e) => e.email,
	);
	const dupes = Object.values(inSandbox).filter((n) => n > 1).length;
	const written = Object.keys(inSandbox).length;
	const lost = accepted - execs.length;
	const notSucceeded = execs.filter((e) => e.status !== 'success').length;
	note(
		'faults',
		'executions',
		`${N} submitted, ${accepted} accepted by the webhook process, ${execs.length} recorded: ${fmt(statuses)}; ${onVictim.length} had started on ${victim} (${startedOnVictim} executions in its whole life); n8n retried ${retried}; lost (accepted, never recorded) ${lost}`,
	);
	note(
		'faults',
		'Personio writes',
		`${written} employees created for ${N} emails; ${written - (statuses.success || 0)} written by executions that did not finish`,
	);
	check('faults', 'no Personio write made twice', dupes === 0, `${dupes} duplicated emails`);
	check(
		'faults',
		'every accepted call is accounted for (success, or crashed/failed after the kill)',
		lost === 0 && notSucceeded <= onVictim.length,
		`lost ${lost}; not succeeded ${notSucceeded} (≤ ${onVictim.length} in flight on the killed worker)`,
	);
	const replacement = `worker-${Object.keys(cluster.processes).filter((n) => n.startsWith('worker-')).length + 1}`;
	await cluster.startWorker(replacement);
	note(
		'faults',
		'recovery',
		`started ${replacement}; workers now ${cluster.workerNames().join(', ')}`,
	);
}

async function throughput(cluster, employees, ids, counts, { THROUGHPUT_N, CONCURRENCY }) {
	const measure = async (label) => {
		const jobs = readJobs(employees, THROUGHPUT_N, 3);
		const { responses, ms } = await fire(cluster, jobs);
		counts.nGet += jobs.filter((j) => j.path === 'q-get').length;
		counts.nList += jobs.filter((j) => j.path === 'q-list').length;
		const ok = responses.filter((r, i) => outputOk(r, jobs[i])).length;
		const perMin = Math.round((ok / ms) * 60000);
		check(
			'throughput',
			`${label}: ${THROUGHPUT_N} executions`,
			ok === THROUGHPUT_N,
			`${ok}/${THROUGHPUT_N} ok in ${(ms / 1000).toFixed(1)} s = ${perMin} executions/min${failures(responses, jobs)}`,
		);
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
	note(
		'throughput',
		'two workers vs one',
		`${two} vs ${one} executions/min (×${(two / Math.max(one, 1)).toFixed(2)}) on ${require('os').cpus().length} cores shared by every process`,
	);
}

module.exports = { faults, throughput };
