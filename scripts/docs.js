#!/usr/bin/env node
'use strict';
/**
 * The generated parts of the reference docs, from the node descriptions (the built classes in dist/:
 * `npm run docs` builds first) and the endpoint ledger (scripts/endpoints.js):
 * - docs/reference/personio-node.md, personio-recruiting-node.md, triggers.md: the blocks between
 *   `<!-- generated:<name>:start -->` and `<!-- generated:<name>:end -->`; the rest is written by hand.
 * - docs/reference/endpoints.md: the whole file.
 * test/docs/reference.test.ts fails when a generated part is stale, or when a hand-written table names a
 * resource, operation, object or event the nodes do not have, or leaves one out (scripts/docs-check.js).
 */
const fs = require('fs');
const path = require('path');

const { tableProblems } = require('./docs-check');
const { ROOT, builtNodes, eventsOf, resourcesOf } = require('./docs-nodes');
const { endpointsPage } = require('./endpoints');

const REGENERATE = 'npm run docs';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function operationsTable(description) {
	const rows = ['| Resource | Operation | What it does |', '| --- | --- | --- |'];
	const objects = [];
	for (const resource of resourcesOf(description)) {
		for (const operation of resource.operations) {
			rows.push(
				`| ${cell(resource.name)} | ${cell(operation.name)} | ${cell(operation.description)} |`,
			);
		}
		if (resource.objects.length)
			objects.push(`- ${resource.name}, Object: ${resource.objects.join(', ')}`);
	}
	return [...rows, ...(objects.length ? ['', ...objects] : [])].join('\n');
}

function eventsTable(description, valueTitle) {
	const events = eventsOf(description);
	const described = events.some((event) => event.description);
	const rows = described
		? [`| Event | ${valueTitle} | Description |`, '| --- | --- | --- |']
		: [`| Event | ${valueTitle} |`, '| --- | --- |'];
	for (const event of events) {
		const columns = [cell(event.name), `\`${event.value}\``];
		if (described) columns.push(cell(event.description));
		rows.push(`| ${columns.join(' | ')} |`);
	}
	return rows.join('\n');
}

/** Which generated block goes into which page. */
function blocksOf(nodes) {
	return {
		'docs/reference/personio-node.md': { operations: operationsTable(nodes.personio) },
		'docs/reference/personio-recruiting-node.md': { operations: operationsTable(nodes.recruiting) },
		'docs/reference/triggers.md': {
			'webhook-events': eventsTable(nodes.trigger, 'Personio event'),
			'polling-events': eventsTable(nodes.polling, 'Value'),
		},
	};
}

const marker = (name, end) => `<!-- generated:${name}:${end ? 'end' : 'start'} -->`;

/** The page with each block replaced; throws when a page lacks a block's markers. */
function withBlocks(file, text, blocks) {
	let out = text;
	for (const [name, content] of Object.entries(blocks)) {
		const start = out.indexOf(marker(name, false));
		const end = out.indexOf(marker(name, true));
		if (start < 0 || end < start) {
			throw new Error(`${file} has no ${marker(name, false)} … ${marker(name, true)} block`);
		}
		out = `${out.slice(0, start)}${marker(name, false)}\n${content}\n${out.slice(end)}`;
	}
	return out;
}

/** Every generated file as it should read: { relative path: text }. */
function generatedFiles(nodes, read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8')) {
	const files = { 'docs/reference/endpoints.md': endpointsPage() };
	for (const [file, blocks] of Object.entries(blocksOf(nodes))) {
		files[file] = withBlocks(file, read(file), blocks);
	}
	return files;
}

if (require.main === module) {
	const nodes = builtNodes();
	for (const [file, text] of Object.entries(generatedFiles(nodes))) {
		fs.writeFileSync(path.join(ROOT, file), text);
		console.log(`wrote ${file}`);
	}
	const problems = tableProblems(nodes);
	for (const problem of problems) console.error(problem);
	if (problems.length) process.exitCode = 1;
}

module.exports = { REGENERATE, generatedFiles, tableProblems };
