#!/usr/bin/env node
'use strict';
/*
 * npm run bench:state (also the last part of npm run bench): what the Polling Trigger's deletions and
 * watched fields cost, measured with the pack's compiled node (dist/) through n8n-core's PollContext
 * against the local sandbox:
 * - the id set kept for deletions, in bytes per employee, and the id read behind it (requests, wall
 *   time next to the floor of Personio's 300 GET employees per minute), with the sandbox's rate limits on;
 * - a deletion check after deleting employees (each missing id confirmed by a GET);
 * - the watched values of three fields, in bytes per employee ("watched").
 *
 *   BENCH_SKIP_BUILD=1            use the dist/ already built
 *   BENCH_SIZES=10000,50000       employee counts
 *   BENCH_STATE_RUNS=2            runs per size
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const REPO = path.resolve(__dirname, '..');
const WATCHED = ['status', 'termination_date', 'department'];
const DELETED = 5;
const fmt = (n) => n.toLocaleString('en');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const bytes = (value) => Buffer.byteLength(JSON.stringify(value ?? null));
/** Personio's employee limit: 300/min with bursts of 15, so N pages take at least (N - 15) / 5 s. */
const employeeLimitFloorMs = (pages) => (Math.max(0, pages - 15) * 60_000) / 300;

function environment() {
	// n8n-core keeps instance settings under N8N_USER_FOLDER: a temp one, never ~/.n8n.
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'personio-bench-state-'));
	process.env.N8N_USER_FOLDER = home;
	process.env.N8N_ENCRYPTION_KEY ??= 'n8n-nodes-personio-bench';
	return home;
}

/**
 * The sandbox in a process of its own, so that this process's CPU time is the client's alone. Stats
 * and deletions go through its control endpoints.
 */
async function startSandbox({ employees, rateLimit = false }) {
	const args = [
		path.join(REPO, 'test/sandbox/cli.js'),
		'--port',
		'0',
		'--employees',
		String(employees),
	];
	if (rateLimit) args.push('--rate-limit');
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
	const url = await new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
			const match = /SANDBOX_URL=(\S+)/.exec(out);
			if (match) resolve(match[1]);
		});
		child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
	const control = async (method, route) => {
		const response = await fetch(`${url}/__sandbox${route}`, { method });
		return await response.json();
	};
	return {
		url,
		stats: () => control('GET', '/stats'),
		deleteEmployee: (id) => control('DELETE', `/employees/${id}`),
		close: () => child.kill('SIGTERM'),
	};
}

function poller(h, nodeType, baseUrl, parameters) {
	const credentials = new h.TestCredentialsHelper({
		personioApi: h.personioCredentials({
			clientId: 'sandbox-client-id',
			clientSecret: 'sandbox-client-secret',
			baseUrl,
		}),
	});
	const staticData = {};
	return {
		staticData,
		state: () => staticData['node:Personio Polling Trigger'] ?? {},
		async poll() {
			const { context } = h.pollContext(
				nodeType,
				'n8n-nodes-personio.personioPollingTrigger',
				{ event: 'employeeUpdated', simplify: true, ...parameters },
				{ credentials, staticData, mode: 'trigger' },
			);
			const result = await nodeType.poll.call(context);
			return result ? result[0].map((item) => item.json) : [];
		},
	};
}

/** The least any client does for the same id read: a token, then page after page (CPU only, no limits). */
async function plainIdRead(size) {
	const sandbox = await startSandbox({ employees: size });
	try {
		const cpuBefore = process.cpuUsage();
		const form = new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: 'sandbox-client-id',
			client_secret: 'sandbox-client-secret',
		});
		const token = (
			await (await fetch(`${sandbox.url}/v2/auth/token`, { method: 'POST', body: form })).json()
		).access_token;
		let ids = 0;
		for (let offset = 0; ; offset += 100) {
			const response = await fetch(
				`${sandbox.url}/v1/company/employees?limit=100&offset=${offset}&attributes[]=id`,
				{ headers: { authorization: `Bearer ${token}`, accept: 'application/json' } },
			);
			const page = (await response.json()).data;
			ids += page.length;
			if (page.length < 100) break;
		}
		const cpu = process.cpuUsage(cpuBefore);
		return { ids, cpuMs: (cpu.user + cpu.system) / 1000 };
	} finally {
		await sandbox.close();
	}
}

