#!/usr/bin/env node
'use strict';
/*
 * End to end: the pack inside a real n8n against the local Personio sandbox.
 *
 *   npm run e2e                      build, install/cached n8n 2.x and 1.x, run every example workflow in each
 *   E2E_N8N=n8n npm run e2e          only n8n 2.x (e2e/n8n); E2E_N8N=n8n-1 only n8n 1.x (e2e/n8n-1)
 *   E2E_SKIP_BUILD=1                 use the dist/ already built (npm run check builds first)
 *   E2E_KEEP=1                       keep the temp folders (n8n home, logs) for inspection
 *   E2E_ONLY=employees,recruiting    run only these examples (the sandbox checks then cover just them)
 *
 * One n8n per version: `n8n import:credentials` + `n8n import:workflow` (the user's path), then
 * ONE `n8n start` whose REST API runs each example like the editor's "Execute workflow" button.
 * Prints one line per check and, last, "N passed, N failed" alone on its line; exits 1 on failure.
 */
const fs = require('fs');
const path = require('path');
const L = require('./lib/n8n');
const {
	credentialTestCheck,
	elsewhereCheck,
	expiredTokenCheck,
	sandboxChecks,
} = require('./expectations');
const expectations = {
	...require('./expectations').expectations,
	...require('./webhook-dedup').expectations,
	...require('./webhook-catch-up').expectations,
	...require('./agent').expectations,
	...require('./mirror').expectations,
};
const { modelCredentials } = require('./agent');
const { startModelServer } = require('./model-server');
const { startSandbox } = require('../test/sandbox/server');

const EXAMPLES = path.join(L.REPO, 'examples');
const OWNER = {
	email: 'e2e-owner@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2e-Personio-1',
};
const PARTNER_ID = 'N8N_E2E_PARTNER';
const APP_ID = 'N8N_NODES_PERSONIO';

const results = [];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (...args) => console.log(`[e2e ${elapsed()}]`, ...args);

function record(name, ok, detail = '') {
	results.push({ name, ok });
	console.log(`${ok ? 'ok' : 'not ok'} - ${name}${!ok && detail ? `: ${detail}` : ''}`);
}

