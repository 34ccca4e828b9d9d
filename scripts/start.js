#!/usr/bin/env node
'use strict';
/*
 * npm start: n8n with this pack installed, the Personio credentials and the example workflows
 * imported, against the local Personio sandbox (or real Personio when PERSONIO_CLIENT_ID and
 * PERSONIO_CLIENT_SECRET are set). Ctrl-C stops everything.
 *
 *   PORT=5678                       n8n's port (default 5678), on 127.0.0.1
 *   PERSONIO_CLIENT_ID / PERSONIO_CLIENT_SECRET   use real Personio instead of the sandbox
 *   PERSONIO_BASE_URL               default https://api.personio.de
 *   PERSONIO_PARTNER_ID / PERSONIO_APP_ID         optional integration headers
 *   PERSONIO_RECRUITING_API_KEY / PERSONIO_COMPANY_ID / PERSONIO_COMPANY   Recruiting API credential
 *   SANDBOX_PORT=4010, SANDBOX_EMPLOYEES=200      the sandbox (when not using real Personio)
 *   N8N_OWNER_EMAIL                 the owner's login (default owner@example.com)
 *
 * n8n's data lives in .n8n-home/ (SQLite; kept between runs, delete it to start afresh); its log in
 * .n8n-home/n8n.log. The owner's generated password is kept in .n8n-home/owner.json, the key n8n
 * encrypts the credentials with in .n8n-home/encryption.key (both 0600, generated for this home).
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const L = require('../e2e/lib/n8n');

const HOME = path.join(L.REPO, '.n8n-home');
const EXAMPLES = path.join(L.REPO, 'examples');
const say = (...args) => console.log('[start]', ...args);

/**
 * The key n8n encrypts this home's credentials with: generated once per home and kept in a 0600 file,
 * so that a copy of the database alone does not open the secrets entered in it. A home made before
 * the key file existed was encrypted with the e2e's fixed key: it keeps that key (its credentials
 * would not open otherwise) and is told how to start afresh.
 */
function homeEncryptionKey(home, warn = say) {
	const file = path.join(home, 'encryption.key');
	if (fs.existsSync(file)) {
		fs.chmodSync(file, 0o600);
		return fs.readFileSync(file, 'utf8').trim();
	}
	const settings = path.join(home, '.n8n', 'config');
	if (fs.existsSync(settings)) {
		const { encryptionKey } = JSON.parse(fs.readFileSync(settings, 'utf8'));
		if (encryptionKey === L.TEST_ENCRYPTION_KEY) {
			warn(
				'this .n8n-home encrypts its credentials with the fixed key in the repository; delete .n8n-home to start afresh with a key of its own',
			);
			return encryptionKey;
		}
	}
	const key = crypto.randomBytes(32).toString('base64url');
	fs.mkdirSync(home, { recursive: true, mode: 0o700 });
	fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
	return key;
}

/** The credentials template with each {{NAME}} filled as a JSON string (quotes, backslashes, controls escaped). */
function fillTemplate(template, values) {
	return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) =>
		JSON.stringify(String(values[name] ?? '')).slice(1, -1),
	);
}

function owner() {
	const file = path.join(HOME, 'owner.json');
	if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
	const account = {
		email: process.env.N8N_OWNER_EMAIL || 'owner@example.com',
		firstName: 'Personio',
		lastName: 'Demo',
		// n8n wants 8+ characters with a number and a capital letter.
		password: `Pw-${crypto.randomBytes(9).toString('base64url')}-7A`,
	};
	fs.writeFileSync(file, JSON.stringify(account, null, 2), { mode: 0o600 });
	return account;
}