/** One poll, with the sandbox's count of requests (token requests apart) and list pages. */
async function measured(sandbox, poll) {
	const before = await sandbox.stats();
	const started = process.hrtime.bigint();
	const cpuBefore = process.cpuUsage();
	const items = await poll();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const cpu = process.cpuUsage(cpuBefore);
	const after = await sandbox.stats();
	const list = 'GET /v1/company/employees';
	const listLog = after.log.filter((e) => e.route === list && !('updated_since' in e.query));
	return {
		items,
		ms,
		cpuMs: (cpu.user + cpu.system) / 1000,
		requests: after.requests - before.requests - (after.tokenRequests - before.tokenRequests),
		idPages: (after.byRoute[list] || 0) - (before.byRoute[list] || 0) - 1,
		pageQuery: listLog.length ? listLog[listLog.length - 1].query : {},
		tooMany: ((after.byStatus || {})['429'] || 0) - ((before.byStatus || {})['429'] || 0),
	};
}

const spread = (values, unit = (v) => v) =>
	values.length > 1
		? `${unit(Math.min(...values))}–${unit(Math.max(...values))}`
		: unit(values[0] ?? 0);

async function deletions(h, nodeType, size, runs) {
	const { decodeIds } = require(path.join(REPO, 'dist/nodes/PersonioPollingTrigger/idCodec.js'));
	const lines = [];
	const results = [];
	let check;
	for (let run = 0; run < runs; run++) {
		const sandbox = await startSandbox({ employees: size, rateLimit: true });
		try {
			const p = poller(h, nodeType, sandbox.url, {
				detectDeletions: true,
				deletionCheck: 'everyPoll',
			});
			const first = await measured(sandbox, () => p.poll());
			first.knownBytes = bytes(p.state().known);
			first.stateBytes = bytes(p.state());
			results.push(first);
			if (run === runs - 1) {
				const ids = decodeIds(p.state().known).slice(-DELETED).map(Number);
				for (const id of ids) await sandbox.deleteEmployee(id);
				check = await measured(sandbox, () => p.poll());
				check.found = check.items.filter((i) => i.deleted && ids.includes(i.id)).length;
				check.knownBytes = bytes(p.state().known);
			}
		} finally {
			await sandbox.close();
		}
	}
	const perRecord = results.map((r) => r.knownBytes / size);
	const r = results[0];
	const floor = employeeLimitFloorMs(r.idPages);
	const projection = [].concat(r.pageQuery['attributes[]'] ?? []).join(',');
	lines.push(
		`Deletions, ${fmt(size)} employees: id set ${spread(perRecord, (v) => v.toFixed(2))} bytes/record` +
			` (${fmt(r.knownBytes)} bytes; whole static data ${fmt(r.stateBytes)} bytes; runs ${runs})`,
		`  id read: ${r.requests} requests (${r.idPages} pages of ${r.pageQuery.limit}, attributes[]=${projection}; 1 change read)` +
			`, wall ${spread(
				results.map((x) => x.ms),
				seconds,
			)} vs rate-limit floor ${seconds(floor)} (300 GET employees/min, bursts of 15)` +
			`, 429 answers ${results.reduce((sum, x) => sum + x.tooMany, 0)}` +
			`, client CPU ${spread(
				results.map((x) => x.cpuMs),
				seconds,
			)}`,
	);
	const plain = await plainIdRead(size);
	const nodeCpu = Math.min(...results.map((x) => x.cpuMs));
	lines.push(
		`  plain fetch loop of the same ${fmt(plain.ids)} ids (no pacing): client CPU ${seconds(plain.cpuMs)};` +
			` the node's id read (best run) ${seconds(nodeCpu)} = ${(nodeCpu / plain.cpuMs).toFixed(2)}×`,
	);
	if (check)
		lines.push(
			`  deletion check after deleting ${DELETED}: ${check.found}/${DELETED} emitted as deleted, ` +
				`${check.requests} requests (${DELETED} GETs of one id), wall ${seconds(check.ms)}, ` +
				`id set then ${(check.knownBytes / (size - DELETED)).toFixed(2)} bytes/record`,
		);
	return lines;
}

