#!/usr/bin/env node
'use strict';
/*
 * `npm run e2e:browser`: the pack in n8n's editor, driven in headless Chromium (Debian's
 * /usr/bin/chromium through playwright-core; no browser is downloaded). Starts the sandbox and
 * n8n 2.x as `npm start` does, in a temp folder on free ports (e2e/browser/stack.js), but with the pack
 * waiting in a local npm registry (e2e/browser/registry.js) instead of n8n's folder; logs in as the
 * owner and checks:
 *   0. Settings > Community Nodes > Install by name installs it from that registry, nodes load;
 *   1. the nodes panel lists the pack's four nodes when searching "Personio";
 *   2. the "Personio API" and "Personio Recruiting API" credential forms: every field, its help text,
 *      and n8n's connection test on save against the sandbox (and a wrong secret's message);
 *   3. the employees example runs from the "Execute workflow" button and its output shows in the node;
 *   4. Uninstall on the package's card removes the package, its folder and its nodes.
 * Screenshots go to e2e/artifacts/browser/; each is described on stdout. The last line is
 * `N passed, N failed`; the exit code is 1 on any failure.
 *
 *   E2E_SKIP_BUILD=1   use the existing dist/        BROWSER_KEEP=1   keep the temp n8n folder
 *   CHROMIUM=/path     another Chromium binary      BROWSER_HEADED=1 show the window (needs a display)
 */
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { startStack } = require('./stack');
const { credentialForms } = require('./credentials');
const { installFromSettings, uninstallFromSettings } = require('./community');
const { nodesPanel } = require('./nodes-panel');
const { runExample } = require('./example-run');
const {
	ARTIFACTS,
	check,
	log,
	login,
	packDescriptions,
	results,
	secs,
	shot,
	t0,
} = require('./page');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** Debian's chromium, installed from the Debian archive when missing (CI machines start without it). */
function ensureChromium() {
	if (fs.existsSync(CHROMIUM)) return;
	const { execFileSync } = require('child_process');
	log(`${CHROMIUM} is missing: apt-get install chromium`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

// ---------------------------------------------------------------------------------------- main
async function step(page, name, fn) {
	const started = Date.now();
	try {
		await fn();
	} catch (error) {
		check(`${name}: ran to the end`, false, error.message.split('\n')[0]);
		await shot(
			page,
			`failure-${name.replace(/\W+/g, '-')}`,
			`the page when "${name}" failed`,
		).catch(() => {});
	}
	log(`${name}: ${secs(Date.now() - started)}`);
}

async function main() {
	ensureChromium();
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	for (const f of fs.readdirSync(ARTIFACTS))
		if (f.endsWith('.png')) fs.rmSync(path.join(ARTIFACTS, f));
	let stack;
	let browser;
	let failedEarly = false;
	try {
		const pack = packDescriptions();
		let t = Date.now();
		stack = await startStack({ log, only: ['employees.json'], viaRegistry: true });
		log(
			`n8n on ${stack.url}, sandbox on ${stack.sandbox.url} (build+pack ${secs(stack.timings.build)}, import ${secs(stack.timings.import)}, n8n start ${secs(stack.timings.start)})`,
		);
		t = Date.now();
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args:
				process.env.BROWSER_HEADED === '1'
					? CHROMIUM_ARGS.filter((a) => a !== '--headless')
					: CHROMIUM_ARGS,
			headless: process.env.BROWSER_HEADED !== '1',
		});
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		page.setDefaultTimeout(30_000);
		await login(page, stack.url, stack.owner);
		check('owner logs in', true, `Chromium ${browser.version()}, ${secs(Date.now() - t)}`);
		await step(page, 'install from Settings', () => installFromSettings(page, stack.url, stack));
		await step(page, 'nodes panel', () => nodesPanel(page, stack.url, pack));
		await step(page, 'credential forms', () => credentialForms(page, stack.url, pack, stack));
		await step(page, 'example run', () => runExample(page, stack.url, stack));
		await step(page, 'uninstall from Settings', () =>
			uninstallFromSettings(page, stack.url, stack),
		);
	} catch (error) {
		failedEarly = true;
		check('browser test ran', false, error.stack || error.message);
	} finally {
		if (browser) await browser.close().catch(() => {});
		if (stack) {
			const failed = results.some((r) => !r.pass);
			const keep = failed || process.env.BROWSER_KEEP === '1';
			await stack.stop(keep);
			if (keep) log(`n8n folder kept: ${stack.work} (log: ${path.join(stack.work, 'n8n.log')})`);
		}
	}
	const passed = results.filter((r) => r.pass).length;
	const failed = results.length - passed;
	log(`wall time ${secs(Date.now() - t0)}${failedEarly ? ' (stopped early)' : ''}`);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}

main();
