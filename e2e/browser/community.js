'use strict';
// Browser test, first and last steps: the pack installed by name under Settings > Community Nodes
// (from the local registry, as a user installs from npm) and, at the end, uninstalled the same way.
const fs = require('fs');
const path = require('path');
const { byTestId, check, secs, shot } = require('./page');

const PACKAGE = 'n8n-nodes-personio';

const installedDir = (stack) =>
	path.join(stack.userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE);
const servedTypes = async (stack) => {
	const types = await stack.client.request('GET', '/types/nodes.json');
	return (Array.isArray(types) ? types : [])
		.map((t) => t.name)
		.filter((n) => n.startsWith(`${PACKAGE}.`));
};

async function installFromSettings(page, url, stack) {
	check('before: n8n has no Personio nodes', (await servedTypes(stack)).length === 0);
	await page.goto(`${url}/settings/community-nodes`);
	await page
		.getByRole('button', { name: /Install a community node/i })
		.first()
		.click();
	await page
		.locator(`${byTestId('package-name-input')} input, input${byTestId('package-name-input')}`)
		.first()
		.fill(PACKAGE);
	await page.locator(byTestId('user-agreement-checkbox')).first().click();
	await shot(
		page,
		'community-nodes-install',
		`Settings > Community Nodes > Install: "${PACKAGE}" entered, the risk box ticked`,
	);
	const started = Date.now();
	const answer = page.waitForResponse(
		(r) => r.request().method() === 'POST' && /\/rest\/community-packages/.test(r.url()),
		{ timeout: 180_000 },
	);
	await page.locator(byTestId('install-community-package-button')).click();
	const res = await answer;
	const card = page.locator(byTestId('community-package-card'), { hasText: PACKAGE });
	await card
		.first()
		.waitFor({ timeout: 60_000 })
		.catch(() => {});
	const installed = fs.existsSync(path.join(installedDir(stack), 'package.json'));
	check(
		`Install by name: n8n answered ${res.status()} and shows the package card`,
		res.ok() && (await card.count()) > 0,
		`${secs(Date.now() - started)}; ${(await res.text().catch(() => '')).slice(0, 200)}`,
	);
	check(
		'the package came from the local registry, through npm',
		installed && stack.registry.seen.some((s) => s.includes('.tgz')),
		stack.registry.seen.join(', '),
	);
	const types = await servedTypes(stack);
	check(
		'n8n loaded the four nodes after the install, without a restart',
		types.length >= 4,
		types.join(', '),
	);
	await shot(
		page,
		'community-nodes-installed',
		`Settings > Community Nodes after the install: the "${PACKAGE}" card`,
	);
}

async function uninstallFromSettings(page, url, stack) {
	await page.goto(`${url}/settings/community-nodes`);
	const card = page.locator(byTestId('community-package-card'), { hasText: PACKAGE }).first();
	await card.waitFor();
	await card.locator('[data-test-id="action-toggle"], .action-toggle, button').last().click();
	await page
		.getByText(/^Uninstall( package)?$/)
		.filter({ visible: true })
		.first()
		.click();
	const answer = page.waitForResponse(
		(r) => r.request().method() === 'DELETE' && /\/rest\/community-packages/.test(r.url()),
		{ timeout: 60_000 },
	);
	await page
		.getByRole('button', { name: /uninstall/i })
		.filter({ visible: true })
		.last()
		.click();
	const res = await answer;
	await page
		.locator(byTestId('community-package-card'), { hasText: PACKAGE })
		.first()
		.waitFor({ state: 'detached', timeout: 30_000 })
		.catch(() => {});
	await page
		.getByText('Uninstall node package')
		.first()
		.waitFor({ state: 'hidden', timeout: 30_000 })
		.catch(() => {});
	await shot(
		page,
		'community-nodes-uninstalled',
		`Settings > Community Nodes after uninstalling "${PACKAGE}"`,
	);
	const folderGone = !fs.existsSync(installedDir(stack));
	const nodesPackage = JSON.parse(
		fs.readFileSync(path.join(stack.userFolder, '.n8n', 'nodes', 'package.json'), 'utf8'),
	);
	const types = await servedTypes(stack);
	check(
		'Uninstall: the package, its folder, its dependency entry and its nodes are gone',
		res.ok() && folderGone && !(nodesPackage.dependencies || {})[PACKAGE] && types.length === 0,
		`HTTP ${res.status()}, folder ${folderGone ? 'removed' : 'left'}, nodes still served: ${types.join(', ') || 'none'}`,
	);
}

module.exports = { installFromSettings, uninstallFromSettings };
