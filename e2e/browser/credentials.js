'use strict';
// Browser test, step 2: both credential forms (every field and its help text) and n8n's connection
// test on save, against the sandbox and with a wrong secret.
const { byTestId, check, secs, shot } = require('./page');

async function openNewCredential(page, url, typeName) {
	await page.goto(`${url}/home/credentials`);
	await page.locator(byTestId('add-resource-credential')).click();
	await page.locator(`${byTestId('new-credential-type-select')} input`).fill(typeName);
	await page.locator('.el-select-dropdown__item', { hasText: new RegExp(`^${typeName}$`) }).click();
	await page.locator(byTestId('new-credential-type-button')).click();
	const modal = page.locator(byTestId('editCredential-modal'));
	await modal.waitFor();
	return modal;
}

/** Every visible field: label, required mark, help text (the label's "?" tooltip), placeholder, default. */
async function checkFields(page, modal, credential, label) {
	const fields = credential.properties.filter((p) => p.type !== 'hidden');
	for (const field of fields) {
		const box = modal.locator(byTestId(field.name));
		const visible = await box.isVisible().catch(() => false);
		if (!check(`${label}: field "${field.displayName}" shown`, visible)) continue;
		const labelText = (await box.locator('label').first().innerText()).split('\n')[0].trim();
		const expected = `${field.displayName}${field.required ? ' *' : ''}`;
		check(
			`${label}: "${field.displayName}" label${field.required ? ' marked required' : ''}`,
			labelText.replace(/\s+/g, ' ') === expected,
			`"${labelText}"`,
		);
		const input = box.locator('input').first();
		if (field.placeholder) {
			const ph = await input.getAttribute('placeholder');
			check(`${label}: "${field.displayName}" placeholder`, ph === field.placeholder, `"${ph}"`);
		}
		if (field.default && typeof field.default === 'string') {
			const value = await input.inputValue();
			check(
				`${label}: "${field.displayName}" defaults to ${field.default}`,
				value === field.default,
				`"${value}"`,
			);
		}
		await box.locator('label').first().hover();
		await box.locator('[data-icon="circle-help"]').first().hover();
		const tip = page
			.getByText(field.description, { exact: true })
			.filter({ visible: true })
			.first();
		const shown = await tip.waitFor({ timeout: 5000 }).then(
			() => true,
			() => false,
		);
		check(
			`${label}: "${field.displayName}" help text shown on its "?"`,
			shown,
			`"${field.description}"`,
		);
	}
	// Leave the first field's help open for the screenshot.
	const first = modal.locator(byTestId(fields[0].name));
	await first.locator('label').first().hover();
	await first.locator('[data-icon="circle-help"]').first().hover();
	await page
		.getByText(fields[0].description, { exact: true })
		.filter({ visible: true })
		.first()
		.waitFor({ timeout: 5000 })
		.catch(() => {});
	return fields;
}

async function fill(modal, values) {
	for (const [name, value] of Object.entries(values)) {
		await modal
			.locator(`${byTestId(`parameter-input-${name}`)} input`)
			.first()
			.fill(value);
	}
}

/**
 * Saves (n8n tests the credential on save) and returns what the test answered ({ status, message }),
 * the banner's text once it shows that answer (with "More details" opened on an error) and the time.
 */
async function saveAndTest(page, modal) {
	const started = Date.now();
	const answer = page.waitForResponse(
		(r) => r.request().method() === 'POST' && /\/rest\/credentials\/test$/.test(r.url()),
		{ timeout: 30_000 },
	);
	await modal.locator(byTestId('credential-save-button')).click();
	const { data } = await (await answer).json();
	const ms = Date.now() - started;
	const container = modal.locator(byTestId('node-credentials-config-container'));
	const banner = container.locator(byTestId('credentials-config-container-test-success'));
	if (data.status === 'OK') {
		await banner.waitFor();
	} else {
		await container.getByText(/Couldn.t connect with these settings/).waitFor();
		await container
			.getByText('More details')
			.click()
			.catch(() => {});
		const details = await container
			.getByText(data.message)
			.first()
			.waitFor({ timeout: 5000 })
			.then(
				() => ` / ${data.message}`,
				() => '',
			);
		await page.mouse.move(5, 5);
		return {
			...data,
			banner: `${(await container.getByText(/Couldn.t connect with these settings/).innerText()).trim()}${details}`,
			ms,
		};
	}
	await page.mouse.move(5, 5);
	return {
		...data,
		banner: (await banner.innerText())
			.replace(/\s+/g, ' ')
			.replace(/ Retry$/, '')
			.trim(),
		ms,
	};
}

