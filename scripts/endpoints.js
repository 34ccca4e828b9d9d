#!/usr/bin/env node
'use strict';
/**
 * Prints the endpoint ledger (nodes/shared/endpoints.ts) as markdown tables, one per API, with the
 * status column. Reads the compiled dist/ when it is there, otherwise compiles the one file in memory.
 * Used by scripts/readme.sh for the README's endpoint tables.
 */
const fs = require('fs');
const path = require('path');

function loadLedger() {
	const compiled = path.join(__dirname, '..', 'dist', 'nodes', 'shared', 'endpoints.js');
	const source = path.join(__dirname, '..', 'nodes', 'shared', 'endpoints.ts');
	if (fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= fs.statSync(source).mtimeMs) return require(compiled);
	const ts = require('typescript');
	const { outputText } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
	});
	const module = { exports: {} };
	new Function('module', 'exports', 'require', outputText)(module, module.exports, require);
	return module.exports;
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
		out.push(`#### ${title}`, '', '| Endpoint | Methods | Status | Source |', '| --- | --- | --- | --- |');
		for (const entry of rows) {
			out.push(
				`| \`${entry.path}\` | ${entry.methods.join(', ')} | ${statusText(entry)} | ${escape(sourceText(entry.source))} |`,
			);
		}
		out.push('');
	}
	return out.join('\n');
}

process.stdout.write(render(loadLedger().ENDPOINTS));
