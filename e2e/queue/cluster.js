'use strict';
/*
 * A real n8n cluster in queue mode on this machine, for the pack's scale tests:
 *   PostgreSQL + Redis (Debian packages, temp data dirs, free ports on 127.0.0.1),
 *   n8n 2.x (e2e/lib/install-n8n.sh) as one main, N workers and one webhook process,
 *   the pack installed as a community package in every instance, the Personio sandbox behind a
 *   `personioApi` credential, an owner account and a public-API key.
 *
 *   const { startCluster } = require('./e2e/queue/cluster');
 *   const c = await startCluster({ workers: 2 });
 *   ... c.api('GET', '/workflows') ... c.killWorker('worker-1', 'SIGKILL') ... c.startWorker('worker-3')
 *   await c.stop();
 *
 *   npm run cluster -- --workers 3 --concurrency 5 --employees 200 --keep   (runs until Ctrl-C)
 *
 * Every process runs in its own process group and is killed with its children on stop(), on
 * failure, on SIGINT/SIGTERM and on exit; the temp dir goes with them.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const { freePorts, request, waitFor } = require('./util');
const { buildPack, repo } = require('./pack');
const n8nLib = require('../lib/n8n');
const P = require('./services');
const { OWNER, createCredential, setupOwnerAndKey } = require('./api');

async function installN8n(log) {
	log('locating the pinned n8n (e2e/lib/install-n8n.sh; about 5 min the first time on a machine)');
	const install = await n8nLib.installN8n('n8n', log);
	return {
		dir: install.dir,
		n8nBin: install.bin,
		nodeBin: path.dirname(install.node),
		version: install.version,
	};
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
	P.hookCleanup();
	const t0 = Date.now();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-'));
	fs.chmodSync(dir, 0o711); // the postgres user must reach its data dir inside
	const logDir = path.join(dir, 'logs');
	fs.mkdirSync(logDir);
	const tempCleanup = () => {
		if (!o.keep) fs.rmSync(dir, { recursive: true, force: true });
	};
	P.cleanups.push(tempCleanup);

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
		P.ensureDebianPackages(log);
		const n8n = await installN8n(log);
		cluster.n8n = n8n;
		cluster.timings.install = Date.now() - t0;

		const pack = buildPack(dir, log);
		pack.warnings.forEach((w) => log(`warning: ${w}`));
		cluster.pack = pack;
		cluster.timings.pack = Date.now() - t0;

		const [pgPort, redisPort, mainPort, webhookPort] = await freePorts(4);
		Object.assign(cluster.ports, {
			postgres: pgPort,
			redis: redisPort,
			main: mainPort,
			webhook: webhookPort,
		});

		log(`PostgreSQL on ${pgPort}, Redis on ${redisPort}`);
		const pgDir = path.join(dir, 'pg');
		fs.mkdirSync(pgDir);
		cluster.processes.postgres = await P.startPostgres(pgDir, pgPort, logDir);
		cluster.processes.redis = await P.startRedis(dir, redisPort, logDir);

		const { startSandbox } = require(path.join(repo, 'test', 'sandbox', 'server.js'));
		cluster.sandbox = await startSandbox({ employees: 50, ...o.sandbox });
		P.cleanups.push(() => cluster.sandbox && cluster.sandbox.close());
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
			const env = {
				...baseEnv,
				N8N_USER_FOLDER: userFolder,
				N8N_RUNNERS_BROKER_PORT: String(brokerPort),
				...extraEnv,
			};
			if (args[0] === 'worker') {
				env.QUEUE_HEALTH_CHECK_ACTIVE = 'true';
				env.QUEUE_HEALTH_CHECK_PORT = String(healthPort);
				env.N8N_WORKER_SERVER_ADDRESS = '127.0.0.1';
			}
			const child = P.startProcess(name, path.join(n8n.nodeBin, 'node'), [n8n.n8nBin, ...args], {
				env,
				cwd: userFolder,
				logFile: path.join(logDir, `${name}.log`),
			});
			child.healthPort = args[0] === 'worker' ? healthPort : Number(env.N8N_PORT);
			child.startedAt = Date.now();
			cluster.processes[name] = child;
			return child;
		};
		const ready = (child, pathName = '/healthz') =>
			waitFor(
				async () => {
					if (child.exitCode !== null)
						throw new Error(
							`${child.name} exited (${child.exitCode}); see ${child.logFile}:\n${P.tail(child.logFile)}`,
						);
					const r = await request({
						url: `http://127.0.0.1:${child.healthPort}${pathName}`,
						timeoutMs: 3000,
					});
					return r.status === 200;
				},
				{ timeoutMs: 180000, intervalMs: 1000, what: `${child.name} to be ready` },
			).catch((e) => {
				throw new Error(`${e.message}\n${P.tail(child.logFile)}`);
			});

		// The main runs the migrations alone first; workers and the webhook process start after it.
		log('starting n8n main (migrations on first start)');
		const main = await launch('main', ['start'], { N8N_PORT: String(mainPort) });
		await ready(main, '/healthz/readiness');
		cluster.timings.main = Date.now() - t0;

		cluster.startWorker = async (name, extraEnv = {}) => {
			const w = await launch(name, ['worker', `--concurrency=${o.concurrency}`], extraEnv);
			await ready(w, '/healthz');
			await waitFor(() => /Worker ready|n8n worker is now ready/i.test(P.readLog(w.logFile)), {
				timeoutMs: 60000,
				intervalMs: 500,
				what: `${name} to take jobs`,
			}).catch(() => {});
			return w;
		};
		cluster.killWorker = async (name, signal = 'SIGKILL') => {
			const w = cluster.processes[name];
			if (!w) throw new Error(`no process ${name}`);
			await P.stopGroup(w, signal, signal === 'SIGKILL' ? 1000 : 20000);
			return w;
		};
		cluster.workerNames = () =>
			Object.keys(cluster.processes).filter(
				(n) =>
					n.startsWith('worker-') &&
					cluster.processes[n].exitCode === null &&
					cluster.processes[n].signalCode === null,
			);

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
		log(
			`cluster ready in ${Math.round((Date.now() - t0) / 1000)} s: main ${cluster.mainUrl}, webhook ${cluster.webhookUrl}, logs in ${logDir}`,
		);
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
	await Promise.all(n8nNames.map((n) => P.stopGroup(cluster.processes[n], 'SIGTERM', 15000)));
	if (cluster.sandbox) await cluster.sandbox.close().catch(() => {});
	cluster.sandbox = null;
	if (cluster.processes.redis) await P.stopGroup(cluster.processes.redis, 'SIGTERM', 5000);
	if (cluster.processes.postgres) await P.stopGroup(cluster.processes.postgres, 'SIGINT', 10000); // SIGINT = fast shutdown
	P.runCleanupsSync();
}

module.exports = { startCluster, stopCluster, readLog: P.readLog, tail: P.tail };

/** `npm run cluster`: runs until Ctrl-C, then stops every process and removes its temp dir. */
async function serve(argv) {
	const arg = (name, fallback) => {
		const i = argv.indexOf(`--${name}`);
		if (i < 0) return fallback;
		const v = argv[i + 1];
		return v === undefined || v.startsWith('--') ? true : v;
	};
	const cluster = await startCluster({
		workers: Number(arg('workers', 2)),
		concurrency: Number(arg('concurrency', 10)),
		sandbox: { employees: Number(arg('employees', 50)) },
		keep: Boolean(arg('keep', false)),
	});
	const lines = [
		'',
		'n8n queue-mode cluster is running (Ctrl-C stops everything):',
		`  editor / main     ${cluster.mainUrl}   (owner ${OWNER.email} / ${OWNER.password})`,
		`  webhook process   ${cluster.webhookUrl}/webhook/<path>`,
		`  workers           ${cluster.workerNames().join(', ')}`,
		`  Personio sandbox  ${cluster.sandbox.url}   (credential "${cluster.credential.name}", id ${cluster.credential.id})`,
		`  PostgreSQL        127.0.0.1:${cluster.ports.postgres} db n8n user postgres`,
		`  Redis             127.0.0.1:${cluster.ports.redis}`,
		`  public API key    ${cluster.apiKey}`,
		`  logs              ${cluster.logDir}`,
		'',
	];
	process.stdout.write(lines.join('\n'));
	await new Promise(() => {}); // until SIGINT; the services' signal handler cleans up
}

if (require.main === module) {
	serve(process.argv.slice(2)).catch((e) => {
		process.stderr.write(`[cluster] failed: ${e.stack || e.message}\n`);
		process.exit(1);
	});
}
