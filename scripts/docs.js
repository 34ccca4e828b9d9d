#!/usr/bin/env node
'use strict';
/**
 * The generated parts of the reference docs, from the node descriptions (the built classes in dist/:
 * `npm run docs` builds first) and the endpoint ledger (scripts/endpoints.js):
 * - docs/reference/personio-node.md, personio-recruiting-node.md, triggers.md: the blocks between
 *   `<!-- generated:<name>:start -->` and `<!-- generated:<name>:end -->`; the rest is written by hand.
 * - docs/reference/endpoints.md: the whole file.
 * test/docs/reference.test.ts fails when a generated part is stale, or when a hand-written table names a
 * resource, operation, object or event the nodes do not have, or leaves one out.
 */
const fs = require('fs');
const path = require('path');

const { endpointsPage } = require('./endpoints');

const ROOT = path.join(__dirname, '..');
const REGENERATE = 'npm run docs';

/** The four nodes by the key the docs use, from dist/ (as n8n loads them). */
function builtNodes() {
	const load = (file, name) => {
		const compiled = path.join(ROOT, 'dist', 'nodes', file);
		if (!fs.existsSync(compiled))
			throw new Error(`${compiled} is missing: run npm run build first`);
		return new (require(compiled)[name])().description;
	};
	return {
		personio: load('Personio/Personio.node.js', 'Personio'),
		recruiting: load('PersonioRecruiting/PersonioRecruiting.node.js', 'PersonioRecruiting'),
		trigger: load('PersonioTrigger/PersonioTrigger.node.js', 'PersonioTrigger'),
		polling: load(
			'PersonioPollingTrigger/PersonioPollingTrigger.node.js',
			'PersonioPollingTrigger',
		),
	};
}

const shows = (property, key, value) =>
	(property.displayOptions?.show?.[key] ?? [value]).includes(value);

/** Resources in the order of the Resource field, each with its operations and (where there is one) objects. */
function resourcesOf(description) {
	const properties = description.properties;
	const resourceField = properties.find((p) => p.name === 'resource');
	return resourceField.options.map((resource) => {
		const operationField = properties.find(
			(p) => p.name === 'operation' && shows(p, 'resource', resource.value),
		);
		const objects = new Set();
		for (const p of properties) {
			if (p.name === 'object' && p.displayOptions?.show?.resource?.includes(resource.value)) {
				for (const option of p.options) objects.add(option.name);
			}
		}
		return {
			name: resource.name,
			value: resource.value,
			operations: (operationField?.options ?? []).map((o) => ({
				name: o.name,
				value: o.value,
				description: o.description ?? '',
			})),
			objects: [...objects],
		};
	});
}

/** The events of a trigger: the Personio Trigger's Events list, the Polling Trigger's Event field. */
function eventsOf(description) {
	const field = description.properties.find((p) => p.name === 'events' || p.name === 'event');
	return field.options.map((o) => ({
		name: o.name,
		value: o.value,
		description: o.description ?? '',
	}));
}

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

// ---- The check of the hand-written tables --------------------------------------------------------------

/** The page text without its generated blocks (they are checked by comparing, not by reading). */
const handWritten = (text) =>
	text.replace(/<!-- generated:([\w-]+):start -->[\s\S]*?<!-- generated:\1:end -->/g, '');

const splitRow = (line) =>
	line
		.trim()
		.replace(/^\||\|$/g, '')
		.split(/(?<!\\)\|/)
		.map((c) => c.trim());

