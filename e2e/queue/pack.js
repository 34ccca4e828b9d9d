'use strict';
// Builds the pack into a staging folder of its own (never the shared dist/, which other builds may
// be rewriting while the cluster starts) and runs `npm pack` there. e2e/lib/install.js's
// installPackInto then unpacks the tarball into each instance's user folder.
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const repo = path.resolve(__dirname, '..', '..');

function copyAssets(fromDir, toDir) {
	if (!fs.existsSync(fromDir)) return;
	for (const entry of fs.readdirSync(fromDir, { withFileTypes: true })) {
		const src = path.join(fromDir, entry.name);
		const dst = path.join(toDir, entry.name);
		if (entry.isDirectory()) copyAssets(src, dst);
		else if (/\.(svg|png)$/.test(entry.name) || entry.name.endsWith('.node.json')) {
			fs.mkdirSync(toDir, { recursive: true });
			fs.copyFileSync(src, dst);
		}
	}
}

/**
 * Compiles nodes/ and credentials/ into <workDir>/stage/dist, adds the icons and codex files (what
 * `gulp build:assets` does), packs it and returns { tarball, nodeTypes, nodeVersions, warnings }.
 */
function buildPack(workDir, log = () => {}) {
	const stage = path.join(workDir, 'stage');
	fs.mkdirSync(stage, { recursive: true });
	const tsc = path.join(repo, 'node_modules', '.bin', 'tsc');
	log('building the pack (tsc into a staging folder)');
	const r = spawnSync(
		tsc,
		[
			'-p',
			path.join(repo, 'tsconfig.json'),
			'--outDir',
			path.join(stage, 'dist'),
			'--incremental',
			'false',
			'--declaration',
			'false',
			'--sourceMap',
			'false',
		],
		{ cwd: repo, encoding: 'utf8' },
	);
	const warnings = [];
	if (r.status !== 0) {
		// tsc still emits on type errors; other helpers may be mid-edit. Carry on, but say so.
		warnings.push(
			`tsc exited ${r.status}: ${(r.stdout + r.stderr).split('\n').slice(0, 5).join(' | ')}`,
		);
	}
	copyAssets(path.join(repo, 'nodes'), path.join(stage, 'dist', 'nodes'));
	copyAssets(path.join(repo, 'credentials'), path.join(stage, 'dist', 'credentials'));
	const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
	delete pkg.scripts; // no lifecycle scripts when packing the staging copy
	fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
	// tsconfig includes package.json, so tsc lays out dist/ relative to the repo root: keep that shape.
	for (const f of ['README.md', 'LICENSE', 'LICENSE.md']) {
		if (fs.existsSync(path.join(repo, f))) fs.copyFileSync(path.join(repo, f), path.join(stage, f));
	}
	const missing = [...(pkg.n8n.nodes || []), ...(pkg.n8n.credentials || [])].filter(
		(f) => !fs.existsSync(path.join(stage, f)),
	);
	if (missing.length) throw new Error(`the built pack lacks ${missing.join(', ')}`);
	// Without npm's own npm_* variables (under `npm run`, npm_config_local_prefix would make this
	// nested npm pack the repo instead of the staging folder).
	const { cleanEnv } = require('../lib/n8n');
	const out = execFileSync(
		'npm',
		['pack', '--silent', '--ignore-scripts', '--pack-destination', workDir],
		{ cwd: stage, encoding: 'utf8', env: cleanEnv() },
	);
	const tarball = path.join(workDir, out.trim().split('\n').pop());
	// Resolve n8n-workflow from the repo's dev dependencies while reading the compiled classes.
	const link = path.join(stage, 'node_modules');
	if (!fs.existsSync(link)) fs.symlinkSync(path.join(repo, 'node_modules'), link, 'dir');
	const nodeVersions = {};
	const nodeTypes = (pkg.n8n.nodes || []).map((f) => {
		// The type name is <package>.<node's `name`>; read it from the compiled class.
		const mod = require(path.join(stage, f));
		const Cls = Object.values(mod)[0];
		const d = new Cls().description;
		const type = `${pkg.name}.${d.name}`;
		nodeVersions[type] = Array.isArray(d.version) ? Math.max(...d.version) : d.version;
		return type;
	});
	fs.unlinkSync(link);
	return { tarball, nodeTypes, nodeVersions, warnings, packageName: pkg.name };
}

module.exports = { buildPack, repo };
