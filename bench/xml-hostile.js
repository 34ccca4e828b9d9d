#!/usr/bin/env node
'use strict';
/*
 * Hostile input for the careers-feed XML parser: time and memory per case, each case in a child
 * process of its own (so its peak RSS is its own), against the compiled parser in dist/. Not a timed
 * test: it prints a table. Run `npm run build` first.
 *
 *   node bench/xml-hostile.js                 the parser in dist/
 *   node bench/xml-hostile.js --dist <dir>    another build (e.g. of an older commit), to compare
 *   --only <case,case>                        only these cases (the names of CASES below)
 *   XML_CASE_TIMEOUT_MS=120000                a case running longer is stopped and reported as such
 */
const path = require('path');
const { execFile } = require('child_process');

const MB = 1024 * 1024;

const position = (id) =>
	`<position><id>${id}</id><name>Engineer &amp; Designer ${id}</name><office>Munich</office>` +
	`<keywords>a,b,c</keywords><jobDescriptions><jobDescription><name>Tasks</name>` +
	`<value><![CDATA[<p>${'x'.repeat(600)}</p>]]></value></jobDescription></jobDescriptions></position>`;

function feedOf(bytes) {
	const one = position(1).length;
	const count = Math.floor(bytes / one);
	const positions = Array.from({ length: count }, (_, i) => position(i + 1)).join('');
	return `<?xml version="1.0"?><workzag-jobs>${positions}</workzag-jobs>`;
}

const LAUGHS =
	'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
	Array.from(
		{ length: 9 },
		(_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`,
	).join('') +
	']><lolz>&lol9;</lolz>';

/** name → [description, input builder, what the text of the root should be (when it parses)] */
const CASES = {
	'amp-run-1mb': ['text: a run of 1 MB of "&"', () => `<r>${'&'.repeat(MB)}</r>`],
	'amp-run-2mb': ['text: a run of 2 MB of "&"', () => `<r>${'&'.repeat(2 * MB)}</r>`],
	'amp-run-attribute-2mb': [
		'attribute: a run of 2 MB of "&"',
		() => `<r a="${'&'.repeat(2 * MB)}"/>`,
	],
	'unterminated-entities-2mb': [
		'text: 2 MB of "&lt" without ";"',
		() => `<r>${'&lt'.repeat((2 * MB) / 3)}</r>`,
	],
	'nesting-2671': ['2,671 nested elements', () => `${'<a>'.repeat(2671)}x${'</a>'.repeat(2671)}`],
	'nesting-50000': [
		'50,000 nested elements',
		() => `${'<a>'.repeat(50000)}x${'</a>'.repeat(50000)}`,
	],
	'open-tags-3mb': ['1,000,000 start tags never closed', () => '<a>'.repeat(1000000)],
	'attribute-8mb': ['one attribute value of 8 MB', () => `<r a="${'x'.repeat(8 * MB)}"/>`],
	'elements-10mb': ['2,500,000 empty elements (10 MB)', () => `<r>${'<a/>'.repeat(2500000)}</r>`],
	'attributes-10mb': [
		'1,250,000 attributes, 250 an element (10 MB)',
		() => {
			const element = `<a${Array.from({ length: 250 }, (_, i) => ` a${i}="1"`).join('')}/>`;
			return `<r>${element.repeat(Math.floor((10 * MB) / element.length))}</r>`;
		},
	],
	'attributes-200k': [
		'200,000 attributes on one element',
		() => `<r${Array.from({ length: 200000 }, (_, i) => ` a${i}="1"`).join('')}/>`,
	],
	'billion-laughs': ['billion laughs (nested entity definitions)', () => LAUGHS, '&lol9;'],
	'external-entity': [
		'external entity (SYSTEM file:///etc/passwd)',
		() => '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>',
		'&xxe;',
	],
	'prototype-entities': [
		'&constructor; &__proto__; &toString;',
		() => '<r>&constructor; &__proto__; &toString;</r>',
		'&constructor; &__proto__; &toString;',
	],
	'feed-10mb': ['a valid feed of 10 MB (the download cap)', () => feedOf(10 * MB)],
};

function runCase(name, dist) {
	const xml = require(path.join(dist, 'nodes/shared/xml.js'));
	const { parseJobFeed } = require(path.join(dist, 'nodes/PersonioRecruiting/actions/job/feed.js'));
	const [, build, expected] = CASES[name];
	const input = build();
	const rssBefore = process.memoryUsage().rss;
	const started = process.hrtime.bigint();
	let outcome;
	try {
		if (name.startsWith('feed')) {
			const feed = parseJobFeed(input);
			outcome = feed.problem ? `problem: ${feed.problem}` : `${feed.jobs.length} jobs`;
		} else {
			const root = xml.parseXml(input);
			const text = xml.textContent(root);
			const values = Object.values(root.attributes);
			const shown = values.length
				? `${values.length} attribute(s), ${values.join('').length} characters`
				: text.length > 40
					? `${text.length} characters of text`
					: JSON.stringify(text);
			outcome =
				expected === undefined || text === expected ? `parsed: ${shown}` : `WRONG TEXT: ${shown}`;
		}
	} catch (error) {
		outcome = `${error.name}: ${String(error.message).slice(0, 70)}`;
	}
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / MB;
	process.stdout.write(
		`${JSON.stringify({ inputMb: input.length / MB, ms, peakMb: Math.max(0, peakMb), outcome })}\n`,
	);
}

function child(name, dist, timeout) {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[__filename, '--run', name, '--dist', dist],
			{ timeout, maxBuffer: MB },
			(error, stdout) => {
				if (error && error.killed)
					return resolve({ ms: timeout, outcome: `stopped after ${timeout / 1000} s` });
				if (error)
					return resolve({
						outcome: `crashed: ${String(error.message).split('\n')[0].slice(0, 70)}`,
					});
				resolve(JSON.parse(stdout.trim().split('\n').pop()));
			},
		);
	});
}

async function main() {
	const args = process.argv.slice(2);
	const option = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
	const dist = path.resolve(option('--dist') ?? path.join(__dirname, '..', 'dist'));
	if (option('--run')) return runCase(option('--run'), dist);
	const timeout = Number(process.env.XML_CASE_TIMEOUT_MS || 120000);
	console.log(`XML parser under hostile input (${dist}); each case in its own process`);
	console.log('| case | input | time | peak memory added | outcome |');
	console.log('|---|---:|---:|---:|---|');
	const only = option('--only')?.split(',');
	for (const [name, [description]] of Object.entries(CASES)) {
		if (only && !only.includes(name)) continue;
		const r = await child(name, dist, timeout);
		const input = r.inputMb === undefined ? '' : `${r.inputMb.toFixed(1)} MB`;
		const memory = r.peakMb === undefined ? '' : `${r.peakMb.toFixed(0)} MB`;
		const time =
			r.ms === undefined
				? ''
				: r.ms < 1000
					? `${r.ms.toFixed(0)} ms`
					: `${(r.ms / 1000).toFixed(1)} s`;
		console.log(`| ${description} | ${input} | ${time} | ${memory} | ${r.outcome} |`);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
