'use strict';
/*
 * The queue suite's mirror section: examples/mirror-postgres.json (Polling Trigger → If deleted →
 * PostgreSQL delete / upsert) in n8n queue mode, writing into a real PostgreSQL database, while
 * seeded random changes happen in Personio and one worker is killed (SIGKILL) right after a poll
 * handed it work, then replaced. n8n does not re-run an execution whose worker died (docs/queue-mode.md,
 * "Faults"): the operator retries it, as the mirror's docs say, before the next poll; upsert and delete
 * by id make that retry safe. After the last poll: 0 missing, 0 stale, 0 extra (e2e/mirror/proof.js).
 */
const fs = require('fs');
const path = require('path');
const { mirrorProof } = require('../mirror/proof');
const { PG_DDL, PG_TABLE } = require('../mirror/table');
const { sleep, waitFor } = require('./util');
const W = require('./workflows');
const { check, countBy, fmt, log, note, workerOfExecutions } = require('./report');

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'mirror-postgres.json');
const DATABASE = 'mirror';
const ACTIVE = ['new', 'running', 'waiting', 'unknown'];

async function mirrorDatabase(cluster) {
	const { Client } = require(path.join(cluster.n8n.dir, 'node_modules', 'pg'));
	const connect = async (database) => {
		const client = new Client({
			host: '127.0.0.1',
			port: cluster.ports.postgres,
			user: 'postgres',
			database,
		});
		await client.connect();
		return client;
	};
	const admin = await connect('n8n');
	await admin.query(`CREATE DATABASE ${DATABASE}`);
	await admin.end();
	const db = await connect(DATABASE);
	await db.query(PG_DDL);
	return db;
}

async function postgresCredential(cluster) {
	const data = {
		host: '127.0.0.1',
		port: cluster.ports.postgres,
		database: DATABASE,
		user: 'postgres',
		password: '',
		maxConnections: 10,
		allowUnauthorizedCerts: false,
		ssl: 'disable',
		sshTunnel: false,
	};
	const created = await cluster.api('POST', '/credentials', {
		name: 'Mirror database (PostgreSQL)',
		type: 'postgres',
		data,
	});
	return { id: created.id, name: created.name };
}

/** The example as a user imports it, with this cluster's credentials. */
function exampleWorkflow(cluster, postgres) {
	const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
	const nodes = example.nodes.map((n) => {
		if (!n.credentials) return n;
		const credentials = n.credentials.postgres
			? { postgres: postgres }
			: { personioApi: { id: cluster.credential.id, name: cluster.credential.name } };
		return { ...n, credentials };
	});
	return {
		name: example.name,
		nodes,
		connections: example.connections,
		settings: example.settings,
	};
}

async function mirrorInQueueMode(cluster) {
	const t0 = Date.now();
	const sb = cluster.sandbox;
	const db = await mirrorDatabase(cluster);
	try {
		const postgres = await postgresCredential(cluster);
		const wf = await W.createWorkflow(cluster, exampleWorkflow(cluster, postgres));
		let active = false;
		const poll = async () => {
			if (active) await W.deactivate(cluster, wf.id);
			await W.activate(cluster, wf.id);
			active = true;
		};
		// The editor's REST API lists running executions too (the public API only ended ones).
		const listed = async () => {
			const filter = encodeURIComponent(JSON.stringify({ workflowId: wf.id }));
			const page = await cluster.rest('GET', `/executions?filter=${filter}&limit=100`);
			return page.results || page;
		};
		const idle = async () => (await listed()).every((e) => !ACTIVE.includes(e.status));
		const executions = async () => (await W.executions(cluster, wf.id)).length;
		let killed = '';
		let killedRunning = '';
		let killedId = '';
		const retried = [];
		const settledAll = () =>
			waitFor(idle, { timeoutMs: 150000, intervalMs: 1000, what: 'mirror executions to end' });
		const outage = {
			label: 'a worker',
			// A poll hands the mirror's execution to a worker; that worker dies while it may hold the job.
			async stop() {
				// The worker that starts the poll's execution (its log says so) dies at once.
				const before = new Set(workerOfExecutions(cluster).keys());
				await poll();
				let started;
				await waitFor(
					() => (started = [...workerOfExecutions(cluster)].find(([id]) => !before.has(id))),
					{ timeoutMs: 30000, intervalMs: 50, what: 'a worker to start the mirror execution' },
				).catch(() => {});
				const live = cluster.workerNames();
				killed = started ? started[1] : live[live.length - 1];
				await cluster.killWorker(killed, 'SIGKILL');
				if (started) {
					killedId = started[0];
					const execution = (await W.executions(cluster, wf.id)).find(
						(e) => String(e.id) === started[0],
					);
					killedRunning = `${started[0]} (${execution ? execution.status : '?'} when killed)`;
				}
			},
			async start() {
				const n = Object.keys(cluster.processes).filter((p) => p.startsWith('worker-')).length;
				await cluster.startWorker(`worker-${n + 1}`);
				// The dead worker's execution ends in error or crashed (n8n's public API lists an execution
				// only once it has ended); the operator retries it before the next poll.
				if (killedId) {
					let dead;
					await waitFor(
						async () => {
							dead = await cluster.api('GET', `/executions/${killedId}`).catch(() => undefined);
							return dead && !ACTIVE.includes(dead.status) && dead.status !== 'running';
						},
						{ timeoutMs: 180000, intervalMs: 1000, what: `execution ${killedId} to end` },
					);
					if (dead.status !== 'success') {
						await cluster.rest('POST', `/executions/${killedId}/retry`, { loadWorkflow: false });
						retried.push(`${killedId} (${dead.status})`);
					}
				}
				await settledAll();
				await sleep(1100);
				await poll();
			},
		};
		const result = await mirrorProof({
			sandbox: sb,
			poll,
			idle,
			executions,
			rows: async () => (await db.query(`SELECT * FROM ${PG_TABLE}`)).rows,
			outage,
			log: (line) => log(`mirror: ${line}`),
		});
		await W.deactivate(cluster, wf.id);
		const finished = await W.executions(cluster, wf.id);
		const byWorker = workerOfExecutions(cluster);
		console.log(
			`mirror (queue mode, PostgreSQL): missing ${result.missing.length}, stale ${result.stale.length}, extra ${result.extra.length}`,
		);
		note(
			'mirror',
			'run',
			`${result.applied} changes (${fmt(result.counts)}); ${result.employees} employees, ${result.rows} rows; ${finished.length} executions (${fmt(countBy(finished, (e) => e.status))}) on ${fmt(countBy(finished, (e) => byWorker.get(String(e.id)) || '?'))}; SIGKILL ${killed}${killedRunning ? ` while it ran execution ${killedRunning}` : ' (no mirror execution running on it)'}; retried by the operator: ${retried.join(', ') || 'none'}; ${Math.round((Date.now() - t0) / 1000)} s`,
		);
		check(
			'mirror',
			'first poll loads every employee into PostgreSQL',
			result.initial.missing.length === 0 && result.initial.extra.length === 0,
			`${result.initial.rows} rows for ${result.initial.employees} employees`,
		);
		check(
			'mirror',
			'after the changes, a killed worker and the last poll: 0 missing, 0 stale, 0 extra',
			result.missing.length + result.stale.length + result.extra.length === 0,
			`missing ${result.missing.length}, stale ${result.stale.length}, extra ${result.extra.length}${result.stale.length ? `; e.g. ${JSON.stringify(result.stale[0])}` : ''}`,
		);
	} finally {
		await db.end().catch(() => {});
	}
}

module.exports = { mirrorInQueueMode };
