#!/usr/bin/env node
'use strict';
/*
 * npm run bench: the pack's real node code (dist/, through n8n-core's ExecuteContext like the unit
 * tests) against the local Personio sandbox, next to the same fetch as a plain axios loop (the
 * floor). Each case runs in a child process of its own (peak RSS) and in a sandbox of its own.
 * Not a timed test: it prints a table and saves it to bench/results/latest.md.
 *
 *   BENCH_SKIP_BUILD=1   use the dist/ already built
 *   BENCH_SIZES=1000,10000,50000   employee counts of the CPU and memory cases
 *   BENCH_ONLY=employees,paced     cases whose key starts with one of these (`employees-50000$`: that key only)
 *   BENCH_UNPACED=1                also the employee cases with the node's pacing off, with the plain
 *                                  loop paced like the node (what waiting between pages costs in CPU), and
 *                                  with n8n's helper alone in the node's place: the same pages through
 *                                  n8n-core's httpRequestWithAuthentication, paced, no pack code (what
 *                                  n8n costs any node)
 *   BENCH_CPU_PROF=<dir>           V8 CPU profiles of every client process into <dir>
 *                                  (<case>-<node|floor>.cpuprofile; summary: node bench/profile-summary.js).
 *                                  The profiler's own thread costs CPU in proportion to wall time, and the
 *                                  paced node runs longer than the plain loop: compare CPU ratios without it.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile, spawnSync } = require('child_process');
const { promisify } = require('util');
const { startSandbox } = require('../test/sandbox/server');
const { table } = require('./table');
const { compileHarness } = require('./harness');

const REPO = path.resolve(__dirname, '..');
const run = promisify(execFile);

/** Node flags of a client process: a CPU profile of it when BENCH_CPU_PROF names a folder. */
function profileFlags(name) {
	const dir = process.env.BENCH_CPU_PROF;
	if (!dir) return [];
	return [
		'--cpu-prof',
		`--cpu-prof-dir=${path.resolve(dir)}`,
		`--cpu-prof-name=${name}.cpuprofile`,
	];
}

async function child(spec, home, name) {
	const { stdout } = await run(
		process.execPath,
		[...profileFlags(name), path.join(__dirname, 'case.js'), JSON.stringify(spec)],
		{
			cwd: REPO,
			maxBuffer: 16 * 1024 * 1024,
			// n8n-core keeps instance settings under N8N_USER_FOLDER: a temp one, never ~/.n8n.
			env: {
				...process.env,
				N8N_USER_FOLDER: home,
				BENCH_HARNESS_DIR: path.join(home, 'harness'),
				N8N_ENCRYPTION_KEY: 'n8n-nodes-personio-bench',
			},
		},
	);
	return JSON.parse(stdout.trim().split('\n').pop());
}

const fmt = (n) => n.toLocaleString('en');

/** Personio's employee limit: 300/min with bursts of 15, so N pages take at least (N - 15) / 5 s. */
const employeeLimitFloorMs = (pages) => (Math.max(0, pages - 15) * 60_000) / 300;

/**
 * The cases, in the order they run. A case is the node next to the plain loop, one row of the table;
 * or, with `report(home)`, anything else worth a number (e.g. the polling trigger's state in bytes per
 * record): it resolves to lines of text, printed under the table as they are.
 */
function cases() {
	const sizes = (process.env.BENCH_SIZES || '1000,10000,50000').split(',').map(Number);
	const paced = { rateLimit: true, runs: 2, pauseMs: 3500 };
	const employees = (n) => ({
		key: `employees-${n}`,
		label: `Employees, ${fmt(n)}`,
		case: 'employees',
		employees: n,
		runs: 4,
		// The node paces employee reads to Personio's limit whether or not the sandbox applies it.
		limitFloor: employeeLimitFloorMs,
	});
	const unpaced = process.env.BENCH_UNPACED === '1' ? sizes : [];
	return [
		...sizes.map(employees),
		...unpaced.map((n) => ({
			...employees(n),
			key: `employees-${n}-unpaced`,
			label: `Employees, ${fmt(n)}, node pacing off`,
			pacing: false,
			limitFloor: undefined,
		})),
		...unpaced.map((n) => ({
			...employees(n),
			key: `employees-${n}-both-paced`,
			label: `Employees, ${fmt(n)}, plain loop paced too`,
			floorPacing: true,
		})),
		...unpaced.map((n) => ({
			...employees(n),
			key: `employees-${n}-helper`,
			label: `Employees, ${fmt(n)}, n8n's helper alone (no pack code) in the node's place`,
			client: 'helper',
		})),
		{
			key: 'paced-employees',
			label: 'Employees, 10,000, rate limits on',
			case: 'employees',
			employees: 10_000,
			...paced,
			limitFloor: employeeLimitFloorMs,
		},
		{
			key: 'paced-absences',
			label: 'Absences (v2 periods), 10,000 employees, rate limits on',
			case: 'absences',
			employees: 10_000,
			...paced,
		},
		{
			key: 'paced-attendances',
			label: 'Attendances (v2 periods), 10,000 employees, rate limits on',
			case: 'attendances',
			employees: 10_000,
			...paced,
		},
		{
			key: 'paced-persons',
			label: 'Persons (v2), 10,000, rate limits on',
			case: 'persons',
			employees: 10_000,
			...paced,
		},
	].filter(
		(c) =>
			!process.env.BENCH_ONLY ||
			process.env.BENCH_ONLY.split(',').some((only) =>
				only.endsWith('$') ? c.key === only.slice(0, -1) : c.key.startsWith(only),
			),
	);
}