/** A check context handed to the expectations: check(name, condition, detail). */
function checker(prefix) {
	const check = (name, ok, detail) =>
		record(
			`${prefix}${name}`,
			Boolean(ok),
			typeof detail === 'function' ? (ok ? '' : detail()) : detail,
		);
	check.equal = (name, actual, expected) =>
		check(
			name,
			actual === expected,
			() => `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
		);
	return check;
}

function exampleWorkflows() {
	return fs
		.readdirSync(EXAMPLES)
		.filter((f) => f.endsWith('.json') && !f.startsWith('credentials'))
		.map((file) => ({
			file,
			workflow: JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')),
		}));
}

/** The workflows whose every node type exists in this build of the pack. */
function runnable(workflows, nodeTypes) {
	const known = new Set(
		nodeTypes.map((n) => `n8n-nodes-personio.${n[0].toLowerCase()}${n.slice(1)}`),
	);
	return workflows.map((w) => {
		// A node's tool variant for the AI Agent (`personioTool`) is made by n8n from the node itself.
		const types = w.workflow.nodes.map((n) => n.type.replace(/Tool$/, ''));
		const missing = types.filter((t) => t.startsWith('n8n-nodes-personio.') && !known.has(t));
		return { ...w, missing: [...new Set(missing)] };
	});
}

async function suite(variant, installing, { tarball, nodeTypes, sandbox, model }) {
	const t0 = Date.now();
	const install = await installing;
	const label = `n8n ${install.version}`;
	const check = checker(`[${label}] `);
	const work = L.tempDir(`personio-e2e-${variant}-`);
	const userFolder = path.join(work, 'home');
	fs.mkdirSync(userFolder, { recursive: true });
	L.installPackInto(userFolder, tarball);
	const port = await L.freePort();
	const env = L.n8nEnv(install, { userFolder, port, brokerPort: await L.freePort() });

	sandbox.reset();
	const values = L.sandboxCredentialValues(sandbox, {
		PERSONIO_PARTNER_ID: PARTNER_ID,
		PERSONIO_APP_ID: APP_ID,
	});
	const only = process.env.E2E_ONLY ? process.env.E2E_ONLY.split(',') : null;
	const workflows = runnable(exampleWorkflows(), nodeTypes).filter(
		(w) => !only || only.includes(path.basename(w.file, '.json')),
	);

	let n8n;
	try {
		let t = Date.now();
		await L.importExamples(install, env, {
			values,
			workDir: work,
			only: workflows.map((w) => w.file),
		});
		const modelFile = path.join(work, 'model-credentials.json');
		fs.writeFileSync(modelFile, JSON.stringify(modelCredentials(model.url)));
		await L.runCli(install, env, ['import:credentials', `--input=${modelFile}`]);
		model.calls.length = 0;
		log(
			`${label}: credentials and ${workflows.length} workflows imported (${((Date.now() - t) / 1000).toFixed(1)} s)`,
		);
		t = Date.now();
		n8n = await L.startN8n(install, env, { logFile: path.join(work, 'n8n.log') });
		await n8n.client.ensureOwner(OWNER);
		log(`${label}: started on ${n8n.url} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
		const served = await n8n.client.request('GET', '/types/nodes.json');
		const names = new Set((Array.isArray(served) ? served : []).map((t) => t.name));
		const expected = nodeTypes.map((n) => `n8n-nodes-personio.${n[0].toLowerCase()}${n.slice(1)}`);
		const absent = expected.filter((n) => !names.has(n));
		check(
			`the pack's ${expected.length} nodes load with their real type names`,
			absent.length === 0,
			() => `missing ${absent.join(', ')}`,
		);

		const parse = L.flattedParser(install);
		// Stops n8n and starts it again on the same user folder and database (the mirror's outage).
		const n8nProcess = {
			stop: () => n8n.stop(),
			start: async () => {
				n8n = await L.startN8n(install, env, { logFile: path.join(work, 'n8n.log') });
				await n8n.client.login(OWNER);
				ctx.client.cookie = n8n.client.cookie;
			},
		};
		const ctx = { sandbox, model, check, client: n8n.client, install, values, parse, n8nProcess };
		for (const { file, workflow, missing } of workflows) {
			const name = path.basename(file, '.json');
			const expect = expectations[name];
			if (missing.length) {
				check(`${name}: node types in this build`, false, `missing ${missing.join(', ')}`);
				continue;
			}
			if (expect && expect.skip) {
				const reason = expect.skip(ctx);
				if (reason) {
					log(`${label}: ${name} skipped: ${reason}`);
					continue;
				}
			}
			const tw = Date.now();
			let execution;
			try {
				if (expect && expect.run) {
					await expect.run({ ...ctx, workflow, parse, check: checker(`[${label}] ${name}: `) });
					continue;
				}
				const id = await n8n.client.runManually(workflow.id, install.major);
				execution = await n8n.client.waitForExecution(id, { parse });
			} catch (error) {
				check(`${name}: runs`, false, error.message);
				continue;
			}
			const wcheck = checker(`[${label}] ${name}: `);
			const errors = Object.entries(execution.runData)
				.filter(([, runs]) => runs.some((r) => r.error))
				.map(([node, runs]) => `${node}: ${runs.find((r) => r.error).error.message}`);
			wcheck(
				`runs to success (${Date.now() - tw} ms)`,
				execution.status === 'success' && errors.length === 0,
				() =>
					`status ${execution.status}; ${errors.join('; ') || (execution.error && execution.error.message) || ''}`,
			);
			const mayNotRun = (expect && expect.mayNotRun) || [];
			const notRun = workflow.nodes
				.map((n) => n.name)
				.filter((n) => !execution.runData[n] && !mayNotRun.includes(n));
			wcheck('every node ran', notRun.length === 0, () => `not run: ${notRun.join(', ')}`);
			if (expect && expect.check) {
				try {
					await expect.check({
						...ctx,
						workflow,
						check: wcheck,
						out: outputOf(execution.runData),
						runData: execution.runData,
					});
				} catch (error) {
					wcheck('expectations', false, error.stack);
				}
			}
		}
		sandboxChecks({ ...ctx, stats: sandbox.stats() });
		if (workflows.some(({ file }) => path.basename(file, '.json') === 'http-request'))
			await elsewhereCheck({ ...ctx, check: checker(`[${label}] credential sent elsewhere: `) });
		await credentialTestCheck({ ...ctx, check: checker(`[${label}] credential test: `) });
		const employees = workflows.find(({ file }) => path.basename(file, '.json') === 'employees');
		if (employees) {
			await expiredTokenCheck({
				...ctx,
				parse,
				workflow: employees.workflow,
				check: checker(`[${label}] expired token: `),
			});
		}
	} catch (error) {
		check('suite', false, error.stack || error.message);
	} finally {
		if (n8n) await n8n.stop();
		if (process.env.E2E_KEEP !== '1' && results.every((r) => r.ok))
			fs.rmSync(work, { recursive: true, force: true });
		else log(`${label}: kept ${work} (n8n.log inside)`);
	}
	log(`${label}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Items (json + binary) of a node's first output, last run. */
function outputOf(runData) {
	return (node) => {
		const runs = runData[node];
		if (!runs || !runs.length) return [];
		const run = runs[runs.length - 1];
		return (run.data && run.data.main && run.data.main[0]) || [];
	};
}

async function main() {
	const variants = (process.env.E2E_N8N || 'n8n,n8n-1')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
	let sandbox;
	let model;
	try {
		// Installs (minutes on a machine's first run, instant afterwards) overlap with the build.
		const installs = variants.map((variant) => L.installN8n(variant, (m) => log(m)));
		installs.forEach((p) => p.catch(() => {}));
		L.buildPack((m) => log(m));
		const work = L.tempDir('personio-e2e-pack-');
		const { tarball, missing, nodeTypes } = L.packTarball(work);
		record(
			'every node and credential listed in package.json was built',
			missing.length === 0,
			`missing ${missing.join(', ')}`,
		);
		sandbox = await startSandbox({ port: 0, employees: 60 });
		model = await startModelServer();
		log(`sandbox on ${sandbox.url}, scripted chat model on ${model.url}`);
		for (const [i, installing] of installs.entries())
			await suite(variants[i], installing, { tarball, nodeTypes, sandbox, model });
		fs.rmSync(work, { recursive: true, force: true });
	} catch (error) {
		record('e2e run', false, error.stack || error.message);
	} finally {
		if (sandbox) await sandbox.close();
		if (model) await model.close();
	}
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	log(`finished in ${elapsed()}`);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}

main();
