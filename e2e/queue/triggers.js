'use strict';
// The queue suite's trigger sections: the webhook trigger through the webhook process, and the
// polling trigger while workers come and go.
const path = require('path');
const { readLog } = require('./cluster');
const { request, sleep, waitFor } = require('./util');
const W = require('./workflows');
const { check, countBy, fmt, knownLimit, note, workerOfExecutions } = require('./report');

async function webhookTrigger(cluster) {
	const sb = cluster.sandbox;
	const type = 'n8n-nodes-personio.personioTrigger';
	if (!cluster.pack.nodeTypes.includes(type))
		return check(
			'trigger',
			'Personio Trigger in the pack',
			false,
			'not listed in package.json n8n.nodes',
		);
	const ours = () => sb.state.webhooks.filter((w) => String(w.url).startsWith(cluster.webhookUrl));
	const before = ours().length;
	const wf = await W.createWorkflow(cluster, W.WORKFLOWS.trigger(cluster, ['person.created']));
	await W.activate(cluster, wf.id);
	// n8n 2.x activates triggers in the background after the API call returns.
	const tAct = Date.now();
	await waitFor(() => ours().some((w) => w.status === 'ENABLED'), {
		timeoutMs: 60000,
		intervalMs: 250,
		what: 'the webhook registration',
	}).catch(() => {});
	note(
		'trigger',
		'activation → registration in Personio',
		`${((Date.now() - tAct) / 1000).toFixed(1)} s`,
	);
	await sleep(3000); // a second registration, if any, would arrive now
	const registered = ours().filter((w) => w.status === 'ENABLED');
	check(
		'trigger',
		'activation registers exactly one webhook (POST /v2/webhooks)',
		registered.length === 1 && before === 0,
		`${registered.length} registered; url ${registered[0] ? registered[0].url.replace(cluster.webhookUrl, '<webhook process>') : '-'}`,
	);
	if (!registered.length) return undefined;
	await W.webhookRegistered(
		cluster,
		registered[0].url.replace(`${cluster.webhookUrl}/webhook/`, ''),
	).catch(() => {});
	const enqueuedBefore = (
		readLog(path.join(cluster.logDir, 'webhook.log')).match(/Enqueued execution/g) || []
	).length;

	const one = await request({
		url: `${sb.url}/__sandbox/webhooks/fire`,
		method: 'POST',
		body: {
			event_name: 'person.created',
			payload: { person_id: String(sb.state.employees[0].id) },
			times: 1,
		},
	});
	const first = await W.settled(cluster, wf.id, 1, { timeoutMs: 60000 }).catch(
		(e) => e.executions || [],
	);
	const byWorker = workerOfExecutions(cluster);
	check(
		'trigger',
		'one delivery → one execution, accepted by the webhook process and run on a worker',
		first.length === 1 && first[0].status === 'success' && byWorker.has(String(first[0].id)),
		`delivery HTTP ${one.body.map((d) => d.status).join(',')}; ${first.length} execution(s) ${fmt(countBy(first, (e) => e.status))} on ${first.map((e) => byWorker.get(String(e.id)) || '?').join(',')}; webhook process enqueued ${(readLog(path.join(cluster.logDir, 'webhook.log')).match(/Enqueued execution/g) || []).length - enqueuedBefore}`,
	);

	// Where the trigger keeps the delivery ids it has seen: the workflow's static data in the DB.
	const stored = await cluster.api('GET', `/workflows/${wf.id}`).then(
		(w) => (w.staticData && w.staticData['node:Personio Trigger']) || {},
		() => ({}),
	);
	note(
		'trigger',
		'static data after the first delivery (DB, via the public API)',
		`keys ${Object.keys(stored).join(', ') || 'none'}; delivery ids stored: ${Array.isArray(stored.deliveries) ? stored.deliveries.length : 0}`,
	);

	const TIMES = 3;
	const retry = await request({
		url: `${sb.url}/__sandbox/webhooks/fire`,
		method: 'POST',
		body: {
			event_name: 'person.created',
			payload: { person_id: String(sb.state.employees[1].id) },
			times: TIMES,
		},
	});
	await sleep(8000);
	const all = await W.executions(cluster, wf.id);
	const started = all.length - first.length;
	knownLimit(
		'trigger',
		`the same delivery sent ${TIMES} times (Personio retries) starts the workflow once`,
		started === 1,
		`${started} execution(s) for ${TIMES} deliveries of one delivery_id; answers ${retry.body.map((d) => `${d.status} ${String(d.response || '').slice(0, 40)}`).join(' | ')}`,
		'n8n 2.41 does not keep static data written in a webhook call',
	);

	// two retries racing each other (the realistic worst case: Personio re-sends while the first is in flight)
	const race = await Promise.all([1, 2, 3].map(() => null)).then(async () => {
		const delivery = {
			company_id: 1234,
			event_name: 'person.created',
			occurred_at: new Date().toISOString(),
			payload: { person_id: '1' },
			meta: { delivery_id: `race-${Date.now()}` },
		};
		const url = registered[0].url;
		return Promise.all(
			[1, 2, 3].map(() =>
				request({
					url,
					method: 'POST',
					headers: { authorization: registered[0].token },
					body: delivery,
				}),
			),
		);
	});
	await sleep(8000);
	const all2 = await W.executions(cluster, wf.id);
	note(
		'trigger',
		'3 copies of one delivery sent concurrently',
		`${all2.length - all.length} execution(s); answers ${race.map((r) => r.status).join(',')}`,
	);

	await W.deactivate(cluster, wf.id);
	await waitFor(() => !ours().some((w) => w.status === 'ENABLED'), {
		timeoutMs: 30000,
		intervalMs: 250,
		what: 'the webhook removal',
	}).catch(() => {});
	const left = ours().filter((w) => w.status === 'ENABLED');
	check(
		'trigger',
		'deactivation removes the registration',
		left.length === 0,
		`${left.length} left (of ${ours().length} ever seen for this URL)`,
	);
	return undefined;
}

