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

function loadHarness() {
	const source = fs.readFileSync(HARNESS, 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
		fileName: HARNESS,
	});
	const code = outputText.replace(/require\("\.\.\/\.\.\/((?:credentials|nodes)\/[^"]+)"\)/g, (_, rel) =>
		`require(${JSON.stringify(path.join(DIST, rel))})`,
	);
	const harness = new Module(HARNESS, module);
	harness.filename = HARNESS;
	harness.paths = Module._nodeModulePaths(path.dirname(HARNESS));
	harness._compile(code, HARNESS);
	return harness.exports;
}

/** The compiled node class, e.g. node('Personio'). */
function node(name) {
	const file = path.join(DIST, 'nodes', name, `${name}.node.js`);
	if (!fs.existsSync(file)) throw new Error(`${path.relative(REPO, file)} is missing: run npm run build`);
	return new (require(file)[name])();
}

module.exports = { loadHarness, node, REPO, DIST };
