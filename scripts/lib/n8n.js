'use strict';
/*
 * Drives a real n8n (installed by scripts/install-n8n.sh into a per-machine cache) for the end-to-end
 * suite and `npm start`: installs the pack the way the editor's community-package install does,
 * starts one long-running `n8n start`, sets up the owner and talks to n8n's REST API.
 * Plain CommonJS for Node 20; n8n itself runs on the Node 24 that the install script puts beside it.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { spawn, spawnSync } = require('child_process');
const axios = require('axios');

const REPO = path.resolve(__dirname, '..', '..');
const TEST_ENCRYPTION_KEY = 'n8n-nodes-personio-e2e-fixed-test-key';
const BROWSER_ID = 'n8n-nodes-personio-e2e';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * This process's environment without what npm exports to scripts it runs (npm_config_local_prefix
 * would point a nested npm at the repo instead of its own folder).
 */
function cleanEnv() {
	const env = { ...process.env };
	for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
	return env;
}

/** The values that fill examples/credentials.sandbox.json for a running Personio sandbox. */
function sandboxCredentialValues(sandbox, extra = {}) {
	return {
		PERSONIO_CLIENT_ID: 'sandbox-client-id',
		PERSONIO_CLIENT_SECRET: 'sandbox-client-secret',
		PERSONIO_BASE_URL: sandbox.url,
		PERSONIO_RECRUITING_API_KEY: 'sandbox-recruiting-key',
		PERSONIO_COMPANY_ID: '1234',
		PERSONIO_COMPANY: 'acme',
		PERSONIO_CAREERS_URL: sandbox.url,
		...extra,
	};
}

/** A port that is free on 127.0.0.1 right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on 127.0.0.1:port. */
function portInUse(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host: '127.0.0.1' });
		socket.once('connect', () => socket.destroy() || resolve(true));
		socket.once('error', () => resolve(false));
	});
}

/**
 * Installs (or finds in the cache) the n8n described by e2e/<variant>/package.json and resolves to
 * { dir, node, bin, version, major }. The first install prints its progress to stderr and takes
 * minutes; later calls are instant. Several variants can install at once (one lock per folder).
 */
function installN8n(variant = 'n8n', log = console.error) {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn('bash', [path.join(REPO, 'scripts', 'install-n8n.sh'), `e2e/${variant}`], {
			cwd: REPO,
			env: cleanEnv(),
			stdio: ['ignore', 'pipe', process.env.N8N_INSTALL_QUIET === '1' ? 'ignore' : 'inherit'],
		});
		let stdout = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) return reject(new Error(`scripts/install-n8n.sh e2e/${variant} failed with exit code ${code}`));
			const dir = stdout.trim().split('\n').pop();
			const node = path.join(dir, 'node24', 'node_modules', '.bin', 'node');
			const bin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
			if (!fs.existsSync(node) || !fs.existsSync(bin)) return reject(new Error(`n8n install in ${dir} is incomplete`));
			const version = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'n8n', 'package.json'), 'utf8')).version;
			log(`n8n ${version} ready in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
			resolve({ dir, node, bin, version, major: Number(version.split('.')[0]) });
		});
	});
}

/** `npm run build` in the repo (skipped when E2E_SKIP_BUILD=1, e.g. right after `npm run check`'s build). */
function buildPack(log = console.error) {
	if (process.env.E2E_SKIP_BUILD === '1') return;
	const started = Date.now();
	const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
	log(`pack built (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * `npm pack` of the built pack into workDir; returns { tarball, missing }. The pack's package.json
 * and dist/ are staged first; entries of its `n8n` section whose file the build did not produce are
 * left out of the staged copy (n8n refuses to load a package with one missing file) and returned in
 * `missing`, so the suite can fail that check and still test the rest.
 */
function packTarball(workDir) {
	const stage = path.join(workDir, 'stage');
	fs.rmSync(stage, { recursive: true, force: true });
	fs.mkdirSync(stage, { recursive: true });
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
	const missing = [];
	for (const section of ['nodes', 'credentials']) {
		pkg.n8n[section] = (pkg.n8n[section] || []).filter((file) => {
			const ok = fs.existsSync(path.join(REPO, file));
			if (!ok) missing.push(file);
			return ok;
		});
	}
	delete pkg.scripts;
	delete pkg.devDependencies;
	fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
	fs.cpSync(path.join(REPO, 'dist'), path.join(stage, 'dist'), { recursive: true });
	for (const f of ['README.md', 'LICENSE', 'LICENSE.md']) {
		if (fs.existsSync(path.join(REPO, f))) fs.copyFileSync(path.join(REPO, f), path.join(stage, f));
	}
	const r = spawnSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', workDir], {
		cwd: stage,
		env: cleanEnv(),
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`npm pack failed:\n${r.stderr}`);
	const name = r.stdout.trim().split('\n').pop();
	return { tarball: path.join(workDir, name), missing, nodeTypes: pkg.n8n.nodes.map((f) => path.basename(f, '.node.js')) };
}

/**
 * Unpacks the tarball into <userFolder>/.n8n/nodes/node_modules/n8n-nodes-personio with a
 * package.json in .n8n/nodes listing it: what installing the community package from the editor
 * leaves behind, so node types keep their real names (n8n-nodes-personio.personio).
 */
function installPackInto(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', 'n8n-nodes-personio');
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	const r = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`could not unpack ${tarball}: ${r.stderr}`);
	const version = JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8')).version;
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { 'n8n-nodes-personio': version } }, null, 2),
	);
	return target;
}

