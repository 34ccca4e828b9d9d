'use strict';
/*
 * Drives a real n8n (installed by e2e/lib/install-n8n.sh into a per-machine cache) for the end-to-end
 * suite and `npm start`: installs the pack the way the editor's community-package install does,
 * starts one long-running `n8n start`, sets up the owner and talks to n8n's REST API.
 * Plain CommonJS for Node 20; n8n itself runs on the Node 24 that the install script puts beside it.
 */
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const axios = require('axios');
const env = require('./env');
const install = require('./install');
const { N8nClient } = require('./client');

const { REPO, portInUse, sleep } = env;

/** Runs one n8n CLI command to completion (import:*, export:*, execute …). */
function runCli(install, env, args, { timeoutMs = 180_000 } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(install.node, [install.bin, ...args], {
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code !== 0)
				reject(new Error(`n8n ${args.join(' ')} exited ${code}:\n${stdout}\n${stderr}`));
			else resolve({ stdout, stderr });
		});
	});
}

/**
 * Starts `n8n start` and resolves once its REST API answers. Logs go to <userFolder>/n8n.log (and,
 * with echo, to this process's stderr). Returns { client, url, stop(), logFile, child }.
 */
async function startN8n(install, env, { logFile, echo = false, timeoutMs = 180_000 } = {}) {
	const port = Number(env.N8N_PORT);
	if (await portInUse(port)) throw new Error(`port ${port} is already in use`);
	const out = fs.openSync(logFile, 'a');
	const child = spawn(install.node, [install.bin, 'start'], {
		env,
		stdio: ['ignore', echo ? 'inherit' : out, echo ? 'inherit' : out],
	});
	let exited = null;
	child.on('exit', (code, signal) => (exited = { code, signal }));
	const url = `http://127.0.0.1:${port}`;
	const client = new N8nClient(url);
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exited)
			throw new Error(`n8n exited during start-up (${JSON.stringify(exited)}); see ${logFile}`);
		try {
			const res = await axios.get(`${url}/healthz/readiness`, {
				validateStatus: () => true,
				timeout: 2000,
			});
			if (res.status === 200) {
				const settings = await axios.get(`${url}/rest/settings`, {
					validateStatus: () => true,
					timeout: 5000,
				});
				if (settings.status === 200) break;
			}
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`n8n did not come up within ${timeoutMs} ms; see ${logFile}`);
		}
		await sleep(250);
	}
	const stop = async (graceMs = 20_000) => {
		if (exited) return;
		const done = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
		await done;
		clearTimeout(timer);
		fs.closeSync(out);
	};
	return { client, url, stop, child, logFile, exited: () => exited };
}

/** `flatted.parse` from the n8n install (how n8n stores execution data). */
function flattedParser(install) {
	const flatted = require(path.join(install.dir, 'node_modules', 'flatted'));
	return (text) => flatted.parse(text);
}

/**
 * Imports examples/credentials.sandbox.json (its {{PLACEHOLDERS}} filled from `values`) and the example
 * workflows (all, or the file names in `only`; real Personio URLs rewritten to values.PERSONIO_BASE_URL)
 * into the n8n of `env`, through `n8n import:*` as a user would. Staging files go to workDir.
 */
async function importExamples(install, env, { values, workDir, only = null }) {
	const examples = path.join(REPO, 'examples');
	const fill = (text) =>
		text.replace(/\{\{([A-Z_]+)\}\}/g, (_, key) => (values[key] ?? '').replace(/"/g, '\\"'));
	const credsFile = path.join(workDir, 'credentials.json');
	fs.writeFileSync(
		credsFile,
		fill(fs.readFileSync(path.join(examples, 'credentials.sandbox.json'), 'utf8')),
	);
	const wfDir = path.join(workDir, 'workflows');
	fs.mkdirSync(wfDir, { recursive: true });
	const files = fs
		.readdirSync(examples)
		.filter(
			(f) => f.endsWith('.json') && !f.startsWith('credentials') && (!only || only.includes(f)),
		);
	for (const f of files) {
		const text = fs.readFileSync(path.join(examples, f), 'utf8');
		fs.writeFileSync(
			path.join(wfDir, f),
			text.split('https://api.personio.de').join(values.PERSONIO_BASE_URL),
		);
	}
	await runCli(install, env, ['import:credentials', `--input=${credsFile}`]);
	if (files.length)
		await runCli(install, env, ['import:workflow', '--separate', `--input=${wfDir}`]);
	return files;
}

module.exports = { ...env, ...install, N8nClient, flattedParser, importExamples, runCli, startN8n };
