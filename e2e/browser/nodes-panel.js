'use strict';
// Browser test, step 1: the nodes panel searched for "Personio", compared with what dist/ declares.
const { byTestId, check, shot } = require('./page');

async function nodesPanel(page, url, pack) {
	await page.goto(`${url}/workflow/new`);
	await page.locator(byTestId('node-creator-plus-button')).click();
	const creator = page.locator(byTestId('node-creator'));
	await creator
		.locator(`${byTestId('node-creator-search-bar')}`)
		.first()
		.waitFor();
	await page.keyboard.type('Personio');
	// n8n's nodes panel drops " Trigger" from trigger names and shows a node and its trigger of the
	// same name ("Personio" + "Personio Trigger") as one entry holding both's actions and triggers.
	const items = creator.locator(byTestId('item-iterator-item'));
	await items.filter({ hasText: 'Personio Polling' }).first().waitFor();
	const listed = await items.evaluateAll((els) =>
		els.map((e) => ({
			name: (e.querySelector('[data-test-id="node-creator-item-name"]') || {}).innerText?.trim(),
			description: (
				e.querySelector('[data-test-id="node-creator-item-description"]') || {}
			).innerText?.trim(),
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
	check(
		'nodes panel: "Personio Recruiting" listed',
		rec && rec.description === recruiting.description,
		rec ? `"${rec.description}"` : 'absent',
	);
	const pollName = polling.displayName.replace(/ Trigger$/, '');
	const poll = find(pollName);
	check(
		`nodes panel: "${pollName}" (Personio Polling Trigger) listed`,
		poll && poll.description === polling.description,
		poll ? `"${poll.description}"` : 'absent',
	);
	await shot(
		page,
		'nodes-panel-search',
		`new workflow, nodes panel searched for "Personio": ${listed.map((i) => `"${i.name}"`).join(', ')} with their descriptions`,
	);

	await creator
		.locator(byTestId('node-creator-item-name'), { hasText: /^Personio$/ })
		.first()
		.click();
	const panelText = () => creator.innerText();
	await creator
		.getByText(/^Actions \(\d+\)$/)
		.first()
		.waitFor();
	await creator
		.getByText(/^Triggers \(\d+\)$/)
		.first()
		.waitFor();
	let text = await panelText();
	const actions = Number((/Actions \((\d+)\)/.exec(text) || [])[1]);
	const triggers = Number((/Triggers \((\d+)\)/.exec(text) || [])[1]);
	check(
		'nodes panel: "Personio" holds the Personio node\'s actions',
		actions === pack.actions,
		`Actions (${actions}), the node has ${pack.actions}`,
	);
	check(
		'nodes panel: "Personio" holds the Personio Trigger\'s events',
		triggers === pack.triggerEvents,
		`Triggers (${triggers}), the trigger has ${pack.triggerEvents} events`,
	);
	// The Triggers section may be collapsed; open it so the screenshot shows the trigger's events.
	// n8n names each event "On <event name, lower case>".
	const triggerOptions = (trigger.properties.find((p) => p.name === 'events').options || []).map(
		(o) => `On ${o.name.toLowerCase()}`,
	);
	const shownNow = () => triggerOptions.filter((n) => text.toLowerCase().includes(n.toLowerCase()));
	if (!shownNow().length) {
		await creator
			.getByText(/^Triggers \(\d+\)$/)
			.first()
			.click();
		text = await panelText();
	}
	const seen = shownNow();
	check(
		"nodes panel: the Personio Trigger's events are listed",
		seen.length > 0,
		`${seen.length} of ${triggerOptions.length} event names shown, e.g. "${seen[0] || triggerOptions[0]}"`,
	);
	await shot(
		page,
		'nodes-panel-personio',
		`the "Personio" entry opened: "Actions (${actions})" (Personio node) and "Triggers (${triggers})" (Personio Trigger events)`,
	);
	await page.keyboard.press('Escape');
}

module.exports = { nodesPanel };
