'use strict';
/*
 * The unit tests' n8n-core harness (test/helpers/harness.ts), reused as is: transpiled on the fly
 * with typescript's transpileModule, its imports of the pack's sources pointed at the compiled
 * dist/ instead, so the benchmark runs exactly the code `npm run build` produced.
 */
const fs = require('fs');
const path = require('path');
const Module = require('module');
const ts = require('typescript');

const REPO = path.resolve(__dirname, '..');
const DIST = path.join(REPO, 'dist');
const HARNESS = path.join(REPO, 'test', 'helpers', 'harness.ts');

/** A test helper (harness.ts and the helpers next to it it imports), each transpiled once. */
function loadHarness(file = HARNESS, loaded = new Map()) {
	if (loaded.has(file)) return loaded.get(file).exports;
	const source = fs.readFileSync(file, 'utf8');
	const { outputText } = ts.transpileModule(source, {
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
	const helper = new Module(file, module);
	helper.filename = file;
	helper.paths = Module._nodeModulePaths(path.dirname(file));
	helper.require = (id) =>
		id.startsWith('./')
			? loadHarness(path.join(path.dirname(file), `${id}.ts`), loaded)
			: Module.prototype.require.call(helper, id);
	loaded.set(file, helper);
	helper._compile(code, file);
	return helper.exports;
}

/** The compiled node class, e.g. node('Personio'). */
function node(name) {
	const file = path.join(DIST, 'nodes', name, `${name}.node.js`);
	if (!fs.existsSync(file))
		throw new Error(`${path.relative(REPO, file)} is missing: run npm run build`);
	return new (require(file)[name])();
}

module.exports = { loadHarness, node, REPO, DIST };