/** The environment every n8n command of one instance runs with. */
function n8nEnv(install, { userFolder, port, brokerPort, extra = {} }) {
	const env = cleanEnv();
	return {
		...env,
		PATH: `${path.dirname(install.node)}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		DB_TYPE: 'sqlite',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'warn',
		NODE_OPTIONS: '',
		...extra,
	};
}

/** Runs one n8n CLI command to completion (import:*, export:*, execute …). */
function runCli(install, env, args, { timeoutMs = 180_000 } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(install.node, [install.bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code !== 0) reject(new Error(`n8n ${args.join(' ')} exited ${code}:\n${stdout}\n${stderr}`));
			else resolve({ stdout, stderr });
		});
	});
}

/** A REST client for one running n8n, with the owner's session once logged in. */
class N8nClient {
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		this.cookie = '';
		this.http = axios.create({ baseURL: baseUrl, validateStatus: () => true, timeout: 60_000 });
	}

	async request(method, url, data, { okStatus = [200, 201] } = {}) {
		const res = await this.http.request({
			method,
			url,
			data,
			headers: { 'browser-id': BROWSER_ID, ...(this.cookie ? { cookie: this.cookie } : {}) },
		});
		const setCookie = res.headers['set-cookie'];
		if (setCookie) {
			const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
			if (auth) this.cookie = auth;
		}
		if (!okStatus.includes(res.status)) {
			const detail = typeof res.data === 'string' ? res.data : JSON.stringify(res.data);
			throw new Error(`${method} ${url} answered ${res.status}: ${detail.slice(0, 500)}`);
		}
		return res.data && res.data.data !== undefined ? res.data.data : res.data;
	}

	/** Creates the owner account (or logs in when it exists already). */
	async ensureOwner(owner) {
		const settings = await this.request('GET', '/rest/settings');
		const needsSetup = settings.userManagement && settings.userManagement.showSetupOnFirstLoad;
		if (needsSetup) await this.request('POST', '/rest/owner/setup', owner);
		await this.login(owner);
	}

	async login({ email, password }) {
		// 1.x and 2.x both accept emailOrLdapLoginId; older 1.x wanted email.
		return await this.request('POST', '/rest/login', { emailOrLdapLoginId: email, email, password });
	}

	async workflow(id) {
		return await this.request('GET', `/rest/workflows/${id}`);
	}

	/** Runs a workflow as the editor's "Execute workflow" button does; returns the execution id. */
	async runManually(id, major) {
		const workflow = await this.workflow(id);
		const trigger =
			workflow.nodes.find((n) => /manualTrigger$/.test(n.type)) ?? workflow.nodes.find((n) => /Trigger$/.test(n.type) && !n.webhookId);
		if (!trigger) throw new Error(`workflow ${id} has no manual or polling trigger`);
		const body =
			major >= 2
				? { triggerToStartFrom: { name: trigger.name } }
				: { workflowData: workflow, startNodes: [], triggerToStartFrom: { name: trigger.name } };
		const result = await this.request('POST', `/rest/workflows/${id}/run`, body);
		if (!result || !result.executionId) throw new Error(`workflow ${id} did not start: ${JSON.stringify(result)}`);
		return result.executionId;
	}

	/** Waits for an execution to end and returns { status, runData, error, lastNodeExecuted }. */
	async waitForExecution(executionId, { timeoutMs = 120_000, parse } = {}) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const execution = await this.request('GET', `/rest/executions/${executionId}`, undefined, { okStatus: [200, 404] });
			if (execution && execution.id && execution.finished !== undefined && (execution.stoppedAt || execution.finished)) {
				const status = execution.status || (execution.finished ? 'success' : 'error');
				if (!['new', 'running', 'waiting'].includes(status)) {
					const data = typeof execution.data === 'string' ? parse(execution.data) : execution.data;
					return {
						id: executionId,
						status,
						runData: (data && data.resultData && data.resultData.runData) || {},
						error: data && data.resultData && data.resultData.error,
						lastNodeExecuted: data && data.resultData && data.resultData.lastNodeExecuted,
					};
				}
			}
			if (Date.now() > deadline) throw new Error(`execution ${executionId} did not finish in ${timeoutMs} ms`);
			await sleep(150);
		}
	}

	/** Lists the executions of one workflow (newest first). */
	async executions(workflowId) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const result = await this.request('GET', `/rest/executions?filter=${filter}&limit=50`);
		return result.results || result;
	}

	/** Activates (2.x: publishes) a workflow so its trigger registers. */
	async activate(id, major) {
		const workflow = await this.workflow(id);
		if (major >= 2) return await this.request('POST', `/rest/workflows/${id}/activate`, { versionId: workflow.versionId });
		return await this.request('PATCH', `/rest/workflows/${id}`, { active: true, versionId: workflow.versionId });
	}

	async deactivate(id, major) {
		const workflow = await this.workflow(id);
		if (major >= 2) return await this.request('POST', `/rest/workflows/${id}/deactivate`, {});
		return await this.request('PATCH', `/rest/workflows/${id}`, { active: false, versionId: workflow.versionId });
	}
}

/**
 * Starts `n8n start` and resolves once its REST API answers. Logs go to <userFolder>/n8n.log (and,
 * with echo, to this process's stderr). Returns { client, url, stop(), logFile, child }.
 */
async function startN8n(install, env, { logFile, echo = false, timeoutMs = 180_000 } = {}) {
	const port = Number(env.N8N_PORT);
	if (await portInUse(port)) throw new Error(`port ${port} is already in use`);
	const out = fs.openSync(logFile, 'a');
	const child = spawn(install.node, [install.bin, 'start'], { env, stdio: ['ignore', echo ? 'inherit' : out, echo ? 'inherit' : out] });
	let exited = null;
	child.on('exit', (code, signal) => (exited = { code, signal }));
	const url = `http://127.0.0.1:${port}`;
	const client = new N8nClient(url);
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exited) throw new Error(`n8n exited during start-up (${JSON.stringify(exited)}); see ${logFile}`);
		try {
			const res = await axios.get(`${url}/healthz/readiness`, { validateStatus: () => true, timeout: 2000 });
			if (res.status === 200) {
				const settings = await axios.get(`${url}/rest/settings`, { validateStatus: () => true, timeout: 5000 });
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

function tempDir(prefix) {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Imports examples/credentials.sandbox.json (its {{PLACEHOLDERS}} filled from `values`) and the example
 * workflows (all, or the file names in `only`; real Personio URLs rewritten to values.PERSONIO_BASE_URL)
 * into the n8n of `env`, through `n8n import:*` as a user would. Staging files go to workDir.
 */
async function importExamples(install, env, { values, workDir, only = null }) {
	const examples = path.join(REPO, 'examples');
	const fill = (text) => text.replace(/\{\{([A-Z_]+)\}\}/g, (_, key) => (values[key] ?? '').replace(/"/g, '\\"'));
	const credsFile = path.join(workDir, 'credentials.json');
	fs.writeFileSync(credsFile, fill(fs.readFileSync(path.join(examples, 'credentials.sandbox.json'), 'utf8')));
	const wfDir = path.join(workDir, 'workflows');
	fs.mkdirSync(wfDir, { recursive: true });
	const files = fs
		.readdirSync(examples)
		.filter((f) => f.endsWith('.json') && !f.startsWith('credentials') && (!only || only.includes(f)));
	for (const f of files) {
		const text = fs.readFileSync(path.join(examples, f), 'utf8');
		fs.writeFileSync(path.join(wfDir, f), text.split('https://api.personio.de').join(values.PERSONIO_BASE_URL));
	}
	await runCli(install, env, ['import:credentials', `--input=${credsFile}`]);
	if (files.length) await runCli(install, env, ['import:workflow', '--separate', `--input=${wfDir}`]);
	return files;
}

module.exports = {
	REPO,
	TEST_ENCRYPTION_KEY,
	N8nClient,
	buildPack,
	cleanEnv,
	flattedParser,
	freePort,
	importExamples,
	installN8n,
	installPackInto,
	n8nEnv,
	packTarball,
	portInUse,
	runCli,
	sandboxCredentialValues,
	sleep,
	startN8n,
	tempDir,
};