/** The tables of a markdown page, each with the heading path above it and its rows as { column: text }. */
function tablesOf(text) {
	const lines = text.split('\n');
	const tables = [];
	const headings = [];
	for (let i = 0; i < lines.length; i++) {
		const heading = /^(#{1,6})\s+(.*)$/.exec(lines[i]);
		if (heading) {
			headings.length = heading[1].length - 1;
			headings[heading[1].length - 1] = heading[2];
			continue;
		}
		if (!lines[i].startsWith('|') || !/^\|\s*-{3}/.test(lines[i + 1] ?? '')) continue;
		const header = splitRow(lines[i]);
		const rows = [];
		let j = i + 2;
		for (; j < lines.length && lines[j].startsWith('|'); j++) {
			const values = splitRow(lines[j]);
			rows.push({ line: j + 1, cells: Object.fromEntries(header.map((h, k) => [h, values[k]])) });
		}
		tables.push({ headings: headings.filter(Boolean), header, rows });
		i = j - 1;
	}
	return tables;
}

/** Names in a cell such as "Get Many / Get — Application" or "Create (with documents), Upload Document". */
function namesIn(text) {
	const [names, object] = text.split(/\s+—\s+/);
	const clean = names
		.replace(/`[^`]*`/g, '')
		.replace(/\([^)]*\)/g, '')
		.replace(/\*/g, '');
	return {
		names: clean
			.split(/\s*[/,]\s*/)
			.map((n) => n.trim())
			.filter(Boolean),
		object: object?.replace(/\([^)]*\)/g, '').trim(),
	};
}

const same = (a, b) =>
	a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');
const baseName = (text) => text.replace(/\([^)]*\)/g, '').trim();

/** Which node a part of a page is about: the nearest heading naming one, else the page's own node. */
function nodeOfHeadings(headings, fallback) {
	for (const heading of [...headings].reverse()) {
		if (/Personio Polling Trigger/i.test(heading)) return 'polling';
		if (/Personio Trigger/i.test(heading)) return 'trigger';
		if (/Personio Recruiting/i.test(heading)) return 'recruiting';
		if (/Personio node/i.test(heading)) return 'personio';
	}
	return fallback;
}

const PAGES = {
	'README.md': { node: undefined, complete: false },
	'docs/reference/personio-node.md': { node: 'personio', complete: true },
	'docs/reference/personio-recruiting-node.md': { node: 'recruiting', complete: true },
	'docs/reference/triggers.md': { node: undefined, complete: true },
};

/**
 * What the hand-written tables get wrong: a resource, operation, object or event the nodes do not have,
 * and (on the reference pages) an operation or event of a node that no table of its page mentions.
 */
function tableProblems(nodes, read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8')) {
	const problems = [];
	for (const [file, page] of Object.entries(PAGES)) {
		const mentioned = {
			personio: new Set(),
			recruiting: new Set(),
			trigger: new Set(),
			polling: new Set(),
		};
		for (const table of tablesOf(handWritten(read(file)))) {
			const nodeKey = nodeOfHeadings(table.headings, page.node);
			const where = (row) => `${file}:${row.line}`;
			const operationColumn = table.header.find((h) => /^Operations?$/.test(h));
			if (operationColumn && (nodeKey === 'personio' || nodeKey === 'recruiting')) {
				const resources = resourcesOf(nodes[nodeKey]);
				const headingResource = resources.find((r) =>
					table.headings.some((h) => same(baseName(h), r.name)),
				);
				for (const row of table.rows) {
					const resourceName = table.header.includes('Resource')
						? row.cells.Resource
						: headingResource?.name;
					const resource = resources.find((r) => resourceName && same(r.name, resourceName));
					if (!resource) {
						problems.push(
							`${where(row)}: resource "${resourceName ?? '(none: add a Resource column or a heading naming it)'}" is not a resource of the ${nodes[nodeKey].displayName} node`,
						);
						continue;
					}
					const { names, object } = namesIn(row.cells[operationColumn] ?? '');
					for (const name of names) {
						const operation = resource.operations.find((o) => same(o.name, name));
						if (operation) mentioned[nodeKey].add(`${resource.name} > ${operation.name}`);
						else
							problems.push(
								`${where(row)}: ${resource.name} has no operation "${name}" in the ${nodes[nodeKey].displayName} node`,
							);
					}
					if (object && !resource.objects.some((o) => same(baseName(o), object))) {
						problems.push(`${where(row)}: ${resource.name} has no object "${object}"`);
					}
				}
			}
			if (nodeKey === 'trigger' && table.header.includes('Personio event')) {
				const values = eventsOf(nodes.trigger).map((e) => e.value);
				for (const row of table.rows) {
					for (const [, value] of (row.cells['Personio event'] ?? '').matchAll(/`([^`]+)`/g)) {
						if (values.includes(value)) mentioned.trigger.add(value);
						else problems.push(`${where(row)}: the Personio Trigger has no event \`${value}\``);
					}
				}
			}
			if (nodeKey === 'polling' && table.header[0] === 'Event') {
				const events = eventsOf(nodes.polling);
				for (const row of table.rows) {
					for (const name of row.cells.Event.split(/\s+\/\s+/).map((n) => n.trim())) {
						const event = events.find((e) => same(e.name, name));
						if (event) mentioned.polling.add(event.value);
						else
							problems.push(`${where(row)}: the Personio Polling Trigger has no event "${name}"`);
					}
				}
			}
		}
		if (!page.complete) continue;
		const keys = page.node ? [page.node] : ['trigger', 'polling'];
		for (const key of keys) {
			const expected =
				key === 'personio' || key === 'recruiting'
					? resourcesOf(nodes[key]).flatMap((r) => r.operations.map((o) => `${r.name} > ${o.name}`))
					: eventsOf(nodes[key]).map((e) => e.value);
			for (const name of expected) {
				if (!mentioned[key].has(name)) {
					problems.push(
						`${file}: no hand-written table mentions ${nodes[key].displayName} ${key === 'personio' || key === 'recruiting' ? 'operation' : 'event'} "${name}"`,
					);
				}
			}
		}
	}
	return problems;
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

module.exports = { REGENERATE, generatedFiles, tableProblems, resourcesOf, eventsOf, tablesOf };
