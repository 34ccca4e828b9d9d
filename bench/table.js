'use strict';
/* The benchmark's markdown table: node next to the plain loop, per case. */

const num = (n, digits = 0) =>
	n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (a, b) => (b > 0 ? num(a / b, 2) : 'n/a');
const seconds = (ms) => `${num(ms / 1000, 1)} s`;

function line(cells) {
	return `| ${cells.join(' | ')} |`;
}

function row(r) {
	if (r.error)
		return line([r.label, `cannot run yet (${r.who}): ${r.error}`, ...Array(8).fill('')]);
	const records =
		num(r.records) + (r.records === r.floorRecords ? '' : ` (plain ${num(r.floorRecords)})`);
	const paced =
		r.limitFloor === undefined
			? 'n/a'
			: `${seconds(r.limitFloor)} (${ratio(r.wall, r.limitFloor)}x)`;
	return line([
		r.label,
		records,
		`${num(r.cpu)} / ${num(r.floorCpu)} ms (${ratio(r.cpu, r.floorCpu)}x)`,
		`${num(r.rss)} / ${num(r.floorRss)} MB (${ratio(r.rss, r.floorRss)}x)`,
		`${seconds(r.wall)} / ${seconds(r.floorWall)} (${ratio(r.wall, r.floorWall)}x)`,
		seconds(r.warmWall),
		`${r.requests}, warm ${r.warmRequests}`,
		`${r.tokens}, warm ${r.warmTokens}`,
		`${r.tooMany} of ${r.allRequests} (${num((100 * r.tooMany) / Math.max(1, r.allRequests), 1)}%) / ${r.floorTooMany}`,
		paced,
	]);
}

const NOTES = [
	'Node: the Personio node (dist/) through n8n-core, Simplify on. Plain: the same requests as a plain axios',
	"loop (n8n's axios, no n8n, no simplify; on a 429 it waits 1 s and asks again). Each in a process and a",
	'sandbox of its own, the sandbox on the same machine.',
	'Client CPU: user+sys of the client process, best of the warm runs. Peak RSS: the whole client process.',
	'Wall and requests: first run (one token request); warm: later runs within the token lifetime.',
	"Rate limits on: the sandbox applies Personio's documented limits (GET employees 300/min with bursts of 15,",
	'2000/min per IP on v1; v2 lists have no documented limit). Limit floor: the least time the pages can take',
	'under the limit. The node paces employee reads to it even where the sandbox does not limit, so there its',
	"wall is the limit's, not its own. With BENCH_UNPACED=1: node pacing off (both clients run flat out) and",
	'plain loop paced too (both wait between pages as the limit asks): waiting costs either client CPU; and',
	"n8n's helper alone in the node's place: the same pages through n8n-core's httpRequestWithAuthentication,",
	'paced like the node, each record an item, no pack code: what running inside n8n costs any node.',
].join('\n');

const HEADER = [
	'case',
	'records',
	'client CPU node / plain',
	'peak RSS node / plain',
	'wall node / plain',
	'warm wall',
	'requests',
	'token req.',
	'429s node / plain',
	'limit floor (node wall)',
];

function verdict(rows) {
	const measured = rows.filter((r) => !r.error);
	// The targets are set at the largest Return All: at 1,000 records the n8n libraries a node process
	// loads (and the plain loop does not) outweigh the records.
	const unpaced = measured.filter((r) => r.client === 'node' && !/rate limits on/.test(r.label));
	const largest = unpaced.reduce(
		(top, r) => (top && top.records >= r.records ? top : r),
		undefined,
	);
	const paced = measured.filter(
		(r) => r.limitFloor !== undefined && /rate limits on/.test(r.label),
	);
	const lines = [];
	if (largest) {
		const cpu = ratio(largest.cpu, largest.floorCpu);
		const rss = ratio(largest.rss, largest.floorRss);
		lines.push(
			`${largest.label}: client CPU ${cpu}x (target <= 1.2), peak RSS ${rss}x (target <= 1.25).`,
		);
		const helper = measured.find((r) => r.client === 'helper' && r.records === largest.records);
		if (helper)
			lines.push(
				`${largest.label}: n8n's helper alone costs ${ratio(helper.cpu, helper.floorCpu)}x the plain loop's ` +
					`client CPU; the node costs ${ratio(largest.cpu, helper.cpu)}x n8n's helper alone.`,
			);
	}
	for (const r of paced) {
		const share = num((100 * r.tooMany) / Math.max(1, r.allRequests), 1);
		lines.push(
			`${r.label}: ${ratio(r.wall, r.limitFloor)}x the limit floor (target <= 1.05), ` +
				`${r.tooMany} x 429 = ${share}% (target <= 2%).`,
		);
	}
	return lines.join('\n');
}

/** rows: node next to plain loop, one per case; reports: lines of the cases that are not a comparison. */
function table(rows, env, reports = []) {
	const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
	return [
		`# Benchmark (${when} UTC, Node ${env.node}, ${env.cpus} CPUs, load ${num(env.load, 1)})`,
		'',
		NOTES,
		'',
		line(HEADER),
		line(Array(HEADER.length).fill('---')),
		...rows.map(row),
		'',
		verdict(rows),
		...(reports.length ? ['', ...reports] : []),
	].join('\n');
}

module.exports = { table };
