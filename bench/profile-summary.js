#!/usr/bin/env node
'use strict';
/*
 * Where a client's CPU went, from a V8 CPU profile (BENCH_CPU_PROF=<dir> npm run bench):
 * self time grouped by where the code lives (the pack's dist/, n8n-core, n8n-workflow, axios, other
 * packages, Node's own, GC, idle), then the functions with the most self time.
 *
 *   node bench/profile-summary.js <file.cpuprofile> [--top 25]
 */
const fs = require('fs');

const file = process.argv[2];
if (!file) {
	console.error('usage: node bench/profile-summary.js <file.cpuprofile> [--top N]');
	process.exit(2);
}
const topAt = process.argv.indexOf('--top');
const TOP = topAt > 0 ? Number(process.argv[topAt + 1]) : 25;

const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
	const id = profile.samples[i];
	selfUs.set(id, (selfUs.get(id) || 0) + (profile.timeDeltas[i] || 0));
}

function area(url, name) {
	if (name === '(idle)') return 'idle';
	if (name === '(garbage collector)') return 'GC';
	if (name === '(program)') return 'V8 / native (program)';
	if (!url) return 'native / builtins';
	if (url.startsWith('node:')) return 'Node (http, net, streams, timers)';
	if (/\/dist\/(nodes|credentials)\//.test(url)) return 'pack (dist/)';
	if (/\/test\/helpers\//.test(url)) return 'test harness';
	// The innermost package: n8n-core's own axios is axios, not n8n-core.
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(
		url.slice(url.lastIndexOf('node_modules/')),
	);
	if (pkg) return pkg[1];
	return url.replace(/^.*\/(bench|test)\//, '$1/');
}

const areas = new Map();
const functions = new Map();
let total = 0;
for (const [id, us] of selfUs) {
	const { callFrame } = byId.get(id);
	const where = area(callFrame.url, callFrame.functionName);
	areas.set(where, (areas.get(where) || 0) + us);
	if (where !== 'idle') total += us;
	const short = callFrame.url
		.replace(/^.*node_modules\//, '')
		.replace(/^.*\/(dist|bench|test)\//, '$1/');
	const key = `${callFrame.functionName || '(anonymous)'}  ${short}:${callFrame.lineNumber + 1}`;
	functions.set(key, (functions.get(key) || 0) + us);
}

const ms = (us) => (us / 1000).toFixed(0).padStart(7);
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
// Samples measure wall time between ticks: on a busy machine they include time the process waited
// for a core, so read the shares, and take CPU time itself from the bench's table.
console.log(
	`${file}: ${ms(total).trim()} ms sampled busy, ${ms(areas.get('idle') || 0).trim()} ms idle`,
);
console.log('\nself time by where the code lives');
for (const [where, us] of [...areas].sort((a, b) => b[1] - a[1])) {
	if (where === 'idle') continue;
	console.log(`${ms(us)} ms ${pct(us)}  ${where}`);
}
console.log(`\ntop ${TOP} functions by self time`);
for (const [key, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
	console.log(`${ms(us)} ms ${pct(us)}  ${key}`);
}