/** Absence and attendance periods: UUIDs, compared within the window (sandbox without rate limits). */
async function periods(h, nodeType, size) {
	const { decodeIds } = require(path.join(REPO, 'dist/nodes/PersonioPollingTrigger/idCodec.js'));
	const { encodeIds } = require(path.join(REPO, 'dist/nodes/PersonioPollingTrigger/idCodec.js'));
	const hex = (n) =>
		Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
	const uuids = Array.from(
		{ length: size },
		() => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`,
	);
	const lines = [
		`  ${fmt(size)} random UUIDs (absence/attendance period ids): ${(bytes(encodeIds(uuids).encoded) / size).toFixed(2)} bytes/record (a JSON array of the strings: ${(bytes(uuids) / size).toFixed(2)})`,
	];
	for (const [event, label] of [
		['absenceChanged', 'absence periods'],
		['attendanceChanged', 'attendance periods'],
	]) {
		const sandbox = await startSandbox({ employees: size });
		try {
			const p = poller(h, nodeType, sandbox.url, { event, detectDeletions: true });
			const r = await measured(sandbox, () => p.poll());
			const count = decodeIds(p.state().known).length;
			const known = bytes(p.state().known);
			lines.push(
				`  ${label} of the sandbox's ${fmt(size)} employees in the window: ${fmt(count)} ids, ${fmt(known)} bytes` +
					` (${r.requests} requests)`,
			);
		} finally {
			await sandbox.close();
		}
	}
	return lines;
}

async function watched(h, nodeType, size, runs) {
	const results = [];
	for (let run = 0; run < runs; run++) {
		const sandbox = await startSandbox({ employees: size });
		try {
			const p = poller(h, nodeType, sandbox.url, { watchFields: WATCHED });
			const first = await measured(sandbox, () => p.poll());
			first.watchBytes = bytes(p.state().watch);
			first.distinct = p.state().watch.values.map((values) => values.length);
			results.push(first);
		} finally {
			await sandbox.close();
		}
	}
	const r = results[0];
	return [
		`Watched fields (${WATCHED.join(', ')}), ${fmt(size)} employees: ` +
			`${spread(
				results.map((x) => x.watchBytes / size),
				(v) => v.toFixed(2),
			)} bytes/record watched (${fmt(r.watchBytes)} bytes; distinct values ${r.distinct.join('/')}; ` +
			`baseline read ${r.requests} requests; runs ${runs})`,
	];
}

/** Personio's ids are not consecutive: the same encoding for ids with random gaps, no requests. */
function spreadIds(size) {
	const { encodeIds } = require(path.join(REPO, 'dist/nodes/PersonioPollingTrigger/idCodec.js'));
	let seed = 42;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return [1000, 1_000_000].map((gap) => {
		const ids = [];
		let id = 1_000_000;
		for (let i = 0; i < size; i++) ids.push(String((id += 1 + Math.floor(random() * gap))));
		const perRecord = bytes(encodeIds(ids).encoded) / size;
		return `  id set with random gaps of 1–${fmt(gap)} between ids: ${perRecord.toFixed(2)} bytes/record`;
	});
}

async function main() {
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
		if (r.status !== 0) process.exit(r.status || 1);
	}
	const home = environment();
	const { loadHarness, node } = require('./harness');
	const h = loadHarness();
	const nodeType = node('PersonioPollingTrigger');
	const sizes = (process.env.BENCH_SIZES || '10000,50000').split(',').map(Number);
	const runs = Number(process.env.BENCH_STATE_RUNS || 2);
	const lines = [];
	try {
		for (const size of sizes) {
			for (const line of [
				...(await deletions(h, nodeType, size, runs)),
				...spreadIds(size),
				...(await periods(h, nodeType, size)),
			]) {
				console.error(line);
				lines.push(line);
			}
			for (const line of await watched(h, nodeType, size, runs)) {
				console.error(line);
				lines.push(line);
			}
		}
	} finally {
		fs.rmSync(home, { recursive: true, force: true });
	}
	const text = [
		'## Polling Trigger state (deletions, watched fields)',
		'',
		...lines.map((line) => `    ${line}`),
	].join('\n');
	console.log(text);
	fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
	fs.writeFileSync(path.join(__dirname, 'results', 'state.md'), `${text}\n`);
}

if (require.main === module)
	main().catch((error) => {
		console.error(error.stack || error.message);
		process.exit(1);
	});

module.exports = { main };
