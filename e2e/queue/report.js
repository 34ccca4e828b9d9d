'use strict';
// The queue suite's table: checks, known limits and figures, printed at the end.
const fs = require('fs');
const path = require('path');
const { readLog } = require('./cluster');

const results = [];
const figures = [];
function check(section, name, pass, figure) {
	results.push({ section, name, pass: Boolean(pass), figure: String(figure) });
	process.stderr.write(`[e2e:queue] ${pass ? 'PASS' : 'FAIL'} ${section}: ${name} — ${figure}\n`);
}
/**
 * A known limit outside the pack: expected to fail, shown as KNOWN with its figure. Should it start
 * to pass (n8n fixed it), it is reported as a failure so the limit is taken out of the README.
 */
function knownLimit(section, name, pass, figure, why) {
	results.push({
		section,
		name: `${name} (known limit: ${why})`,
		pass: !pass,
		known: !pass,
		figure: String(figure),
	});
	process.stderr.write(
		`[e2e:queue] ${pass ? 'FAIL (known limit now passes)' : 'KNOWN'} ${section}: ${name} — ${figure}\n`,
	);
}
function note(section, name, figure) {
	figures.push({ section, name, figure: String(figure) });
	process.stderr.write(`[e2e:queue] ${section}: ${name} — ${figure}\n`);
}
const log = (m) => process.stderr.write(`[e2e:queue] ${m}\n`);

/** execution id → worker name, from each worker's log ("Worker started execution N (job M)"). */
function workerOfExecutions(cluster) {
	const map = new Map();
	for (const f of fs.readdirSync(cluster.logDir)) {
		const m = /^(worker-\d+)\.log$/.exec(f);
		if (!m) continue;
		for (const line of readLog(path.join(cluster.logDir, f)).matchAll(
			/Worker started execution (\d+) \(job/g,
		))
			map.set(String(line[1]), m[1]);
	}
	return map;
}
const countBy = (arr, fn) =>
	arr.reduce((acc, x) => ((acc[fn(x)] = (acc[fn(x)] || 0) + 1), acc), {});
const fmt = (obj) =>
	Object.entries(obj)
		.map(([k, v]) => `${k} ${v}`)
		.join(', ') || 'none';
function printTable() {
	const rows = [
		...results.map((r) => [
			r.known ? 'KNOWN' : r.pass ? 'PASS' : 'FAIL',
			r.section,
			r.name,
			r.figure,
		]),
		...figures.map((f) => ['info', f.section, f.name, f.figure]),
	];
	const w = [5, 10, 70];
	const line = (r) =>
		`${r[0].padEnd(w[0])} | ${r[1].padEnd(w[1])} | ${r[2].slice(0, 90).padEnd(w[2])} | ${r[3]}`;
	process.stdout.write(
		`\n${line(['', 'section', 'check', 'figure'])}\n${'-'.repeat(140)}\n${rows.map(line).join('\n')}\n\n`,
	);
	const passed = results.filter((r) => r.pass).length;
	const failed = results.length - passed;
	process.stdout.write(`${passed} passed, ${failed} failed\n`);
	return failed;
}

module.exports = { check, countBy, fmt, knownLimit, log, note, printTable, workerOfExecutions };
