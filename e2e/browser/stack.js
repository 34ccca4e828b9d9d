'use strict';
/*
 * The browser test's n8n: what `npm start` runs (the pack installed as a community package, the
 * sandbox credentials and example workflows imported, the owner set up), but in a temp user folder
 * on free ports, so it never touches .n8n-home/ or a running `npm start`.
 *
 *   node e2e/browser/stack.js --serve    keeps it running and prints URL and login (for poking at the UI)
 */
const fs = require('fs');
const path = require('path');
const L = require('../lib/n8n');
const { startSandbox } = require('../../test/sandbox/server');
const { startLocalRegistry } = require('./registry');

const OWNER = {
	email: 'browser@example.com',
	firstName: 'Browser',
	lastName: 'Test',
	password: 'Browser-Test-7A',
};

/**
 * Starts sandbox + n8n; resolves to { url, owner, sandbox, values, install, work, userFolder, stop(keep) }.
 * With viaRegistry the pack is not put into n8n's folder: it waits in a local npm registry (`registry`)
 * for the test to install it from the editor.
 */
async function startStack({ log = () => {}, only = null, viaRegistry = false } = {}) {
	const timings = {};
	let t = Date.now();
	const installing = L.installN8n('n8n', log);
	installing.catch(() => {});
	L.buildPack(log);
	const install = await installing;
	const work = L.tempDir('personio-browser-');
	const { tarball, missing } = L.packTarball(work);
	if (missing.length) throw new Error(`the build lacks ${missing.join(', ')}`);
	const userFolder = path.join(work, 'home');
	fs.mkdirSync(userFolder, { recursive: true });
	const registry = viaRegistry
		? await startLocalRegistry({ tarball, work, node: install.node, log })
		: null;
	if (!registry) L.installPackInto(userFolder, tarball);
	timings.build = Date.now() - t;

	t = Date.now();
	const sandbox = await startSandbox({ port: 0, employees: 30 });
	const values = L.sandboxCredentialValues(sandbox);
	const extra = registry ? registry.env : {};
	const env = L.n8nEnv(install, {
		userFolder,
		port: await L.freePort(),
		brokerPort: await L.freePort(),
		extra,
	});
	let n8n = null;
	const stop = async (keep = false) => {
		if (n8n) await n8n.stop();
		await sandbox.close();
		if (registry) await registry.stop();
		if (!keep) fs.rmSync(work, { recursive: true, force: true });
	};
	try {
		await L.importExamples(install, env, { values, workDir: work, only });
		timings.import = Date.now() - t;
		t = Date.now();
		n8n = await L.startN8n(install, env, { logFile: path.join(work, 'n8n.log') });
		await n8n.client.ensureOwner(OWNER);
		timings.start = Date.now() - t;
	} catch (error) {
		await stop(true);
		throw new Error(`${error.message} (n8n folder kept: ${work})`);
	}
	return {
		url: n8n.url,
		client: n8n.client,
		owner: OWNER,
		sandbox,
		values,
		install,
		work,
		userFolder,
		registry,
		timings,
		stop,
	};
}

module.exports = { startStack, OWNER };

if (require.main === module && process.argv.includes('--serve')) {
	startStack({ log: (m) => console.error(`[stack] ${m}`) }).then(
		(s) => {
			console.log(
				JSON.stringify({
					url: s.url,
					owner: s.owner,
					sandbox: s.sandbox.url,
					work: s.work,
					timings: s.timings,
				}),
			);
			const end = () => s.stop().then(() => process.exit(0));
			process.on('SIGINT', end);
			process.on('SIGTERM', end);
		},
		(e) => {
			console.error(e.message);
			process.exit(1);
		},
	);
}