async function main() {
	const port = Number(process.env.PORT || 5678);
	if (await L.portInUse(port))
		throw new Error(`port ${port} is in use: stop what runs there or set PORT`);
	fs.mkdirSync(HOME, { recursive: true, mode: 0o700 });
	const encryptionKey = homeEncryptionKey(HOME);

	say('building the pack');
	L.buildPack(say);
	const install = await L.installN8n('n8n', say);
	const work = L.tempDir('personio-start-');
	const { tarball, missing } = L.packTarball(work);
	if (missing.length) say(`warning: the build lacks ${missing.join(', ')}; starting without them`);
	L.installPackInto(HOME, tarball);
	fs.rmSync(work, { recursive: true, force: true });

	const real = Boolean(process.env.PERSONIO_CLIENT_ID && process.env.PERSONIO_CLIENT_SECRET);
	let sandbox = null;
	let values;
	if (real) {
		values = {
			PERSONIO_CLIENT_ID: process.env.PERSONIO_CLIENT_ID,
			PERSONIO_CLIENT_SECRET: process.env.PERSONIO_CLIENT_SECRET,
			PERSONIO_BASE_URL: (process.env.PERSONIO_BASE_URL || 'https://api.personio.de').replace(
				/\/+$/,
				'',
			),
			PERSONIO_CAREERS_URL: process.env.PERSONIO_CAREERS_URL || '',
		};
		say(`using real Personio at ${values.PERSONIO_BASE_URL}`);
	} else {
		const { startSandbox } = require('../test/sandbox/server');
		const wanted = Number(process.env.SANDBOX_PORT || 4010);
		const sandboxPort = (await L.portInUse(wanted)) ? 0 : wanted;
		sandbox = await startSandbox({
			port: sandboxPort,
			employees: Number(process.env.SANDBOX_EMPLOYEES || 200),
		});
		values = L.sandboxCredentialValues(sandbox);
		say(
			`Personio sandbox on ${sandbox.url} (client id sandbox-client-id, secret sandbox-client-secret)`,
		);
	}
	for (const key of [
		'PERSONIO_PARTNER_ID',
		'PERSONIO_APP_ID',
		'PERSONIO_RECRUITING_API_KEY',
		'PERSONIO_COMPANY_ID',
		'PERSONIO_COMPANY',
	]) {
		if (process.env[key]) values[key] = process.env[key];
	}

	const env = L.n8nEnv(install, {
		userFolder: HOME,
		port,
		brokerPort: await L.freePort(),
		extra: {
			N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'info',
			N8N_ENCRYPTION_KEY: encryptionKey,
			// n8n keeps the key in its settings file too: 0600 as well.
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		},
	});
	// Credentials are re-imported on every start (the sandbox URL or the env values may differ);
	// workflows only when the examples or the target changed, so edits made in the editor survive.
	const staging = L.tempDir('personio-start-import-');
	const credsFile = path.join(staging, 'credentials.json');
	const template = fs.readFileSync(path.join(EXAMPLES, 'credentials.sandbox.json'), 'utf8');
	let credentials = JSON.parse(fillTemplate(template, values));
	if (real) {
		credentials = credentials
			.filter((c) => c.type !== 'personioRecruitingApi' || values.PERSONIO_RECRUITING_API_KEY)
			.map((c) => ({ ...c, name: c.name.replace('(sandbox)', '(from npm start)') }));
	}
	fs.writeFileSync(credsFile, JSON.stringify(credentials));
	say('importing the credentials');
	await L.runCli(install, env, ['import:credentials', `--input=${credsFile}`]);

	const files = fs
		.readdirSync(EXAMPLES)
		.filter((f) => f.endsWith('.json') && !f.startsWith('credentials'));
	const hash = crypto.createHash('sha256').update(values.PERSONIO_BASE_URL);
	for (const f of files) hash.update(fs.readFileSync(path.join(EXAMPLES, f)));
	const marker = path.join(HOME, 'examples.sha256');
	const digest = hash.digest('hex');
	if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== digest) {
		const dir = path.join(staging, 'workflows');
		fs.mkdirSync(dir);
		for (const f of files) {
			const text = fs.readFileSync(path.join(EXAMPLES, f), 'utf8');
			fs.writeFileSync(
				path.join(dir, f),
				text.split('https://api.personio.de').join(values.PERSONIO_BASE_URL),
			);
		}
		say(`importing ${files.length} example workflows`);
		await L.runCli(install, env, ['import:workflow', '--separate', `--input=${dir}`]);
		fs.writeFileSync(marker, digest);
	}
	fs.rmSync(staging, { recursive: true, force: true });

	say(
		`starting n8n ${install.version} (log: ${path.relative(process.cwd(), path.join(HOME, 'n8n.log'))})`,
	);
	const n8n = await L.startN8n(install, env, { logFile: path.join(HOME, 'n8n.log') });
	const account = owner();
	await n8n.client.ensureOwner(account);

	let stopping = false;
	const stop = async (code = 0) => {
		if (stopping) return;
		stopping = true;
		say('stopping n8n');
		await n8n.stop();
		if (sandbox) await sandbox.close();
		say('stopped');
		process.exit(code);
	};
	process.on('SIGINT', () => stop(0));
	process.on('SIGTERM', () => stop(0));
	n8n.child.on('exit', (code) => {
		if (stopping) return;
		say(`n8n exited (${code}); see .n8n-home/n8n.log`);
		stop(code || 1);
	});

	console.log('');
	console.log(`  n8n is ready:  ${n8n.url}/`);
	console.log(`  email:         ${account.email}`);
	console.log(`  password:      ${account.password}`);
	console.log(`  Personio:      ${real ? values.PERSONIO_BASE_URL : `sandbox at ${sandbox.url}`}`);
	console.log(
		'  Open the workflows named "Personio: …" and click "Execute workflow". Ctrl-C stops everything.',
	);
	console.log('');
}

if (require.main === module) {
	main().catch((error) => {
		console.error(`[start] ${error.message}`);
		process.exit(1);
	});
}

module.exports = { fillTemplate, homeEncryptionKey };
