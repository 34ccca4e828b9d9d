'use strict';
// The queue-mode cluster's processes: each in its own process group, killed with its children on
// stop, failure, SIGINT/SIGTERM and exit; PostgreSQL and Redis from Debian's packages; their logs.
const fs = require('fs');
const path = require('path');
const { spawn, spawnSync, execFileSync } = require('child_process');
const { waitFor } = require('./util');

const PG_BIN = '/usr/lib/postgresql/15/bin';

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
	execFileSync('apt-get', ['install', '-y', '-qq', ...need], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

async function startPostgres(dir, port, logDir) {
	const data = path.join(dir, 'pgdata');
	fs.mkdirSync(data, { recursive: true });
	execFileSync('chown', ['-R', 'postgres:postgres', dir]);
	fs.chmodSync(dir, 0o755);
	// PostgreSQL refuses to run as root: initdb and postgres run as the postgres user.
	const init = spawnSync(
		'runuser',
		[
			'-u',
			'postgres',
			'--',
			path.join(PG_BIN, 'initdb'),
			'-D',
			data,
			'-U',
			'postgres',
			'--auth=trust',
			'-E',
			'UTF8',
			'--no-sync',
		],
		{ encoding: 'utf8' },
	);
	if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
	const child = startProcess(
		'postgres',
		'runuser',
		[
			'-u',
			'postgres',
			'--',
			path.join(PG_BIN, 'postgres'),
			'-D',
			data,
			'-p',
			String(port),
			'-h',
			'127.0.0.1',
			'-k',
			dir,
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=300',
		],
		{ env: process.env, logFile: path.join(logDir, 'postgres.log') },
	);
	await waitFor(
		() =>
			spawnSync(path.join(PG_BIN, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status ===
			0,
		{ timeoutMs: 30000, what: 'PostgreSQL' },
	);
	const create = spawnSync(
		path.join(PG_BIN, 'createdb'),
		['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'n8n'],
		{ encoding: 'utf8' },
	);
	if (create.status !== 0) throw new Error(`createdb failed: ${create.stderr}`);
	return child;
}

async function startRedis(dir, port, logDir) {
	const child = startProcess(
		'redis',
		'/usr/bin/redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
		],
		{ env: process.env, logFile: path.join(logDir, 'redis.log') },
	);
	await waitFor(
		() =>
			spawnSync('/usr/bin/redis-cli', ['-p', String(port), 'ping'], {
				encoding: 'utf8',
			}).stdout.trim() === 'PONG',
		{ timeoutMs: 20000, what: 'Redis' },
	);
	return child;
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

module.exports = {
	cleanups,
	ensureDebianPackages,
	hookCleanup,
	readLog,
	runCleanupsSync,
	startPostgres,
	startProcess,
	startRedis,
	stopGroup,
	tail,
};
