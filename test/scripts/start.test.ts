/** `npm start`'s own logic: the per-home encryption key and the credentials template. */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test of repository files, not node code
import fs from 'fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test of repository files, not node code
import os from 'os';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test of repository files, not node code
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, not a module of the pack
const { fillTemplate, homeEncryptionKey } = require('../../scripts/start.js') as {
	fillTemplate(template: string, values: Record<string, string>): string;
	homeEncryptionKey(home: string, warn?: (message: string) => void): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { TEST_ENCRYPTION_KEY } = require('../../e2e/lib/env.js') as { TEST_ENCRYPTION_KEY: string };

const template = fs.readFileSync(
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- the test reads the repository's template
	path.join(__dirname, '../../examples/credentials.sandbox.json'),
	'utf8',
);

describe('npm start: the credentials template', () => {
	it.each([
		['a backslash', 'se\\cret'],
		['a backslash before n', 'a\\nb'],
		['a quote and a backslash', 'x"y\\"z'],
		['a trailing backslash', 'secret\\'],
		['a newline and a tab', 'line1\nline2\t'],
	])('keeps a secret with %s exactly as given', (_what, secret) => {
		const filled = JSON.parse(
			fillTemplate(template, {
				PERSONIO_CLIENT_SECRET: secret,
				PERSONIO_BASE_URL: 'https://api.personio.de',
			}),
		);
		expect(filled[0].data.clientSecret).toBe(secret);
		expect(filled[0].data.baseUrl).toBe('https://api.personio.de');
		expect(filled[0].data.clientId).toBe('');
	});
});

describe('npm start: the encryption key of an n8n home', () => {
	let home: string;
	beforeEach(() => (home = fs.mkdtempSync(path.join(os.tmpdir(), 'personio-home-'))));
	afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

	it('is generated once per home, kept in a 0600 file, and differs between homes and from the fixed key', () => {
		const key = homeEncryptionKey(home);
		expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(key).not.toBe(TEST_ENCRYPTION_KEY);
		const file = path.join(home, 'encryption.key');
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(homeEncryptionKey(home)).toBe(key);
		const other = fs.mkdtempSync(path.join(os.tmpdir(), 'personio-home-'));
		try {
			expect(homeEncryptionKey(other)).not.toBe(key);
		} finally {
			fs.rmSync(other, { recursive: true, force: true });
		}
	});

	it('puts a key file made readable by others back to 0600', () => {
		homeEncryptionKey(home);
		const file = path.join(home, 'encryption.key');
		fs.chmodSync(file, 0o644);
		homeEncryptionKey(home);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
	});

	it('a home made with the fixed key keeps it (its credentials open) and is told how to start afresh', () => {
		fs.mkdirSync(path.join(home, '.n8n'));
		fs.writeFileSync(
			path.join(home, '.n8n', 'config'),
			JSON.stringify({ encryptionKey: TEST_ENCRYPTION_KEY }),
		);
		const warnings: string[] = [];
		expect(homeEncryptionKey(home, (message) => warnings.push(message))).toBe(TEST_ENCRYPTION_KEY);
		expect(warnings.join()).toMatch(/delete \.n8n-home/);
	});
});
