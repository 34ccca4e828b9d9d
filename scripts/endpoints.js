#!/usr/bin/env node
'use strict';
/**
 * Prints the endpoint ledger (nodes/shared/endpoints.ts with test/ledger/status.ts, and the retired
 * endpoints in test/ledger/retired.ts) as markdown tables, one per API, with the status column.
 * Used by scripts/readme.sh for the README's endpoint tables.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');

/** A TypeScript module compiled in memory (its imports are types only or resolvable from here). */
function transpiled(file) {
	const ts = require('typescript');
	const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
	});
	const module = { exports: {} };
	new Function('module', 'exports', 'require', outputText)(module, module.exports, require);
	return module.exports;
}

/**
 * What the nodes call (from dist/ when it is up to date) with each row's status (test/ledger/status.ts),
 * and the retired endpoints (test/ledger/retired.ts).
 */
function loadLedger() {
	const compiled = path.join(ROOT, 'dist', 'nodes', 'shared', 'endpoints.js');
	const source = path.join(ROOT, 'nodes', 'shared', 'endpoints.ts');
	const fresh =
		fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= fs.statSync(source).mtimeMs;
	const { ENDPOINTS } = fresh ? require(compiled) : transpiled(source);
	const { ENDPOINT_STATUS } = transpiled(path.join(ROOT, 'test', 'ledger', 'status.ts'));
	const { RETIRED_ENDPOINTS } = transpiled(path.join(ROOT, 'test', 'ledger', 'retired.ts'));
	const called = Object.fromEntries(
		Object.entries(ENDPOINTS).map(([key, endpoint]) => [
			key,
			{ ...endpoint, ...ENDPOINT_STATUS[key] },
		]),
	);
	return { ...called, ...RETIRED_ENDPOINTS };
}

const API_TITLES = {
	v2: 'Personio API v2',
	v1: 'Personio API v1 (personnel data)',
	recruiting: 'Recruiting API',
	careers: 'Careers page (XML job feed)',
};

function statusText(entry) {
	if (entry.status === 'retired') return `retired since ${entry.removal} (no node calls it)`;
	if (entry.status === 'deprecated') return `deprecated, removed on ${entry.removal}`;
	return 'current';
}

/** Markdown links for URLs; the rest as written. */
function sourceText(source) {
	return source.replace(/https:\/\/\S+/g, (url) => {
		const clean = url.replace(/[;,)]+$/, '');
		return `[${clean.replace('https://developer.personio.de', '')}](${clean})${url.slice(clean.length)}`;
	});
}

const escape = (text) => String(text).replace(/\|/g, '\\|');

function render(ledger) {
	const out = [];
	for (const [api, title] of Object.entries(API_TITLES)) {
		const rows = Object.values(ledger).filter((entry) => entry.api === api);
		if (!rows.length) continue;
		out.push(
			`#### ${title}`,
			'',
			'| Endpoint | Methods | Status | Source |',
			'| --- | --- | --- | --- |',
		);
		for (const entry of rows) {
			out.push(
				`| \`${entry.path}\` | ${entry.methods.join(', ')} | ${statusText(entry)} | ${escape(sourceText(entry.source))} |`,
			);
		}
		out.push('');
	}
	return out.join('\n');
}

process.stdout.write(render(loadLedger()));
