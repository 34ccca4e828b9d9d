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
const { ARTIFACTS, byTestId, check, log, login, packDescriptions, results, secs, shot, t0, texts } = require('./page');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** Debian's chromium, installed from the Debian archive when missing (CI machines start without it). */
function ensureChromium() {
	if (fs.existsSync(CHROMIUM)) return;
	const { execFileSync } = require('child_process');
	log(`${CHROMIUM} is missing: apt-get install chromium`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
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
const WORKFLOW_ID = 'PersonioExEmpl01'; // examples/employees.json

// ---------------------------------------------------------------------------------------- 1. nodes panel
async function nodesPanel(page, url, pack) {
	await page.goto(`${url}/workflow/new`);
	await page.locator(byTestId('node-creator-plus-button')).click();
	const creator = page.locator(byTestId('node-creator'));
	await creator.locator(`${byTestId('node-creator-search-bar')}`).first().waitFor();
	await page.keyboard.type('Personio');
	// n8n's nodes panel drops " Trigger" from trigger names and shows a node and its trigger of the
	// same name ("Personio" + "Personio Trigger") as one entry holding both's actions and triggers.
	const items = creator.locator(byTestId('item-iterator-item'));
	await items.filter({ hasText: 'Personio Polling' }).first().waitFor();
	const listed = await items.evaluateAll((els) =>
		els.map((e) => ({
			name: (e.querySelector('[data-test-id="node-creator-item-name"]') || {}).innerText?.trim(),
			description: (e.querySelector('[data-test-id="node-creator-item-description"]') || {}).innerText?.trim(),
		})),
	);
	const find = (name) => listed.find((i) => i.name === name);
	const { personio, recruiting, trigger, polling } = pack.nodes;
	const merged = find('Personio');
	check(
		'nodes panel: "Personio" listed (the Personio node with the Personio Trigger)',
		merged && [personio.description, trigger.description].includes(merged.description),
		merged ? `"${merged.description}"` : `listed: ${listed.map((i) => i.name).join(', ')}`,
	);
	const rec = find(recruiting.displayName);
	check('nodes panel: "Personio Recruiting" listed', rec && rec.description === recruiting.description, rec ? `"${rec.description}"` : 'absent');
	const pollName = polling.displayName.replace(/ Trigger$/, '');
	const poll = find(pollName);
	check(`nodes panel: "${pollName}" (Personio Polling Trigger) listed`, poll && poll.description === polling.description, poll ? `"${poll.description}"` : 'absent');
	await shot(page, 'nodes-panel-search', `new workflow, nodes panel searched for "Personio": ${listed.map((i) => `"${i.name}"`).join(', ')} with their descriptions`);

	await creator.locator(byTestId('node-creator-item-name'), { hasText: /^Personio$/ }).first().click();
	const panelText = () => creator.innerText();
	await creator.getByText(/^Actions \(\d+\)$/).first().waitFor();
	await creator.getByText(/^Triggers \(\d+\)$/).first().waitFor();
	let text = await panelText();
	const actions = Number((/Actions \((\d+)\)/.exec(text) || [])[1]);
	const triggers = Number((/Triggers \((\d+)\)/.exec(text) || [])[1]);
	check('nodes panel: "Personio" holds the Personio node\'s actions', actions === pack.actions, `Actions (${actions}), the node has ${pack.actions}`);
	check('nodes panel: "Personio" holds the Personio Trigger\'s events', triggers === pack.triggerEvents, `Triggers (${triggers}), the trigger has ${pack.triggerEvents} events`);
	// The Triggers section may be collapsed; open it so the screenshot shows the trigger's events.
	// n8n names each event "On <event name, lower case>".
	const triggerOptions = (trigger.properties.find((p) => p.name === 'events').options || []).map((o) => `On ${o.name.toLowerCase()}`);
	const shownNow = () => triggerOptions.filter((n) => text.toLowerCase().includes(n.toLowerCase()));
	if (!shownNow().length) {
		await creator.getByText(/^Triggers \(\d+\)$/).first().click();
		text = await panelText();
	}
	const seen = shownNow();
	check('nodes panel: the Personio Trigger\'s events are listed', seen.length > 0, `${seen.length} of ${triggerOptions.length} event names shown, e.g. "${seen[0] || triggerOptions[0]}"`);
	await shot(page, 'nodes-panel-personio', `the "Personio" entry opened: "Actions (${actions})" (Personio node) and "Triggers (${triggers})" (Personio Trigger events)`);
	await page.keyboard.press('Escape');
}

// ---------------------------------------------------------------------------------------- 3. run an example
async function runExample(page, url, stack) {
	const employeesBefore = stack.sandbox.state.employees.length;
	const first = stack.sandbox.state.employees[0];
	await page.goto(`${url}/workflow/${WORKFLOW_ID}`);
	const nodes = page.locator(byTestId('canvas-node'));
	await nodes.first().waitFor();
	const count = await nodes.count();
	const started = Date.now();
	await page.locator(byTestId('execute-workflow-button')).click();
	const done = await page
		.waitForFunction(
			(n) =>
				document.querySelectorAll('[data-test-id="canvas-node-status-success"]').length >= n ||
				document.querySelector('[data-test-id="canvas-node-status-error"]'),
			count,
			{ timeout: 60_000 },
		)
		.then(() => Date.now() - started);
	const ok = await page.locator(byTestId('canvas-node-status-success')).count();
	const errors = await page.locator(byTestId('canvas-node-status-error')).count();
	check('employees example: "Execute workflow" runs every node green', ok === count && errors === 0, `${ok}/${count} nodes succeeded, ${errors} failed, ${secs(done)}`);
	// The item counts on the connections appear a moment after the nodes turn green.
	await page
		.waitForFunction(() => [...document.querySelectorAll('[data-test-id="canvas-node-output-handle"]')].some((e) => /\d+ items?/.test(e.textContent)), null, { timeout: 10_000 })
		.catch(() => {});
	const counts = await page
		.locator(`${byTestId('edge-label')}, ${byTestId('canvas-node-output-handle')}`)
		.evaluateAll((els) => els.map((e) => e.textContent.trim()).filter((t) => /^\d+ items?$/.test(t)));
	check('employees example: the canvas shows item counts', counts.includes(`${employeesBefore} items`), [...new Set(counts)].join(', '));
	await page.mouse.move(5, 5);
	await shot(page, 'employees-workflow-run', `the employees example after "Execute workflow": ${ok} of ${count} nodes with a green check, item counts on the connections (${[...new Set(counts)].join(', ')})`);

	await page.locator(`${byTestId('canvas-node')}[data-node-name="Get many employees"]`).dblclick();
	const output = page.locator(byTestId('output-panel'));
	await output.locator(byTestId('ndv-items-count')).first().waitFor();
	const itemsText = (await output.locator(byTestId('ndv-items-count')).first().innerText()).trim();
	check('"Get many employees" output: one item per sandbox employee', itemsText === `${employeesBefore} items`, `"${itemsText}", the sandbox had ${employeesBefore}`);
	const table = output.locator(byTestId('ndv-data-container'));
	// The item count shows before the table has rendered its rows.
	await table.locator('th', { hasText: /^id$/ }).first().waitFor();
	await table.locator('tbody tr').first().waitFor();
	const headers = await texts(table.locator('th'));
	const wanted = ['id', 'first_name', 'last_name', 'email', 'position'];
	check('"Get many employees" output table has the simplified fields', wanted.every((h) => headers.includes(h)), `columns ${headers.slice(0, 8).join(', ')}, …`);
	const firstRow = (await table.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ');
	check('"Get many employees" first row is the sandbox\'s first employee', [String(first.id), first.first_name, first.last_name, first.email].every((v) => firstRow.includes(v)), `${first.id} ${first.first_name} ${first.last_name} ${first.email}`);
	await shot(page, 'employees-output', `"Get many employees" opened: output "${itemsText}" as a table (id, first_name, last_name, … ; first row ${first.id} ${first.first_name} ${first.last_name})`);
	await page.locator(byTestId('ndv-close-button')).click();

	await page.locator(`${byTestId('canvas-node')}[data-node-name="Get the employee"]`).dblclick();
	await output.getByText(/^1 item$/).first().waitFor();
	await output.locator(`${byTestId('ndv-data-container')} tbody tr`).first().waitFor();
	const row = (await output.locator(`${byTestId('ndv-data-container')} tbody tr`).first().innerText()).replace(/\s+/g, ' ');
	check('"Get the employee" output shows the created and updated employee', /\bAda\b/.test(row) && /\bLovelace\b/.test(row), row.slice(0, 100));
	await shot(page, 'employee-read-back', '"Get the employee" opened: 1 item, the employee created by the workflow (Ada Lovelace) read back');
	await page.locator(byTestId('ndv-close-button')).click();
}

// ---------------------------------------------------------------------------------------- main
async function step(page, name, fn) {
	const started = Date.now();
	try {
		await fn();
	} catch (error) {
		check(`${name}: ran to the end`, false, error.message.split('\n')[0]);
		await shot(page, `failure-${name.replace(/\W+/g, '-')}`, `the page when "${name}" failed`).catch(() => {});
	}
	log(`${name}: ${secs(Date.now() - started)}`);
}

async function main() {
	ensureChromium();
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	for (const f of fs.readdirSync(ARTIFACTS)) if (f.endsWith('.png')) fs.rmSync(path.join(ARTIFACTS, f));
	let stack;
	let browser;
	let failedEarly = false;
	try {
		const pack = packDescriptions();
		let t = Date.now();
		stack = await startStack({ log, only: ['employees.json'], viaRegistry: true });
		log(`n8n on ${stack.url}, sandbox on ${stack.sandbox.url} (build+pack ${secs(stack.timings.build)}, import ${secs(stack.timings.import)}, n8n start ${secs(stack.timings.start)})`);
		t = Date.now();
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: process.env.BROWSER_HEADED === '1' ? CHROMIUM_ARGS.filter((a) => a !== '--headless') : CHROMIUM_ARGS,
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
		await step(page, 'uninstall from Settings', () => uninstallFromSettings(page, stack.url, stack));
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
