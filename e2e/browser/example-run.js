'use strict';
// Browser test, step 3: the employees example run from the "Execute workflow" button, its output read.
const { byTestId, check, secs, shot, texts } = require('./page');

const WORKFLOW_ID = 'PersonioExEmpl01'; // examples/employees.json

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
	check(
		'employees example: "Execute workflow" runs every node green',
		ok === count && errors === 0,
		`${ok}/${count} nodes succeeded, ${errors} failed, ${secs(done)}`,
	);
	// The item counts on the connections appear a moment after the nodes turn green.
	await page
		.waitForFunction(
			() =>
				[...document.querySelectorAll('[data-test-id="canvas-node-output-handle"]')].some((e) =>
					/\d+ items?/.test(e.textContent),
				),
			null,
			{ timeout: 10_000 },
		)
		.catch(() => {});
	const counts = await page
		.locator(`${byTestId('edge-label')}, ${byTestId('canvas-node-output-handle')}`)
		.evaluateAll((els) =>
			els.map((e) => e.textContent.trim()).filter((t) => /^\d+ items?$/.test(t)),
		);
	check(
		'employees example: the canvas shows item counts',
		counts.includes(`${employeesBefore} items`),
		[...new Set(counts)].join(', '),
	);
	await page.mouse.move(5, 5);
	await shot(
		page,
		'employees-workflow-run',
		`the employees example after "Execute workflow": ${ok} of ${count} nodes with a green check, item counts on the connections (${[...new Set(counts)].join(', ')})`,
	);

	await page.locator(`${byTestId('canvas-node')}[data-node-name="Get many employees"]`).dblclick();
	const output = page.locator(byTestId('output-panel'));
	await output.locator(byTestId('ndv-items-count')).first().waitFor();
	const itemsText = (await output.locator(byTestId('ndv-items-count')).first().innerText()).trim();
	check(
		'"Get many employees" output: one item per sandbox employee',
		itemsText === `${employeesBefore} items`,
		`"${itemsText}", the sandbox had ${employeesBefore}`,
	);
	const table = output.locator(byTestId('ndv-data-container'));
	// The item count shows before the table has rendered its rows.
	await table.locator('th', { hasText: /^id$/ }).first().waitFor();
	await table.locator('tbody tr').first().waitFor();
	const headers = await texts(table.locator('th'));
	const wanted = ['id', 'first_name', 'last_name', 'email', 'position'];
	check(
		'"Get many employees" output table has the simplified fields',
		wanted.every((h) => headers.includes(h)),
		`columns ${headers.slice(0, 8).join(', ')}, …`,
	);
	const firstRow = (await table.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ');
	check(
		'"Get many employees" first row is the sandbox\'s first employee',
		[String(first.id), first.first_name, first.last_name, first.email].every((v) =>
			firstRow.includes(v),
		),
		`${first.id} ${first.first_name} ${first.last_name} ${first.email}`,
	);
	await shot(
		page,
		'employees-output',
		`"Get many employees" opened: output "${itemsText}" as a table (id, first_name, last_name, … ; first row ${first.id} ${first.first_name} ${first.last_name})`,
	);
	await page.locator(byTestId('ndv-close-button')).click();

	await page.locator(`${byTestId('canvas-node')}[data-node-name="Get the employee"]`).dblclick();
	await output
		.getByText(/^1 item$/)
		.first()
		.waitFor();
	await output
		.locator(`${byTestId('ndv-data-container')} tbody tr`)
		.first()
		.waitFor();
	const row = (
		await output
			.locator(`${byTestId('ndv-data-container')} tbody tr`)
			.first()
			.innerText()
	).replace(/\s+/g, ' ');
	check(
		'"Get the employee" output shows the created and updated employee',
		/\bAda\b/.test(row) && /\bLovelace\b/.test(row),
		row.slice(0, 100),
	);
	await shot(
		page,
		'employee-read-back',
		'"Get the employee" opened: 1 item, the employee created by the workflow (Ada Lovelace) read back',
	);
	await page.locator(byTestId('ndv-close-button')).click();
}

module.exports = { runExample };
