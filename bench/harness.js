'use strict';
/*
 * The unit tests' n8n-core harness (test/helpers/harness.ts), reused as is: transpiled with
 * typescript's transpileModule, its imports of the pack's sources pointed at the compiled dist/
 * instead, so the benchmark runs exactly the code `npm run build` produced.
 *
 * compileHarness(dir) writes the transpiled helpers to a folder once (bench/run.js does, before the
 * clients start); a client with BENCH_HARNESS_DIR set loads them from there, so typescript is never
 * loaded in the measured process: n8n does not load it, and every full GC would mark its 15 MB.
 */
const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..');
const DIST = path.join(REPO, 'dist');
const HELPERS = path.join(REPO, 'test', 'helpers');

/** Transpiles harness.ts and the helpers it imports (./x) into `dir` as harness.js, x.js, … */
function compileHarness(dir, file = path.join(HELPERS, 'harness.ts'), done = new Set()) {
	if (done.has(file)) return;
	done.add(file);
	const ts = require('typescript');
	const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
		compilerOptions: {
			module: ts.ModuleKind.CommonJS,
			target: ts.ScriptTarget.ES2020,
			esModuleInterop: true,
		},
		fileName: file,
	});
	const code = outputText.replace(
		/require\("\.\.\/\.\.\/((?:credentials|nodes)\/[^"]+)"\)/g,
		(_, rel) => `require(${JSON.stringify(path.join(DIST, rel))})`,
	);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, `${path.basename(file, '.ts')}.js`), code);
	for (const [, id] of code.matchAll(/require\("\.\/([^"]+)"\)/g))
		compileHarness(dir, path.join(path.dirname(file), `${id}.ts`), done);
}

/** The harness's exports; its packages (n8n-core, …) resolve from the repository as the tests' do. */
function loadHarness() {
	if (process.env.BENCH_HARNESS_DIR) return loadCompiled(process.env.BENCH_HARNESS_DIR);
	const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'personio-harness-'));
	try {
		compileHarness(dir);
		return loadCompiled(dir);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** The helpers compileHarness wrote to `dir`, loaded (each read once, at load). */
function loadCompiled(dir) {
	const Module = require('module');
	const loaded = new Map();
	const load = (file) => {
		if (loaded.has(file)) return loaded.get(file).exports;
		const helper = new Module(file, module);
		helper.filename = file;
		helper.paths = Module._nodeModulePaths(HELPERS);
		helper.require = (id) =>
			id.startsWith('./')
				? load(path.join(dir, `${id.slice(2)}.js`))
				: Module.prototype.require.call(helper, id);
		loaded.set(file, helper);
		helper._compile(fs.readFileSync(file, 'utf8'), file);
		return helper.exports;
	};
	return load(path.join(dir, 'harness.js'));
}

/** The compiled node class, e.g. node('Personio'). */
function node(name) {
	const file = path.join(DIST, 'nodes', name, `${name}.node.js`);
	if (!fs.existsSync(file))
		throw new Error(`${path.relative(REPO, file)} is missing: run npm run build`);
	return new (require(file)[name])();
}

module.exports = { compileHarness, loadHarness, node, REPO, DIST };
