#!/usr/bin/env node
'use strict';
/*
 * npm run bench: the pack's real node code (dist/, through n8n-core's ExecuteContext like the unit
 * tests) against the local Personio sandbox, next to the same fetch as a plain axios loop (the
 * floor). Each case runs in a child process of its own (peak RSS), twice: the second run is within
 * the token's lifetime and must not ask for a token. Not a timed test: it prints a table and saves
 * it to bench/results/latest.md.
 *
 *   BENCH_SKIP_BUILD=1   use the dist/ already built
 *   BENCH_SIZES=1000,10000,50000   employee counts for the Employee Get Many cases
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile, spawnSync } = require('child_process');
const { promisify } = require('util');
const { startSandbox } = require('../test/sandbox/server');

const REPO = path.resolve(__dirname, '..');
const run = promisify(execFile);

async function child(spec, home) {
	const { stdout } = await run(process.execPath, [path.join(__dirname, 'case.js'), JSON.stringify(spec)], {
		cwd: REPO,
		maxBuffer: 16 * 1024 * 1024,
		// n8n-core keeps instance settings under N8N_USER_FOLDER: a temp one, never ~/.n8n.
		env: { ...process.env, N8N_USER_FOLDER: home, N8N_ENCRYPTION_KEY: 'n8n-nodes-personio-bench' },
	});
	return JSON.parse(stdout.trim().split('\n').pop());
}

async function main() {
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
		if (r.status !== 0) process.exit(r.status || 1);
	}
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'personio-bench-'));
	const sizes = (process.env.BENCH_SIZES || '1000,10000,50000').split(',').map(Number);
	const cases = [
		...sizes.map((n) => ({ label: `Employee Get Many, Return All, ${n.toLocaleString('en')} employees`, case: 'employees', employees: n, pageSize: 100 })),
		{ label: 'Absence Get Many (days), one year, 1,000 employees', case: 'absences', employees: 1000, pageSize: 200 },
	];
	const rows = [];
	for (const c of cases) {
		const sandbox = await startSandbox({ port: 0, employees: c.employees });
		try {
			const spec = { case: c.case, baseUrl: sandbox.url, runs: 4 };
			const floor = await child({ ...spec, kind: 'floor' }, home);
			const node = await child({ ...spec, kind: 'node' }, home);
			const [first, ...warm] = node.runs;
			const best = (list) => Math.min(...list);
			const second = {
				ms: best(warm.map((r) => r.ms)),
				requests: Math.max(...warm.map((r) => r.requests)),
				tokenRequests: warm.reduce((sum, r) => sum + r.tokenRequests, 0),
			};
			const floorWarmMs = best(floor.runs.slice(1).map((r) => r.ms));
			const minimum = Math.ceil(first.records / c.pageSize) + 1;
			const row = {
				label: c.label,
				records: first.records,
				floorRecords: floor.runs[0].records,
				nodeMs: first.ms,
				floorMs: floor.runs[0].ms,
				ratio: first.ms / floor.runs[0].ms,
				warmRatio: second.ms / floorWarmMs,
				requests: first.requests,
				minimum,
				tokenRequests: first.tokenRequests,
				secondMs: second.ms,
				secondRequests: second.requests,
				secondTokens: second.tokenRequests,
				recordsPerSecond: first.records / (first.ms / 1000),
				nodeCpu: Math.min(...node.runs.slice(1).map((r) => r.cpuMs)),
				floorCpu: Math.min(...floor.runs.slice(1).map((r) => r.cpuMs)),
				rssMb: node.maxRssMb,
				floorRssMb: floor.maxRssMb,
			};
			rows.push(row);
			console.error(`${c.label}: node ${row.nodeMs.toFixed(0)} ms, floor ${row.floorMs.toFixed(0)} ms, ${row.requests}/${row.minimum} requests, ${row.tokenRequests} token`);
		} finally {
			await sandbox.close();
		}
	}
	fs.rmSync(home, { recursive: true, force: true });

	const fmt = (n, d = 0) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
	const lines = [
		`# Benchmark (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${os.cpus().length} CPUs)`,
		'',
		'First run: fresh credential (one token request). Then three more runs with the same credential within the token lifetime (best wall time of the three, as garbage collection in the sandbox makes single runs noisy; most requests; total token requests).',
		'Floor: the same requests as a plain axios loop (no n8n, no simplify). Minimum: ceil(records / max page size) + 1 token.',
		'Wall times include the sandbox, which runs on the same machine and dominates them; client CPU (best of runs 2-4) is the time the client process itself spent.',
		'',
		'| case | records | node wall | floor wall | node/floor | records/s | requests (min) | token req. | peak RSS node (floor) | runs 2-4: wall, requests, token req. | runs 2-4 node/floor | client CPU node (floor) |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((r) =>
			[
				r.label,
				fmt(r.records) + (r.records === r.floorRecords ? '' : ` (floor ${fmt(r.floorRecords)})`),
				`${fmt(r.nodeMs)} ms`,
				`${fmt(r.floorMs)} ms`,
				fmt(r.ratio, 2),
				fmt(r.recordsPerSecond),
				`${r.requests} (${r.minimum})`,
				r.tokenRequests,
				`${fmt(r.rssMb)} MB (${fmt(r.floorRssMb)} MB)`,
				`${fmt(r.secondMs)} ms, ${r.secondRequests}, ${r.secondTokens}`,
				fmt(r.warmRatio, 2),
				`${fmt(r.nodeCpu)} ms (${fmt(r.floorCpu)} ms)`,
			].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
		),
		'',
		`Targets: node/floor <= 1.15, requests = minimum, one token per run: ${
			rows.every((r) => r.requests === r.minimum && r.tokenRequests === 1 && r.secondTokens === 0 && r.records === r.floorRecords)
				? 'requests and tokens met'
				: 'requests or tokens NOT met'
		}; worst node/floor ${fmt(Math.max(...rows.map((r) => r.ratio)), 2)} (first run), ${fmt(Math.max(...rows.map((r) => r.warmRatio)), 2)} (runs 2-4).`,
	];
	const table = lines.join('\n');
	console.log(table);
	fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
	fs.writeFileSync(path.join(__dirname, 'results', 'latest.md'), `${table}\n`);
}

main().catch((error) => {
	console.error(error.stack || error.message);
	process.exit(1);
});
