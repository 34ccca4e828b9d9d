'use strict';
/*
 * A real n8n cluster in queue mode on this machine, for the pack's scale tests:
 *   PostgreSQL + Redis (Debian packages, temp data dirs, free ports on 127.0.0.1),
 *   n8n 2.41.1 (scripts/install-n8n.sh) as one main, N workers and one webhook process,
 *   the pack installed as a community package in every instance, the Personio sandbox behind a
 *   `personioApi` credential, an owner account and a public-API key.
 *
 *   const { startCluster } = require('./scripts/queue/cluster');
 *   const c = await startCluster({ workers: 2 });
 *   ... c.api('GET', '/workflows') ... c.killWorker('worker-1', 'SIGKILL') ... c.startWorker('worker-3')
 *   await c.stop();
 *
 * Every process runs in its own process group and is killed with its children on stop(), on
 * failure, on SIGINT/SIGTERM and on exit; the temp dir goes with them.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawn, spawnSync, execFileSync } = require('child_process');

const { freePorts, request, sleep, waitFor } = require('./util');
const { buildPack, repo } = require('./pack');
// Shared with the single-process e2e suite and `npm start` (owned there): n8n install, pack install.
const n8nLib = require('../lib/n8n');

const PG_BIN = '/usr/lib/postgresql/15/bin';
const OWNER = { email: 'owner@example.com', firstName: 'Queue', lastName: 'Owner', password: 'Queue-Test-Passw0rd' };

// ---------------------------------------------------------------- processes ----
const live = new Set(); // every child we started, for cleanup
let cleanupHooked = false;
const cleanups = [];

function hookCleanup() {
	if (cleanupHooked) return;
	cleanupHooked = true;
	const onSignal = (sig) => {
		process.stderr.write(`\n[cluster] ${sig}: stopping everything\n`);
		runCleanupsSync();
		process.exit(sig === 'SIGINT' ? 130 : 143);
	};
	process.on('SIGINT', () => onSignal('SIGINT'));
	process.on('SIGTERM', () => onSignal('SIGTERM'));
	process.on('exit', runCleanupsSync);
}

/** Last-resort cleanup (signal or exit): SIGKILL every group, remove temp dirs. */
function runCleanupsSync() {
	for (const p of live) killGroup(p, 'SIGKILL');
	live.clear();
	while (cleanups.length) {
		try {
			cleanups.pop()();
		} catch {
			/* best effort */
		}
	}
}

function killGroup(child, signal) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* gone */
		}
	}
}

/** Stops a child's whole group: `signal`, then SIGKILL after graceMs. */
async function stopGroup(child, signal = 'SIGTERM', graceMs = 10000) {
	if (!child || child.exitCode !== null || child.signalCode !== null) {
		live.delete(child);
		return;
	}
	const done = new Promise((r) => child.once('exit', r));
	killGroup(child, signal);
	const t = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
	await done;
	clearTimeout(t);
	// children of the group leader (e.g. n8n's task runner) may outlive it
	killGroup(child, 'SIGKILL');
	live.delete(child);
}

function startProcess(name, cmd, args, { env, cwd, logFile }) {
	const out = fs.openSync(logFile, 'a');
	const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', out, out] });
	fs.closeSync(out);
	child.name = name;
	child.logFile = logFile;
	live.add(child);
	child.on('exit', () => live.delete(child));
	return child;
}

