#!/usr/bin/env node
'use strict';
/*
 * Start the Personio sandbox from the command line.
 *   node test/sandbox/cli.js --port 4010 --employees 200 --token-lifetime 86400 [--retry-after] [--rate-limit] [--verbose]
 * Prints `SANDBOX_URL=http://127.0.0.1:<port>` once listening; stops on SIGINT/SIGTERM.
 */
const { startSandbox } = require('./server');

function parseArgs(argv) {
	const opts = {};
	const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('--')) continue;
		let [key, val] = a.slice(2).split(/=(.*)/s);
		if (val === undefined) {
			const next = argv[i + 1];
			if (next !== undefined && !next.startsWith('--')) {
				val = next;
				i++;
			} else val = 'true';
		}
		key = camel(key);
		if (val === 'true') opts[key] = true;
		else if (val === 'false') opts[key] = false;
		else if (/^-?\d+(\.\d+)?$/.test(val)) opts[key] = Number(val);
		else opts[key] = val;
	}
	if (opts.help || opts.h) {
		console.log(
			'usage: node test/sandbox/cli.js [--port 4010] [--host 127.0.0.1] [--employees 50] [--seed 42] [--token-lifetime 86400] [--rate-limit] [--retry-after] [--retry-after-seconds 1] [--rotate-v1-tokens] [--verbose]',
		);
		process.exit(0);
	}
	return opts;
}

(async () => {
	const opts = parseArgs(process.argv.slice(2));
	const sb = await startSandbox(opts);
	console.log(`SANDBOX_URL=${sb.url}`);
	if (opts.verbose) {
		console.log(
			`[sandbox] employees=${sb.state.employees.length} client_id=${sb.credentials.clientId} recruiting company=${sb.credentials.companyId}`,
		);
	}
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await sb.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
})().catch((e) => {
	console.error(e && e.stack ? e.stack : e);
	process.exit(1);
});
