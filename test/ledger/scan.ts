/* eslint-disable
	@n8n/community-nodes/no-restricted-imports,
	@n8n/community-nodes/no-restricted-globals
	-- a test helper that reads the sources */
/**
 * What the pack calls: every Personio path written in nodes/ and credentials/ (string and template
 * literals, read with the TypeScript parser so comments do not count) and every `ENDPOINTS.<key>` used.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

import type { LedgerEntry } from './ledger';
import { CALLED, findEndpoint, statusOn } from './ledger';

export const ROOT = path.resolve(__dirname, '../..');

export interface Usage {
	/** `file:line` → path as written (template parameters as `${}`). */
	paths: Array<{ where: string; path: string }>;
	/** Ledger keys referenced as `ENDPOINTS.<key>`. */
	keys: Array<{ where: string; key: string }>;
}

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
	});
}

/** `/v1/...`, `/v2/...` or the careers feed's `/xml`, cut from a literal; base URLs (ending in `/`) are not calls. */
export function personioPath(text: string): string | undefined {
	if (text === '/xml') return text;
	const start = text.search(/\/v[12]\//);
	if (start < 0 || text.endsWith('/')) return undefined;
	return text.slice(start).split('?')[0];
}

function literalText(node: ts.Node): string | undefined {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
	if (ts.isTemplateExpression(node))
		return node.head.text + node.templateSpans.map((span) => `\${}${span.literal.text}`).join('');
	return undefined;
}

/** Scans source code; `files` maps a name to its text (the default reads nodes/ and credentials/). */
export function scanUsage(files: Record<string, string> = readPack()): Usage {
	const usage: Usage = { paths: [], keys: [] };
	for (const [name, text] of Object.entries(files)) {
		const source = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
		const where = (node: ts.Node) =>
			`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
		const visit = (node: ts.Node): void => {
			const literal = literalText(node);
			const found = literal === undefined ? undefined : personioPath(literal);
			if (found) usage.paths.push({ where: where(node), path: found });
			if (
				ts.isPropertyAccessExpression(node) &&
				ts.isIdentifier(node.expression) &&
				node.expression.text === 'ENDPOINTS'
			) {
				usage.keys.push({ where: where(node), key: node.name.text });
			}
			if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
			else node.templateSpans.forEach((span) => visit(span.expression));
		};
		visit(source);
	}
	return usage;
}

function readPack(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const dir of ['nodes', 'credentials']) {
		for (const file of sourceFiles(path.join(ROOT, dir))) {
			const name = path.relative(ROOT, file);
			// The ledger itself is the table, not a caller.
			if (name !== path.join('nodes', 'shared', 'endpoints.ts'))
				files[name] = fs.readFileSync(file, 'utf8');
		}
	}
	return files;
}

/**
 * Everything wrong on `day` (YYYY-MM-DD): a path the ledger does not know, a call to an endpoint
 * retired by then (a deprecated one past its removal date counts as retired), and ledger rows that no
 * node calls any more (retired rows stay as the record).
 */
export function ledgerViolations(
	day: string,
	usage: Usage,
	ledger: Record<string, LedgerEntry>,
): string[] {
	const problems: string[] = [];
	const used = new Map<string, string>();
	for (const { where, key } of usage.keys) {
		if (!(key in ledger)) problems.push(`${where}: ENDPOINTS.${key} is not in the ledger`);
		else used.set(key, where);
	}
	for (const { where, path: written } of usage.paths) {
		const entry = findEndpoint(written, ledger);
		const key = entry && Object.keys(ledger).find((name) => ledger[name] === entry);
		if (!key)
			problems.push(`${where}: ${written} is not in the ledger (nodes/shared/endpoints.ts)`);
		else used.set(key, where);
	}
	for (const [key, where] of used) {
		const entry = ledger[key];
		if (statusOn(entry, day) === 'retired') {
			problems.push(
				`${where}: ${entry.path} was retired on ${entry.removal} (${entry.source}) and is still called on ${day}`,
			);
		}
	}
	for (const [key, entry] of Object.entries(ledger)) {
		if (!used.has(key) && entry.status !== 'retired')
			problems.push(`ledger row ${key} (${entry.path}): no node calls it`);
	}
	return problems;
}

/**
 * Files that may still write a Personio path as a literal: the rate-limit rules name the paths Personio's
 * limits apply to, and the credential's own test request (n8n reads it as a declarative request,
 * next to the credential's fields).
 */
export const LITERAL_PATHS_ALLOWED = [
	'nodes/shared/transport/pacing.ts',
	'credentials/PersonioApi.credentials.ts',
];

/** Requests that write their path as a literal instead of naming it from `ENDPOINTS`. */
export function literalPaths(usage: Usage, allowed = LITERAL_PATHS_ALLOWED): string[] {
	return usage.paths
		.filter(({ where }) => !allowed.includes(where.slice(0, where.lastIndexOf(':'))))
		.map(({ where, path: written }) => {
			const key = Object.entries(CALLED).find(([, entry]) => entry === findEndpoint(written))?.[0];
			return `${where}: ${written} written as a literal; use ENDPOINTS.${key ?? '<new row>'}.path`;
		});
}