async function credentialForms(page, url, pack, stack) {
	const sb = stack.sandbox;
	// Personio API
	let modal = await openNewCredential(page, url, 'Personio API');
	const api = pack.credentials.personioApi;
	const fields = await checkFields(page, modal, api, 'Personio API form');
	await shot(
		page,
		'credential-personio-api',
		`new "Personio API" credential form: ${fields.map((f) => f.displayName).join(', ')} (+ n8n's own "Allowed HTTP Request Domains"), the "${fields[0].displayName}" help text open`,
	);
	const tokensBefore = sb.stats().tokenRequests;
	await fill(modal, {
		clientId: stack.values.PERSONIO_CLIENT_ID,
		clientSecret: stack.values.PERSONIO_CLIENT_SECRET,
		baseUrl: sb.url,
	});
	let result = await saveAndTest(page, modal);
	check(
		'Personio API: Save tests the connection against the sandbox',
		result.status === 'OK' && /tested successfully/i.test(result.banner),
		`"${result.banner}" in ${secs(result.ms)}`,
	);
	check(
		'Personio API: the test got a token from the sandbox',
		sb.stats().tokenRequests > tokensBefore,
		`${sb.stats().tokenRequests - tokensBefore} token request(s)`,
	);
	await shot(
		page,
		'credential-personio-api-tested',
		`"Personio API" credential saved with the sandbox values; banner "${result.banner}"`,
	);

	await fill(modal, { clientSecret: 'not-the-secret' });
	result = await saveAndTest(page, modal);
	check(
		'Personio API: a wrong secret fails the connection test',
		result.status === 'Error',
		`banner "${result.banner}"`,
	);
	check(
		"Personio API: the failed test says what to fix (Personio's reason, not a bare code)",
		/rejected the Client ID or Client Secret/.test(result.message) &&
			!/not-the-secret/.test(result.banner),
		`n8n shows "${result.message}"`,
	);
	await shot(
		page,
		'credential-personio-api-wrong-secret',
		`the same credential saved with a wrong Client Secret; banner "${result.banner}"`,
	);

	// Personio Recruiting API
	modal = await openNewCredential(page, url, 'Personio Recruiting API');
	const rec = pack.credentials.personioRecruitingApi;
	const recFields = await checkFields(page, modal, rec, 'Personio Recruiting API form');
	await shot(
		page,
		'credential-personio-recruiting-api',
		`new "Personio Recruiting API" credential form: ${recFields.map((f) => f.displayName).join(', ')}, the "${recFields[0].displayName}" help text open`,
	);
	await fill(modal, {
		apiKey: stack.values.PERSONIO_RECRUITING_API_KEY,
		companyId: stack.values.PERSONIO_COMPANY_ID,
		company: stack.values.PERSONIO_COMPANY,
		baseUrl: sb.url,
		careersUrl: sb.url,
	});
	const logBefore = sb.stats().log.length;
	result = await saveAndTest(page, modal);
	check(
		'Personio Recruiting API: Save tests the connection against the sandbox',
		result.status === 'OK' && /tested successfully/i.test(result.banner),
		`"${result.banner}" in ${secs(result.ms)}`,
	);
	const probe = sb
		.stats()
		.log.slice(logBefore)
		.find((e) => e.path === '/v1/recruiting/applications');
	check(
		'Personio Recruiting API: the test called the sandbox with the key and company ID',
		probe &&
			probe.headers['x-company-id'] === stack.values.PERSONIO_COMPANY_ID &&
			Boolean(probe.headers.authorization),
		probe
			? `${probe.method} ${probe.path} → ${probe.status}, X-Company-ID ${probe.headers['x-company-id']}`
			: 'no request recorded',
	);
	// The modal is scrolled to the banner; the screenshot shows it with the first fields.
	await shot(
		page,
		'credential-personio-recruiting-api-tested',
		`"Personio Recruiting API" credential saved with the sandbox values; banner "${result.banner}"`,
	);
	await page.keyboard.press('Escape');
}

module.exports = { credentialForms };