// ---------------------------------------------------------------- services ----
function ensureDebianPackages(log) {
	const need = [];
	if (!fs.existsSync('/usr/bin/redis-server')) need.push('redis-server');
	if (!fs.existsSync(path.join(PG_BIN, 'postgres'))) need.push('postgresql');
	if (!need.length) return;
	log(`apt-get install ${need.join(' ')}`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', ...need], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

async function startPostgres(dir, port, logDir) {
	const data = path.join(dir, 'pgdata');
	fs.mkdirSync(data, { recursive: true });
	execFileSync('chown', ['-R', 'postgres:postgres', dir]);
	fs.chmodSync(dir, 0o755);
	// PostgreSQL refuses to run as root: initdb and postgres run as the postgres user.
	const init = spawnSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], { encoding: 'utf8' });
	if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
	const child = startProcess('postgres', 'runuser', [
		'-u', 'postgres', '--', path.join(PG_BIN, 'postgres'), '-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir,
		'-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300',
	], { env: process.env, logFile: path.join(logDir, 'postgres.log') });
	await waitFor(() => spawnSync(path.join(PG_BIN, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0, { timeoutMs: 30000, what: 'PostgreSQL' });
	const create = spawnSync(path.join(PG_BIN, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'n8n'], { encoding: 'utf8' });
	if (create.status !== 0) throw new Error(`createdb failed: ${create.stderr}`);
	return child;
}

async function startRedis(dir, port, logDir) {
	const child = startProcess('redis', '/usr/bin/redis-server', [
		'--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no',
	], { env: process.env, logFile: path.join(logDir, 'redis.log') });
	await waitFor(() => spawnSync('/usr/bin/redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG', { timeoutMs: 20000, what: 'Redis' });
	return child;
}

async function installN8n(log) {
	log('locating the pinned n8n (scripts/install-n8n.sh; about 5 min the first time on a machine)');
	const install = await n8nLib.installN8n('n8n', log);
	return { dir: install.dir, n8nBin: install.bin, nodeBin: path.dirname(install.node), version: install.version };
}

// ---------------------------------------------------------------- the cluster ----
/**
 * options: workers (2), concurrency per worker (10), sandbox options ({ employees, tokenLifetime }),
 * queue settings (lockDurationMs, stalledIntervalMs), log(fn), keep (keep temp dir).
 */
async function startCluster(options = {}) {
	const o = {
		workers: 2,
		concurrency: 10,
		sandbox: {},
		lockDurationMs: 15000,
		lockRenewMs: 3000,
		stalledIntervalMs: 5000,
		recoveryIntervalMin: 1,
		log: (m) => process.stderr.write(`[cluster] ${m}\n`),
		...options,
	};
	const log = o.log;
	hookCleanup();
	const t0 = Date.now();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-'));
	fs.chmodSync(dir, 0o711); // the postgres user must reach its data dir inside
	const logDir = path.join(dir, 'logs');
	fs.mkdirSync(logDir);
	const tempCleanup = () => {
		if (!o.keep) fs.rmSync(dir, { recursive: true, force: true });
	};
	cleanups.push(tempCleanup);

	const cluster = {
		dir,
		logDir,
		processes: {}, // name -> child
		ports: {},
		timings: {},
		sandbox: null,
		stopped: false,
	};
	try {
		ensureDebianPackages(log);
		const n8n = await installN8n(log);
		cluster.n8n = n8n;
		cluster.timings.install = Date.now() - t0;

		const pack = buildPack(dir, log);
		pack.warnings.forEach((w) => log(`warning: ${w}`));
		cluster.pack = pack;
		cluster.timings.pack = Date.now() - t0;

		const [pgPort, redisPort, mainPort, webhookPort] = await freePorts(4);
		Object.assign(cluster.ports, { postgres: pgPort, redis: redisPort, main: mainPort, webhook: webhookPort });

		log(`PostgreSQL on ${pgPort}, Redis on ${redisPort}`);
		const pgDir = path.join(dir, 'pg');
		fs.mkdirSync(pgDir);
		cluster.processes.postgres = await startPostgres(pgDir, pgPort, logDir);
		cluster.processes.redis = await startRedis(dir, redisPort, logDir);

		const { startSandbox } = require(path.join(repo, 'test', 'sandbox', 'server.js'));
		cluster.sandbox = await startSandbox({ employees: 50, ...o.sandbox });
		cleanups.push(() => cluster.sandbox && cluster.sandbox.close());
		log(`Personio sandbox at ${cluster.sandbox.url}`);

		const encryptionKey = crypto.randomBytes(24).toString('hex');
		const baseEnv = {
			...process.env,
			PATH: `${n8n.nodeBin}:${process.env.PATH}`,
			N8N_ENCRYPTION_KEY: encryptionKey,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
			NODE_ENV: 'production',
			EXECUTIONS_MODE: 'queue',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
			QUEUE_WORKER_LOCK_DURATION: String(o.lockDurationMs),
			QUEUE_WORKER_LOCK_RENEW_TIME: String(o.lockRenewMs),
			QUEUE_WORKER_STALLED_INTERVAL: String(o.stalledIntervalMs),
			N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: String(o.recoveryIntervalMin),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(pgPort),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: '',
			DB_POSTGRESDB_POOL_SIZE: '10',
			WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`,
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_RUNNERS_AUTH_TOKEN: crypto.randomBytes(16).toString('hex'),
			EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
			EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
			QUEUE_BULL_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		};
		for (const k of Object.keys(baseEnv)) if (k.startsWith('npm_')) delete baseEnv[k];
		cluster.baseEnv = baseEnv;

		/** Starts one n8n instance with its own user folder (pack installed) and broker port. */
		const launch = async (name, args, extraEnv = {}) => {
			const userFolder = path.join(dir, 'instances', name);
			if (!fs.existsSync(userFolder)) {
				fs.mkdirSync(userFolder, { recursive: true });
				n8nLib.installPackInto(userFolder, pack.tarball);
			}
			const [brokerPort, healthPort] = await freePorts(2);
			const env = { ...baseEnv, N8N_USER_FOLDER: userFolder, N8N_RUNNERS_BROKER_PORT: String(brokerPort), ...extraEnv };
			if (args[0] === 'worker') {
				env.QUEUE_HEALTH_CHECK_ACTIVE = 'true';
				env.QUEUE_HEALTH_CHECK_PORT = String(healthPort);
				env.N8N_WORKER_SERVER_ADDRESS = '127.0.0.1';
			}
			const child = startProcess(name, path.join(n8n.nodeBin, 'node'), [n8n.n8nBin, ...args], { env, cwd: userFolder, logFile: path.join(logDir, `${name}.log`) });
			child.healthPort = args[0] === 'worker' ? healthPort : Number(env.N8N_PORT);
			child.startedAt = Date.now();
			cluster.processes[name] = child;
			return child;
		};
		const ready = (child, pathName = '/healthz') =>
			waitFor(
				async () => {
					if (child.exitCode !== null) throw new Error(`${child.name} exited (${child.exitCode}); see ${child.logFile}:\n${tail(child.logFile)}`);
					const r = await request({ url: `http://127.0.0.1:${child.healthPort}${pathName}`, timeoutMs: 3000 });
					return r.status === 200;
				},
				{ timeoutMs: 180000, intervalMs: 1000, what: `${child.name} to be ready` },
			).catch((e) => {
				throw new Error(`${e.message}\n${tail(child.logFile)}`);
			});

		// The main runs the migrations alone first; workers and the webhook process start after it.
		log('starting n8n main (migrations on first start)');
		const main = await launch('main', ['start'], { N8N_PORT: String(mainPort) });
		await ready(main, '/healthz/readiness');
		cluster.timings.main = Date.now() - t0;

		cluster.startWorker = async (name, extraEnv = {}) => {
			const w = await launch(name, ['worker', `--concurrency=${o.concurrency}`], extraEnv);
			await ready(w, '/healthz');
			await waitFor(() => /Worker ready|n8n worker is now ready/i.test(readLog(w.logFile)), { timeoutMs: 60000, intervalMs: 500, what: `${name} to take jobs` }).catch(() => {});
			return w;
		};
		cluster.killWorker = async (name, signal = 'SIGKILL') => {
			const w = cluster.processes[name];
			if (!w) throw new Error(`no process ${name}`);
			await stopGroup(w, signal, signal === 'SIGKILL' ? 1000 : 20000);
			return w;
		};
		cluster.workerNames = () => Object.keys(cluster.processes).filter((n) => n.startsWith('worker-') && cluster.processes[n].exitCode === null && cluster.processes[n].signalCode === null);

		log(`starting ${o.workers} worker(s) and the webhook process`);
		const webhook = await launch('webhook', ['webhook'], { N8N_PORT: String(webhookPort) });
		const workerStarts = [];
		for (let i = 1; i <= o.workers; i++) workerStarts.push(cluster.startWorker(`worker-${i}`));
		await Promise.all([...workerStarts, ready(webhook, '/healthz')]);
		cluster.timings.ready = Date.now() - t0;

		cluster.mainUrl = `http://127.0.0.1:${mainPort}`;
		cluster.webhookUrl = `http://127.0.0.1:${webhookPort}`;
		await setupOwnerAndKey(cluster);
		cluster.credential = await createCredential(cluster);
		log(`cluster ready in ${Math.round((Date.now() - t0) / 1000)} s: main ${cluster.mainUrl}, webhook ${cluster.webhookUrl}, logs in ${logDir}`);
	} catch (e) {
		await stopCluster(cluster).catch(() => {});
		throw e;
	}
	cluster.stop = () => stopCluster(cluster);
	return cluster;
}

async function stopCluster(cluster) {
	if (cluster.stopped) return;
	cluster.stopped = true;
	const names = Object.keys(cluster.processes);
	const n8nNames = names.filter((n) => n !== 'postgres' && n !== 'redis');
	await Promise.all(n8nNames.map((n) => stopGroup(cluster.processes[n], 'SIGTERM', 15000)));
	if (cluster.sandbox) await cluster.sandbox.close().catch(() => {});
	cluster.sandbox = null;
	if (cluster.processes.redis) await stopGroup(cluster.processes.redis, 'SIGTERM', 5000);
	if (cluster.processes.postgres) await stopGroup(cluster.processes.postgres, 'SIGINT', 10000); // SIGINT = fast shutdown
	runCleanupsSync();
}

// ---------------------------------------------------------------- n8n API ----
async function setupOwnerAndKey(cluster) {
	const base = cluster.mainUrl;
	const setup = await request({ url: `${base}/rest/owner/setup`, method: 'POST', body: OWNER });
	if (setup.status >= 400) throw new Error(`owner setup: HTTP ${setup.status} ${setup.text.slice(0, 300)}`);
	const login = await request({ url: `${base}/rest/login`, method: 'POST', body: { emailOrLdapLoginId: OWNER.email, password: OWNER.password } });
	if (login.status !== 200) throw new Error(`login: HTTP ${login.status} ${login.text.slice(0, 300)}`);
	const cookie = (login.headers['set-cookie'] || []).map((c) => c.split(';')[0]).join('; ');
	cluster.cookie = cookie;
	const scopesRes = await request({ url: `${base}/rest/api-keys/scopes`, headers: { cookie } });
	const scopes = scopesRes.body && scopesRes.body.data ? scopesRes.body.data : [];
	const key = await request({ url: `${base}/rest/api-keys`, method: 'POST', headers: { cookie }, body: { label: 'queue-suite', scopes, expiresAt: null } });
	if (key.status !== 200) throw new Error(`api key: HTTP ${key.status} ${key.text.slice(0, 300)}`);
	cluster.apiKey = key.body.data.rawApiKey || key.body.data.apiKey;
	/** Public API call: api(method, '/workflows', body) → parsed body; throws on HTTP >= 400. */
	cluster.api = async (method, p, body) => {
		const r = await request({ url: `${base}/api/v1${p}`, method, headers: { 'x-n8n-api-key': cluster.apiKey }, body });
		if (r.status >= 400) throw new Error(`${method} /api/v1${p}: HTTP ${r.status} ${r.text.slice(0, 400)}`);
		return r.body;
	};
	/** Internal REST call with the owner's session (for what the public API lacks). */
	cluster.rest = async (method, p, body) => {
		const r = await request({ url: `${base}/rest${p}`, method, headers: { cookie }, body });
		if (r.status >= 400) throw new Error(`${method} /rest${p}: HTTP ${r.status} ${r.text.slice(0, 400)}`);
		return r.body && r.body.data !== undefined ? r.body.data : r.body;
	};
}

async function createCredential(cluster) {
	const sb = cluster.sandbox;
	const data = {
		clientId: sb.credentials.clientId,
		clientSecret: sb.credentials.clientSecret,
		baseUrl: sb.url,
		partnerId: 'N8N_QUEUE_SUITE',
		appId: 'PERSONIO_PACK',
	};
	let created;
	try {
		created = await cluster.api('POST', '/credentials', { name: 'Personio sandbox', type: 'personioApi', data });
	} catch (e) {
		// Some versions' schema check wants the HTTP Request domain restriction spelled out.
		created = await cluster.api('POST', '/credentials', { name: 'Personio sandbox', type: 'personioApi', data: { ...data, allowedHttpRequestDomains: 'all' } });
	}
	return { id: created.id, name: created.name, type: 'personioApi' };
}

// ---------------------------------------------------------------- logs ----
function readLog(file) {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}
function tail(file, n = 25) {
	return readLog(file).split('\n').slice(-n).join('\n');
}

module.exports = { startCluster, stopCluster, readLog, tail, sleep };
