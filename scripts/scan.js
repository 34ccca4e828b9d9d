#!/usr/bin/env node
/**
 * n8n's own community-package scan (`@n8n/scan-community-package`), run locally.
 *
 * The published CLI downloads the package from npm, checks its npm provenance attestation, then
 * lints the attested source checkout. This package is not published, so this script runs the
 * scanner's own `analyzePackage` on the same two inputs instead:
 *   1. the unpacked `npm pack` tarball of the built pack (exactly what users install), and
 *   2. this source checkout, with the scanner's `SOURCE_FILE_PATTERNS` (package.json, nodes/, credentials/).
 * Zero findings are required. Run `npm run build` first (`npm run check` does).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const root = path.resolve(__dirname, '..');

function fail(message) {
	console.error(`scan: ${message}`);
	process.exit(1);
}

function packTarball(destination) {
	// --ignore-scripts: the repo's .npmrc sets it too; nothing may run while packing.
	const output = execFileSync(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
		{
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	const [info] = JSON.parse(output.slice(output.indexOf('[')));
	return {
		tarball: path.join(destination, info.filename),
		files: info.files.map((file) => file.path),
	};
}

function checkContents(files) {
	const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const declared = [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])];
	const missing = declared.filter((file) => !files.includes(file));
	if (missing.length) fail(`the tarball lacks files package.json declares: ${missing.join(', ')}`);
	const stray = files.filter(
		(file) => !/^(dist\/|package\.json$|index\.js$|README\.md$|LICENSE(\.md)?$)/.test(file),
	);
	if (stray.length) fail(`the tarball holds files outside dist/: ${stray.join(', ')}`);
	const sources = files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
	if (sources.length) fail(`the tarball holds TypeScript sources: ${sources.join(', ')}`);
	return declared.length;
}

async function main() {
	if (!fs.existsSync(path.join(root, 'dist', 'nodes')))
		fail('dist/ is missing: run `npm run build` first');

	const scannerPath = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs');
	const { version } = require('@n8n/scan-community-package/package.json');
	const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'personio-scan-'));
	try {
		const { tarball, files } = packTarball(work);
		const declared = checkContents(files);
		const unpacked = path.join(work, 'package');
		execFileSync('tar', ['-xzf', tarball, '-C', work]);

		const legs = [
			{
				name: `npm pack tarball (${files.length} files, ${declared} declared nodes/credentials present)`,
				dir: unpacked,
				patterns: undefined,
			},
			{
				name: `source checkout (${SOURCE_FILE_PATTERNS.join(', ')})`,
				dir: root,
				patterns: SOURCE_FILE_PATTERNS,
			},
		];
		console.log(`@n8n/scan-community-package ${version}, analyzePackage on:`);
		let failed = false;
		for (const leg of legs) {
			const result = await analyzePackage(leg.dir, leg.patterns);
			console.log(
				`  ${result.passed ? 'passed' : 'FAILED'}: ${leg.name}${result.message ? ` — ${result.message}` : ''}`,
			);
			if (result.details) console.log(result.details);
			if (result.message === 'No files found to analyze') failed = true;
			if (!result.passed) failed = true;
		}
		console.log(
			'  skipped: npm provenance check and source download — the package is not published to npm, so there is no ' +
				'provenance attestation to verify; the source leg above lints this checkout instead of the attested commit.',
		);
		if (failed) fail('n8n community package scan found problems');
		console.log('scan: 0 findings');
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error) => fail(error.stack ?? String(error)));
