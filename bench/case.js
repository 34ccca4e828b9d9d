'use strict';
/*
 * One benchmark case in a process of its own (so its peak RSS is its own): the pack's node through
 * n8n-core's ExecuteContext; n8n's helper alone in its place (the least any node does); or the same
 * fetch as a plain axios loop (the floor), with the axios n8n itself sends with. argv[2] = JSON
 * { kind: 'node' | 'helper' | 'floor', case, baseUrl, runs, pauseMs, pacing (false: the node's pacing
 * off), loopPacing (true: the helper or plain loop paced like the node) }.
 * Prints one JSON line: per run { ms, cpuMs (this client's own user+sys CPU), records, requests,
 * tokenRequests, tooMany (429 answers) }, and maxRssMb; or { error } when the case cannot run.
 */
const path = require('path');
const axios = require(
	require.resolve('axios', { paths: [path.dirname(require.resolve('@n8n/backend-network'))] }),
);

const spec = JSON.parse(process.argv[2]);
const CLIENT = { clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret' };

/** What the node is asked for, and the requests a plain client makes for the same records. */
const CASES = {
	employees: {
		parameters: {
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: {},
			simplify: true,
		},
		path: '/v1/company/employees',
		pageSize: 100,
		paging: 'offset',
	},
	absences: {
		parameters: {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: {},
			simplify: true,
		},
		path: '/v2/absence-periods',
		pageSize: 100,
		paging: 'cursor',
	},
	attendances: {
		parameters: {
			resource: 'attendance',
			operation: 'getAll',
			returnAll: true,
			filters: {},
			simplify: true,
		},
		path: '/v2/attendance-periods',
		pageSize: 100,
		paging: 'cursor',
	},
	persons: {
		parameters: {
			resource: 'person',
			operation: 'getAll',
			returnAll: true,
			filters: {},
			simplify: true,
		},
		path: '/v2/persons',
		pageSize: 50,
		paging: 'cursor',
	},
};
const c = CASES[spec.case];

const sandboxStats = async () => (await axios.get(`${spec.baseUrl}/__sandbox/stats`)).data;

/**
 * A run of `nodeType` as n8n runs the Personio node, through n8n-core's ExecuteContext; one credential
 * store for every run, so the token outlives the first. Resolves to the number of items returned.
 */
function runnerOf(h, nodeType) {
	const credentials = new h.TestCredentialsHelper({
		personioApi: h.personioCredentials({ ...CLIENT, baseUrl: spec.baseUrl }),
	});
	return async () => {
		const output = await h.runNode({
			nodeType,
			typeName: 'n8n-nodes-personio.personio',
			parameters: c.parameters,
			credentials,
		});
		return output[0].length;
	};
}

/** The pack's node. */
function nodeRunner() {
	const { loadHarness, node, DIST } = require('./harness');
	const h = loadHarness();
	if (spec.pacing === false)
		require(path.join(DIST, 'nodes', 'shared', 'transport')).pacingSettings.enabled = false;
	return runnerOf(h, node('Personio'));
}

/**
 * Personio's limit on the employee list (300 per minute, bursts of 15) kept the way the node keeps it,
 * a burst of 14 and then one request every 200 ms; with `loopPacing` only, else no wait at all.
 */
function pacer() {
	let nextAt = 0;
	return async () => {
		if (!spec.loopPacing) return;
		const now = Date.now();
		const sendAt = Math.max(now, nextAt - 13 * 200);
		nextAt = Math.max(nextAt, sendAt) + 200;
		if (sendAt > now) await new Promise((resolve) => setTimeout(resolve, sendAt - now));
	};
}

/** Page after page until the last, each record handed to `keep`; `get(url, params)` answers a page. */
async function collect(get, keep) {
	if (c.paging === 'offset') {
		for (let page = 0; ; page++) {
			const data = await get(`${spec.baseUrl}${c.path}`, {
				limit: c.pageSize,
				offset: page * c.pageSize,
			});
			const items = data.data || [];
			for (const item of items) keep(item);
			const totalPages = Number(data.metadata && data.metadata.total_pages);
			if (items.length < c.pageSize || (Number.isFinite(totalPages) && page + 1 >= totalPages))
				break;
		}
		return;
	}
	let url = `${spec.baseUrl}${c.path}?limit=${c.pageSize}`;
	while (url) {
		const data = await get(url);
		for (const item of data._data || data.data || []) keep(item);
		const next =
			data._meta && data._meta.links && data._meta.links.next && data._meta.links.next.href;
		url = next ? new URL(next, `${spec.baseUrl}/`).toString() : undefined;
	}
}

/**
 * The least any node must do: the same requests through n8n-core's httpRequestWithAuthentication with
 * the pack's credential (its token, n8n's agents and axios), each record an item, paced like the plain
 * loop when it is; none of the pack's request code (no pacer, no streaming cap, no simplify).
 */
function helperRunner() {
	const { loadHarness, node } = require('./harness');
	const h = loadHarness();
	const pace = pacer();
	// The Personio node's description (parameters, credential), with this loop as its execute.
	const nodeType = Object.assign(Object.create(node('Personio')), {
		async execute() {
			const items = [];
			const get = async (url, qs) => {
				await pace();
				return await this.helpers.httpRequestWithAuthentication.call(this, 'personioApi', {
					url,
					qs,
					json: true,
				});
			};
			await collect(get, (item) => items.push({ json: item }));
			return [items];
		},
	});
	return runnerOf(h, nodeType);
}

/**
 * The least any client must do: one token, then page after page until the last. A 429 is waited out
 * for a second (Personio's advice) and the page asked again: this client learns the limits from 429s.
 */
function floorRunner() {
	let token;
	const pace = pacer();
	const get = async (url, params) => {
		for (;;) {
			await pace();
			const response = await axios.get(url, {
				params,
				headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
				validateStatus: () => true,
			});
			if (response.status === 429) {
				await new Promise((resolve) => setTimeout(resolve, 1000));
				continue;
			}
			if (response.status >= 400) throw new Error(`HTTP ${response.status} from ${url}`);
			return response.data;
		}
	};
	return async () => {
		if (!token) {
			const form = new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: CLIENT.clientId,
				client_secret: CLIENT.clientSecret,
			});
			const headers = { 'content-type': 'application/x-www-form-urlencoded' };
			token = (await axios.post(`${spec.baseUrl}/v2/auth/token`, form.toString(), { headers })).data
				.access_token;
		}
		const records = [];
		await collect(get, (item) => records.push(item));
		return records.length;
	};
}