async function pollingTrigger(cluster) {
	const sb = cluster.sandbox;
	const type = 'n8n-nodes-personio.personioPollingTrigger';
	if (!cluster.pack.nodeTypes.includes(type))
		return check(
			'polling',
			'Personio Polling Trigger in the pack',
			false,
			'not listed in package.json n8n.nodes',
		);
	const token = sb.issueToken('v2');
	const run = Date.now().toString(36);
	const created = [];
	const createEmployee = async (i) => {
		const email = `poll-${run}-${i}@example.com`;
		const r = await request({
			url: `${sb.url}/v1/company/employees`,
			method: 'POST',
			headers: { authorization: `Bearer ${token}` },
			body: { employee: { first_name: `Poll${i}`, last_name: 'Queue', email } },
		});
		if (r.status >= 300)
			throw new Error(`sandbox create employee: HTTP ${r.status} ${r.text.slice(0, 200)}`);
		created.push(email);
	};
	// A poll is seen as a read of the employee list with `updated_since` (what the trigger sends).
	const lastPoll = () =>
		sb
			.stats()
			.log.filter(
				(e) => e.route === 'GET /v1/company/employees' && e.query && e.query.updated_since,
			)
			.map((e) => e.time)
			.sort()
			.pop() || '';
	const nextPoll = async () => {
		const prev = lastPoll();
		await waitFor(() => lastPoll() > prev, {
			timeoutMs: 100000,
			intervalMs: 250,
			what: 'the next poll',
		});
		await sleep(3000); // let the poll finish and its execution be queued
	};
	// n8n refuses sub-minute polls: every minute it is (the first poll runs at activation).
	const wf = await W.createWorkflow(cluster, W.WORKFLOWS.polling(cluster));
	const t = Date.now();
	try {
		await W.activate(cluster, wf.id);
	} catch (e) {
		return check('polling', 'activation (poll every minute)', false, e.message);
	}
	// The first (baseline) poll runs right after activation, in the background in n8n 2.x.
	await waitFor(() => lastPoll(), { timeoutMs: 100000, intervalMs: 250, what: 'the first poll' });
	await sleep(3000);
	note(
		'polling',
		'activation → first (baseline) poll',
		`${((Date.now() - t) / 1000 - 3).toFixed(1)} s`,
	);
	await createEmployee(1);
	await createEmployee(2);
	await nextPoll(); // poll 1: employees 1, 2
	const live = cluster.workerNames();
	const victim = live[live.length - 1];
	await cluster.killWorker(victim, 'SIGKILL');
	await createEmployee(3);
	await createEmployee(4);
	const replacement = `worker-${Object.keys(cluster.processes).filter((n) => n.startsWith('worker-')).length + 1}`;
	const starting = cluster.startWorker(replacement);
	await nextPoll(); // poll 2: employees 3, 4 (one worker, a second one starting)
	await starting;
	note(
		'polling',
		'worker churn between polls',
		`SIGKILL ${victim} after poll 1, started ${replacement} during poll 2; workers now ${cluster.workerNames().join(', ')}`,
	);
	await createEmployee(5);
	await nextPoll(); // poll 3: employee 5
	await nextPoll(); // poll 4: nothing new
	await W.deactivate(cluster, wf.id);
	let execs = await W.executions(cluster, wf.id, true);
	await waitFor(
		async () => {
			execs = await W.executions(cluster, wf.id, true);
			return execs.every((e) => !['new', 'running', 'waiting'].includes(e.status));
		},
		{ timeoutMs: 90000, what: 'poll executions to finish' },
	).catch(() => {});
	const counts = Object.fromEntries(
		created.map((email) => [
			email,
			execs.filter((e) => JSON.stringify(e.data || {}).includes(email)).length,
		]),
	);
	const missed = created.filter((e) => counts[e] === 0);
	const twice = created.filter((e) => counts[e] > 1);
	const items = execs.reduce((n, e) => n + W.nodeOutput(e, 'Personio Polling Trigger').length, 0);
	const byWorker = workerOfExecutions(cluster);
	check(
		'polling',
		`${created.length} employees created between polls: none missed, none emitted twice`,
		missed.length === 0 && twice.length === 0,
		`${execs.length} executions (${fmt(countBy(execs, (e) => e.status))}) on ${fmt(countBy(execs, (e) => byWorker.get(String(e.id)) || '?'))}; ${items} items; missed ${missed.length}, twice ${twice.length}`,
	);
	return undefined;
}

module.exports = { pollingTrigger, webhookTrigger };
