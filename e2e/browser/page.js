'use strict';
// What every step of the browser test shares: the check list, screenshots, the pack's own
// descriptions (from dist/) to compare the editor with, and the editor's test ids.
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(REPO, 'e2e', 'artifacts', 'browser');

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (m) => console.log(`[browser] ${m}`);
const results = [];
function check(name, pass, detail = '') {
	results.push({ name, pass: Boolean(pass) });
	log(`${pass ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
	return Boolean(pass);
}

/** What the pack declares (from dist/), so the UI is checked against the code, not against itself. */
function packDescriptions() {
	const load = (rel, cls) => new (require(path.join(REPO, 'dist', rel))[cls])();
	const node = (name) => load(`nodes/${name}/${name}.node.js`, name).description;
	const personio = node('Personio');
	const actions = personio.properties
		.filter((p) => p.name === 'operation')
		.reduce((n, p) => n + (p.options || []).filter((o) => o.action).length, 0);
	const trigger = node('PersonioTrigger');
	return {
		nodes: {
			personio,
			recruiting: node('PersonioRecruiting'),
			trigger,
			polling: node('PersonioPollingTrigger'),
		},
		actions,
		triggerEvents: (trigger.properties.find((p) => p.name === 'events').options || []).length,
		credentials: {
			personioApi: load('credentials/PersonioApi.credentials.js', 'PersonioApi'),
			personioRecruitingApi: load(
				'credentials/PersonioRecruitingApi.credentials.js',
				'PersonioRecruitingApi',
			),
		},
	};
}

let shotNo = 0;
async function shot(page, name, shows) {
	// Let slide-in panels, toasts and button transitions finish (they take ~300 ms).
	await page.waitForTimeout(700);
	shotNo += 1;
	const file = path.join(ARTIFACTS, `${String(shotNo).padStart(2, '0')}-${name}.png`);
	await page.screenshot({ path: file });
	log(`screenshot ${path.relative(REPO, file)}: ${shows}`);
}

async function login(page, url, owner) {
	await page.goto(`${url}/signin`);
	await page.locator('input[name="emailOrLdapLoginId"]').fill(owner.email);
	await page.locator('input[name="password"]').fill(owner.password);
	await page.locator('[data-test-id="form-submit-button"]').click();
	await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 30_000 });
}

const byTestId = (id) => `[data-test-id="${id}"]`;
const texts = (locator) => locator.evaluateAll((els) => els.map((e) => e.innerText.trim()));

module.exports = {
	ARTIFACTS,
	REPO,
	byTestId,
	check,
	log,
	login,
	packDescriptions,
	results,
	secs,
	shot,
	t0,
	texts,
};
