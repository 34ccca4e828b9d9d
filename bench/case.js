'use strict';
/*
 * One benchmark case in a process of its own (so its peak RSS is its own): either the pack's node
 * through n8n-core's ExecuteContext, or the same fetch as a plain axios loop (the floor).
 * argv[2] = JSON { kind: 'node' | 'floor', case: 'employees' | 'absences', baseUrl, runs }.
 * Prints one JSON line: per run { ms, cpuMs (this client's own CPU time), records, requests, tokenRequests }, and maxRssMb.
 */
const axios = require('axios');

const spec = JSON.parse(process.argv[2]);
const CLIENT = { clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret' };
const CASES = {
	employees: {
		parameters: { resource: 'employee', operation: 'getAll', returnAll: true, filters: {} },
		path: '/v1/company/employees',
		pageSize: 100,
		offset: (page) => page * 100,
		qs: {},
	},
	absences: {
		parameters: { resource: 'absence', operation: 'getAll', unit: 'days', returnAll: true, filters: { startDate: '2025-01-01', endDate: '2025-12-31' } },
		path: '/v1/company/time-offs',
		pageSize: 200,
		offset: (page) => page + 1,
		qs: { start_date: '2025-01-01', end_date: '2025-12-31' },
	},
};
const c = CASES[spec.case];

const sandboxStats = async () => (await axios.get(`${spec.baseUrl}/__sandbox/stats`)).data;

/** The pack's node, as n8n runs it; the credential store keeps the token across runs. */
function nodeRunner() {
	const { loadHarness, node } = require('./harness');
	const h = loadHarness();
	const nodeType = node('Personio');
	const credentials = new h.TestCredentialsHelper({ personioApi: h.personioCredentials({ ...CLIENT, baseUrl: spec.baseUrl }) });
	return async () => {
		const output = await h.runNode({ nodeType, typeName: 'n8n-nodes-personio.personio', parameters: c.parameters, credentials });
		return output[0].length;
	};
}

/** The least any client must do: one token, then page after page until a short or last page. */
function floorRunner() {
	let token;
	return async () => {
		if (!token) {
			const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret });
			token = (await axios.post(`${spec.baseUrl}/v2/auth/token`, form.toString(), { headers: { 'content-type': 'application/x-www-form-urlencoded' } })).data.access_token;
		}
		const records = [];
		for (let page = 0; ; page++) {
			const { data } = await axios.get(`${spec.baseUrl}${c.path}`, {
				params: { ...c.qs, limit: c.pageSize, offset: c.offset(page) },
				headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
			});
			const items = data.data || [];
			records.push(...items);
			const totalPages = Number(data.metadata && data.metadata.total_pages);
			if (items.length < c.pageSize || (Number.isFinite(totalPages) && page + 1 >= totalPages)) break;
		}
		return records.length;
	};
}

(async () => {
	const run = spec.kind === 'node' ? nodeRunner() : floorRunner();
	const runs = [];
	for (let i = 0; i < (spec.runs || 2); i++) {
		const before = await sandboxStats();
		const started = process.hrtime.bigint();
		const cpuBefore = process.cpuUsage();
		const records = await run();
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		const cpu = process.cpuUsage(cpuBefore);
		const cpuMs = (cpu.user + cpu.system) / 1000;
		const after = await sandboxStats();
		runs.push({ ms, cpuMs, records, requests: after.requests - before.requests, tokenRequests: after.tokenRequests - before.tokenRequests });
	}
	const maxRssMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(`${JSON.stringify({ runs, maxRssMb })}\n`);
	process.exit(0);
})().catch((error) => {
	console.error(error.stack || error.message);
	process.exit(1);
});
