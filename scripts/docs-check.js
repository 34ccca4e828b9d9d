'use strict';
/**
 * The check of the docs' hand-written tables against the node descriptions: every resource, operation,
 * object and event a table names exists, and each reference page mentions every operation or event of its
 * node. Used by `npm run docs` and test/docs/reference.test.ts.
 */
const fs = require('fs');
const path = require('path');

const { ROOT, eventsOf, resourcesOf } = require('./docs-nodes');

/** The pages checked; a complete page must mention every operation or event of its node(s). */
const PAGES = {
	'README.md': { node: undefined, complete: false },
	'docs/reference/personio-node.md': { node: 'personio', complete: true },
	'docs/reference/personio-recruiting-node.md': { node: 'recruiting', complete: true },
	'docs/reference/triggers.md': { node: undefined, complete: true },
};

const ACTION_NODES = ['personio', 'recruiting'];

/** The page text without its generated blocks (they are checked by comparing, not by reading). */
const handWritten = (text) =>
	text.replace(/<!-- generated:([\w-]+):start -->[\s\S]*?<!-- generated:\1:end -->/g, '');

const splitRow = (line) =>
	line
		.trim()
		.replace(/^\||\|$/g, '')
		.split(/(?<!\\)\|/)
		.map((c) => c.trim());

/** The tables of a markdown page, each with the headings above it and its rows as { column: text }. */
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

/** A table with a Resource (or a heading naming one) and an Operation(s) column of an action node. */
function checkOperations({ table, description, where, mentioned, problems }) {
	const operationColumn = table.header.find((h) => /^Operations?$/.test(h));
	const resources = resourcesOf(description);
	const fromHeading = resources.find((r) => table.headings.some((h) => same(baseName(h), r.name)));
	for (const row of table.rows) {
		const resourceName = table.header.includes('Resource') ? row.cells.Resource : fromHeading?.name;
		const resource = resources.find((r) => resourceName && same(r.name, resourceName));
		if (!resource) {
			const named = resourceName ?? '(none: add a Resource column or a heading naming it)';
			problems.push(
				`${where(row)}: resource "${named}" is not a resource of the ${description.displayName} node`,
			);
			continue;
		}
		const { names, object } = namesIn(row.cells[operationColumn] ?? '');
		for (const name of names) {
			const operation = resource.operations.find((o) => same(o.name, name));
			if (operation) mentioned.add(`${resource.name} > ${operation.name}`);
			else
				problems.push(
					`${where(row)}: ${resource.name} has no operation "${name}" in the ${description.displayName} node`,
				);
		}
		if (object && !resource.objects.some((o) => same(baseName(o), object))) {
			problems.push(`${where(row)}: ${resource.name} has no object "${object}"`);
		}
	}
}

/** The Personio Trigger's "Personio event" column: every backquoted event value must exist. */
function checkWebhookEvents({ table, description, where, mentioned, problems }) {
	const values = eventsOf(description).map((e) => e.value);
	for (const row of table.rows) {
		for (const [, value] of (row.cells['Personio event'] ?? '').matchAll(/`([^`]+)`/g)) {
			if (values.includes(value)) mentioned.add(value);
			else problems.push(`${where(row)}: the Personio Trigger has no event \`${value}\``);
		}
	}
}

/** The Polling Trigger's "Event" column: event display names, several separated by " / ". */
function checkPollingEvents({ table, description, where, mentioned, problems }) {
	const events = eventsOf(description);
	for (const row of table.rows) {
		for (const name of row.cells.Event.split(/\s+\/\s+/).map((n) => n.trim())) {
			const event = events.find((e) => same(e.name, name));
			if (event) mentioned.add(event.value);
			else problems.push(`${where(row)}: the Personio Polling Trigger has no event "${name}"`);
		}
	}
}

function checkerFor(nodeKey, table) {
	if (ACTION_NODES.includes(nodeKey) && table.header.some((h) => /^Operations?$/.test(h)))
		return checkOperations;
	if (nodeKey === 'trigger' && table.header.includes('Personio event')) return checkWebhookEvents;
	if (nodeKey === 'polling' && table.header[0] === 'Event') return checkPollingEvents;
	return undefined;
}

/** What a complete page must mention: "Resource > Operation" of an action node, event values of a trigger. */
const everything = (nodeKey, description) =>
	ACTION_NODES.includes(nodeKey)
		? resourcesOf(description).flatMap((r) => r.operations.map((o) => `${r.name} > ${o.name}`))
		: eventsOf(description).map((e) => e.value);

/**
 * What the hand-written tables get wrong: a resource, operation, object or event the nodes do not have,
 * and (on the reference pages) an operation or event of a node that no table of its page mentions.
 */
function tableProblems(nodes, read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8')) {
	const problems = [];
	for (const [file, page] of Object.entries(PAGES)) {
		const mentioned = Object.fromEntries(Object.keys(nodes).map((key) => [key, new Set()]));
		for (const table of tablesOf(handWritten(read(file)))) {
			const nodeKey = nodeOfHeadings(table.headings, page.node);
			const check = checkerFor(nodeKey, table);
			check?.({
				table,
				description: nodes[nodeKey],
				where: (row) => `${file}:${row.line}`,
				mentioned: mentioned[nodeKey],
				problems,
			});
		}
		if (!page.complete) continue;
		for (const key of page.node ? [page.node] : ['trigger', 'polling']) {
			const kind = ACTION_NODES.includes(key) ? 'operation' : 'event';
			for (const name of everything(key, nodes[key])) {
				if (!mentioned[key].has(name))
					problems.push(
						`${file}: no hand-written table mentions ${nodes[key].displayName} ${kind} "${name}"`,
					);
			}
		}
	}
	return problems;
}

module.exports = { tableProblems };