(async () => {
	const run = { node: nodeRunner, helper: helperRunner, floor: floorRunner }[spec.kind]();
	const runs = [];
	for (let i = 0; i < (spec.runs || 2); i++) {
		const before = await sandboxStats();
		const started = process.hrtime.bigint();
		const cpuBefore = process.cpuUsage();
		const records = await run();
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		const cpu = process.cpuUsage(cpuBefore);
		const after = await sandboxStats();
		runs.push({
			ms,
			cpuMs: (cpu.user + cpu.system) / 1000,
			records,
			requests: after.requests - before.requests,
			tokenRequests: after.tokenRequests - before.tokenRequests,
			tooMany: ((after.byStatus || {})['429'] || 0) - ((before.byStatus || {})['429'] || 0),
		});
		// The next run starts with the limits' buckets full again, as after a pause between executions.
		if (spec.pauseMs && i + 1 < spec.runs)
			await new Promise((resolve) => setTimeout(resolve, spec.pauseMs));
	}
	const maxRssMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(`${JSON.stringify({ runs, maxRssMb })}\n`);
	process.exit(0);
})().catch((error) => {
	process.stdout.write(
		`${JSON.stringify({
			error: String(error.message || error)
				.split('\n')[0]
				.slice(0, 160),
		})}\n`,
	);
	process.exit(0);
});
