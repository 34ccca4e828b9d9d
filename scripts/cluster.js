#!/usr/bin/env node
'use strict';
/*
 * `npm run cluster`: the real n8n in queue mode on this machine (PostgreSQL, Redis, one main, two
 * workers, one webhook process, the pack installed in each, the Personio sandbox behind a
 * credential). Runs until Ctrl-C, then stops every process and removes its temp dir.
 *
 *   npm run cluster -- --workers 3 --concurrency 5 --employees 200 --keep
 */
const { startCluster } = require('./queue/cluster');

function arg(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	if (i < 0) return fallback;
	const v = process.argv[i + 1];
	return v === undefined || v.startsWith('--') ? true : v;
}

(async () => {
	const cluster = await startCluster({
		workers: Number(arg('workers', 2)),
		concurrency: Number(arg('concurrency', 10)),
		sandbox: { employees: Number(arg('employees', 50)) },
		keep: Boolean(arg('keep', false)),
	});
	const lines = [
		'',
		'n8n queue-mode cluster is running (Ctrl-C stops everything):',
		`  editor / main     ${cluster.mainUrl}   (owner owner@example.com / Queue-Test-Passw0rd)`,
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
	await new Promise(() => {}); // until SIGINT; the cluster module's handler cleans up
})().catch((e) => {
	process.stderr.write(`[cluster] failed: ${e.stack || e.message}\n`);
	process.exit(1);
});
