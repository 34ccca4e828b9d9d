'use strict';
// Workflow definitions and n8n public-API helpers for the queue-mode suite.
const crypto = require('crypto');
const { request, sleep, waitFor } = require('./util');

const PKG = 'n8n-nodes-personio';

function personioNode(cluster, name, parameters, position = [300, 0]) {
	const type = `${PKG}.personio`;
	return {
		id: crypto.randomUUID(),
		name,
		type,
		typeVersion: cluster.pack.nodeVersions[type] || 1,
		position,
		parameters,
		credentials: { personioApi: { id: cluster.credential.id, name: cluster.credential.name } },
	};
}

function webhookNode(path, responseMode) {
	return {
		id: crypto.randomUUID(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: crypto.randomUUID(),
		parameters: { httpMethod: 'POST', path, responseMode, options: {} },
	};
}

const chain = (...names) => {
	const connections = {};
	for (let i = 0; i < names.length - 1; i++)
		connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	return connections;
};

/** Webhook (plain n8n node) → Personio employee `op`. */
function webhookToPersonio(cluster, { name, path, responseMode = 'lastNode', parameters }) {
	const hook = webhookNode(path, responseMode);
	const personio = personioNode(cluster, 'Personio', parameters);
	return {
		name,
		nodes: [hook, personio],
		connections: chain('Webhook', 'Personio'),
		settings: { executionOrder: 'v1' },
	};
}

const WORKFLOWS = {
	get: (c) =>
		webhookToPersonio(c, {
			name: 'queue: get employee',
			path: 'q-get',
			parameters: {
				resource: 'employee',
				operation: 'get',
				employeeId: { __rl: true, mode: 'id', value: '={{ $json.body.id }}' },
				simplify: true,
			},
		}),
	list: (c) =>
		webhookToPersonio(c, {
			name: 'queue: get many employees by email',
			path: 'q-list',
			parameters: {
				resource: 'employee',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				filters: { email: '={{ $json.body.email }}' },
				simplify: true,
			},
		}),
	create: (c) =>
		webhookToPersonio(c, {
			name: 'queue: create employee',
			path: 'q-create',
			responseMode: 'onReceived',
			parameters: {
				resource: 'employee',
				operation: 'create',
				firstName: '={{ $json.body.firstName }}',
				lastName: '={{ $json.body.lastName }}',
				email: '={{ $json.body.email }}',
				additionalFields: {},
			},
		}),
	trigger: (c, events) => ({
		name: 'queue: personio trigger',
		nodes: [
			{
				id: crypto.randomUUID(),
				name: 'Personio Trigger',
				type: `${PKG}.personioTrigger`,
				typeVersion: c.pack.nodeVersions[`${PKG}.personioTrigger`] || 1,
				position: [0, 0],
				webhookId: crypto.randomUUID(),
				parameters: { events, fetchFullRecord: false },
				credentials: { personioApi: { id: c.credential.id, name: c.credential.name } },
			},
			{
				id: crypto.randomUUID(),
				name: 'Done',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [300, 0],
				parameters: {},
			},
		],
		connections: chain('Personio Trigger', 'Done'),
		settings: { executionOrder: 'v1' },
	}),
	polling: (c) => ({
		name: 'queue: personio polling trigger',
		nodes: [
			{
				id: crypto.randomUUID(),
				name: 'Personio Polling Trigger',
				type: `${PKG}.personioPollingTrigger`,
				typeVersion: c.pack.nodeVersions[`${PKG}.personioPollingTrigger`] || 1,
				position: [0, 0],
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					event: 'employeeCreated',
					simplify: true,
				},
				credentials: { personioApi: { id: c.credential.id, name: c.credential.name } },
			},
			{
				id: crypto.randomUUID(),
				name: 'Done',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [300, 0],
				parameters: {},
			},
		],
		connections: chain('Personio Polling Trigger', 'Done'),
		settings: { executionOrder: 'v1' },
	}),
};

async function createWorkflow(cluster, def) {
	return cluster.api('POST', '/workflows', def);
}
async function activate(cluster, id) {
	return cluster.api('POST', `/workflows/${id}/activate`);
}
async function deactivate(cluster, id) {
	return cluster.api('POST', `/workflows/${id}/deactivate`);
}

/** Waits until the webhook process knows a production POST webhook at `path` (without running it). */
async function webhookRegistered(cluster, path) {
	await waitFor(
		async () => {
			const r = await request({
				url: `${cluster.webhookUrl}/webhook/${path}`,
				method: 'GET',
				timeoutMs: 5000,
			});
			return r.status !== 404 || /not registered for GET/i.test(r.text);
		},
		{ timeoutMs: 30000, intervalMs: 300, what: `webhook ${path} on the webhook process` },
	);
}

/** Every execution of a workflow (public API, paged), optionally with run data. */
async function executions(cluster, workflowId, includeData = false) {
	const all = [];
	let cursor;
	do {
		const q = `/executions?workflowId=${workflowId}&limit=250&includeData=${includeData}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
		const page = await cluster.api('GET', q);
		all.push(...page.data);
		cursor = page.nextCursor;
	} while (cursor);
	return all;
}

/** Waits until a workflow has `count` executions in a final state; returns them. */
async function settled(
	cluster,
	workflowId,
	count,
	{ timeoutMs = 120000, includeData = false } = {},
) {
	let last = [];
	try {
		await waitFor(
			async () => {
				last = await executions(cluster, workflowId, false);
				const done = last.filter((e) =>
					['success', 'error', 'crashed', 'canceled'].includes(e.status),
				);
				return done.length >= count && done.length === last.length;
			},
			{
				timeoutMs,
				intervalMs: 1000,
				what: `${count} finished executions of workflow ${workflowId}`,
			},
		);
	} catch (e) {
		e.executions = last;
		throw e;
	}
	return includeData ? executions(cluster, workflowId, true) : last;
}

/** The output items of `nodeName` in one execution (public API data shape). */
function nodeOutput(execution, nodeName) {
	const run =
		execution.data &&
		execution.data.resultData &&
		execution.data.resultData.runData &&
		execution.data.resultData.runData[nodeName];
	if (!run || !run[0] || !run[0].data || !run[0].data.main) return [];
	return (run[0].data.main[0] || []).map((i) => i.json);
}

module.exports = {
	WORKFLOWS,
	createWorkflow,
	activate,
	deactivate,
	webhookRegistered,
	executions,
	settled,
	nodeOutput,
	sleep,
};
