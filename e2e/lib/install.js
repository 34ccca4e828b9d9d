'use strict';
// The real n8n from the per-machine cache (e2e/lib/install-n8n.sh) and the pack built, packed and
// installed into an n8n user folder the way the editor's community-package install leaves it.
const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { REPO, cleanEnv } = require('./env');

/**
 * Installs (or finds in the cache) the n8n described by e2e/<variant>/package.json and resolves to
 * { dir, node, bin, version, major }. The first install prints its progress to stderr and takes
 * minutes; later calls are instant. Several variants can install at once (one lock per folder).
 */
function installN8n(variant = 'n8n', log = console.error) {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn('bash', [path.join(__dirname, 'install-n8n.sh'), `e2e/${variant}`], {
			cwd: REPO,
			env: cleanEnv(),
			stdio: ['ignore', 'pipe', process.env.N8N_INSTALL_QUIET === '1' ? 'ignore' : 'inherit'],
		});
		let stdout = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0)
				return reject(
					new Error(`e2e/lib/install-n8n.sh e2e/${variant} failed with exit code ${code}`),
				);
			const dir = stdout.trim().split('\n').pop();
			const node = path.join(dir, 'node24', 'node_modules', '.bin', 'node');
			const bin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
			if (!fs.existsSync(node) || !fs.existsSync(bin))
				return reject(new Error(`n8n install in ${dir} is incomplete`));
			const version = JSON.parse(
				fs.readFileSync(path.join(dir, 'node_modules', 'n8n', 'package.json'), 'utf8'),
			).version;
			log(`n8n ${version} ready in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
			resolve({ dir, node, bin, version, major: Number(version.split('.')[0]) });
		});
	});
}

/** `npm run build` in the repo (skipped when E2E_SKIP_BUILD=1, e.g. right after `npm run check`'s build). */
function buildPack(log = console.error) {
	if (process.env.E2E_SKIP_BUILD === '1') return;
	const started = Date.now();
	const r = spawnSync('npm', ['run', 'build', '--silent'], {
		cwd: REPO,
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
	log(`pack built (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * `npm pack` of the built pack into workDir; returns { tarball, missing }. The pack's package.json
 * and dist/ are staged first; entries of its `n8n` section whose file the build did not produce are
 * left out of the staged copy (n8n refuses to load a package with one missing file) and returned in
 * `missing`, so the suite can fail that check and still test the rest.
 */
function packTarball(workDir) {
	const stage = path.join(workDir, 'stage');
	fs.rmSync(stage, { recursive: true, force: true });
	fs.mkdirSync(stage, { recursive: true });
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
	const missing = [];
	for (const section of ['nodes', 'credentials']) {
		pkg.n8n[section] = (pkg.n8n[section] || []).filter((file) => {
			const ok = fs.existsSync(path.join(REPO, file));
			if (!ok) missing.push(file);
			return ok;
		});
	}
	delete pkg.scripts;
	delete pkg.devDependencies;
	fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
	fs.cpSync(path.join(REPO, 'dist'), path.join(stage, 'dist'), { recursive: true });
	for (const f of ['README.md', 'LICENSE', 'LICENSE.md']) {
		if (fs.existsSync(path.join(REPO, f))) fs.copyFileSync(path.join(REPO, f), path.join(stage, f));
	}
	const r = spawnSync(
		'npm',
		['pack', '--silent', '--ignore-scripts', '--pack-destination', workDir],
		{
			cwd: stage,
			env: cleanEnv(),
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
		},
	);
	if (r.status !== 0) throw new Error(`npm pack failed:\n${r.stderr}`);
	const name = r.stdout.trim().split('\n').pop();
	return {
		tarball: path.join(workDir, name),
		missing,
		nodeTypes: pkg.n8n.nodes.map((f) => path.basename(f, '.node.js')),
	};
}

/**
 * Unpacks the tarball into <userFolder>/.n8n/nodes/node_modules/n8n-nodes-personio with a
 * package.json in .n8n/nodes listing it: what installing the community package from the editor
 * leaves behind, so node types keep their real names (n8n-nodes-personio.personio).
 */
function installPackInto(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', 'n8n-nodes-personio');
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	const r = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], {
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`could not unpack ${tarball}: ${r.stderr}`);
	const version = JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8')).version;
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify(
			{ name: 'installed-nodes', private: true, dependencies: { 'n8n-nodes-personio': version } },
			null,
			2,
		),
	);
	return target;
}

module.exports = { buildPack, installN8n, installPackInto, packTarball };