async function measure(c, home) {
	const result = {};
	for (const kind of ['floor', c.client ?? 'node']) {
		// A sandbox of its own per client: the rate-limit buckets and the token store start fresh.
		const sandbox = await startSandbox({
			port: 0,
			employees: c.employees,
			rateLimit: Boolean(c.rateLimit),
		});
		try {
			result[kind === 'floor' ? 'floor' : 'node'] = await child(
				{
					kind,
					case: c.case,
					baseUrl: sandbox.url,
					runs: c.runs,
					pauseMs: c.pauseMs,
					pacing: c.pacing,
					// n8n's helper stands for a node, so it keeps Personio's limit as the node does.
					loopPacing: kind === 'floor' ? Boolean(c.floorPacing) : kind === 'helper',
				},
				home,
				`${c.key}-${kind}`,
			);
		} finally {
			await sandbox.close();
		}
	}
	return result;
}

/** First run: cold (one token request). Later runs: warm, within the token's lifetime. */
function summarize(c, { node, floor }) {
	if (node.error || floor.error)
		return { label: c.label, error: node.error || floor.error, who: node.error ? 'node' : 'floor' };
	const warm = (r) => (r.runs.length > 1 ? r.runs.slice(1) : r.runs);
	const best = (r, field) => Math.min(...warm(r).map((x) => x[field]));
	const first = node.runs[0];
	const row = {
		label: c.label,
		client: c.client ?? 'node',
		records: first.records,
		floorRecords: floor.runs[0].records,
		cpu: best(node, 'cpuMs'),
		floorCpu: best(floor, 'cpuMs'),
		wall: first.ms,
		floorWall: floor.runs[0].ms,
		warmWall: best(node, 'ms'),
		rss: node.maxRssMb,
		floorRss: floor.maxRssMb,
		requests: first.requests,
		warmRequests: Math.max(...warm(node).map((r) => r.requests)),
		tokens: first.tokenRequests,
		warmTokens: node.runs.slice(1).reduce((sum, r) => sum + r.tokenRequests, 0),
		tooMany: node.runs.reduce((sum, r) => sum + r.tooMany, 0),
		floorTooMany: floor.runs.reduce((sum, r) => sum + r.tooMany, 0),
		allRequests: node.runs.reduce((sum, r) => sum + r.requests, 0),
	};
	if (c.limitFloor)
		row.limitFloor = c.limitFloor(first.requests - first.tokenRequests - first.tooMany);
	return row;
}

async function main() {
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
		if (r.status !== 0) process.exit(r.status || 1);
	}
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'personio-bench-'));
	compileHarness(path.join(home, 'harness'));
	const rows = [];
	const reports = [];
	try {
		for (const c of cases()) {
			if (c.report) {
				reports.push(...(await c.report(home)));
				console.error(`${c.label}: done`);
				continue;
			}
			const row = summarize(c, await measure(c, home));
			rows.push(row);
			console.error(row.error ? `${c.label}: cannot run (${row.error})` : `${c.label}: done`);
		}
	} finally {
		fs.rmSync(home, { recursive: true, force: true });
	}
	const text = table(
		rows,
		{ node: process.version, cpus: os.cpus().length, load: os.loadavg()[0] },
		reports,
	);
	console.log(text);
	fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
	fs.writeFileSync(path.join(__dirname, 'results', 'latest.md'), `${text}\n`);
	// The Polling Trigger's state for deletions and watched fields (bench/state.js, npm run bench:state).
	if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes('state')) {
		process.env.BENCH_SKIP_BUILD = '1';
		await require('./state').main();
	}
}

main().catch((error) => {
	console.error(error.stack || error.message);
	process.exit(1);
});
