'use strict';
/*
 * What the example specs are built from: the sandbox credentials, Personio and Personio Recruiting
 * nodes, a small text file, and `workflow`, which chains nodes into an importable n8n workflow.
 */
const crypto = require('crypto');

const API = { personioApi: { id: 'PersonioSandbox1', name: 'Personio API (sandbox)' } };
const RECRUITING = {
	personioRecruitingApi: { id: 'PersonioRecruit1', name: 'Personio Recruiting API (sandbox)' },
};
const MANUAL = 'When clicking ‘Execute workflow’';

const personio = (parameters, extra = {}) => ({
	type: 'n8n-nodes-personio.personio',
	parameters,
	credentials: API,
	...extra,
});
const recruiting = (parameters, extra = {}) => ({
	type: 'n8n-nodes-personio.personioRecruiting',
	parameters,
	credentials: RECRUITING,
	...extra,
});
const id = (expr) => ({ __rl: true, mode: 'id', value: `={{ ${expr} }}` });
const textFile = (text, fileName) => [
	{
		name: 'Write a small text',
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: {
			assignments: { assignments: [{ id: 'a1', name: 'text', value: text, type: 'string' }] },
			options: {},
		},
	},
	{
		name: 'Convert to File',
		type: 'n8n-nodes-base.convertToFile',
		typeVersion: 1.1,
		parameters: {
			operation: 'toText',
			sourceProperty: 'text',
			binaryPropertyName: 'data',
			options: { fileName },
		},
	},
];

/**
 * A workflow from branches: each branch is a list of nodes chained left to right from the manual
 * trigger. A node given as { ref: 'Name' } continues after an existing node instead ({ ref, output: 1 }:
 * after its second output, such as an If node's false branch).
 */
function workflow(fileId, name, branches, { trigger } = {}) {
	const first = trigger ?? {
		name: MANUAL,
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		parameters: {},
	};
	const nodes = [{ ...first, position: [0, 0] }];
	const connections = {};
	const link = (from, to, output) => {
		connections[from] ??= { main: [] };
		while (connections[from].main.length <= output) connections[from].main.push([]);
		connections[from].main[output].push({ node: to, type: 'main', index: 0 });
	};
	branches.forEach((branch, row) => {
		let previous = first.name;
		let output = 0;
		branch.forEach((node, column) => {
			if (node.ref) {
				previous = node.ref;
				output = node.output ?? 0;
				return;
			}
			nodes.push({ ...node, position: [260 * (column + 1), 220 * row] });
			link(previous, node.name, output);
			previous = node.name;
			output = 0;
		});
	});
	const hash = (s) => crypto.createHash('sha1').update(s).digest('hex');
	return {
		id: fileId,
		name,
		nodes: nodes.map((n) => {
			const h = hash(`${fileId}/${n.name}`);
			const {
				name: nodeName,
				type,
				typeVersion = 1,
				position,
				parameters,
				credentials,
				...rest
			} = n;
			return {
				id: `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`,
				name: nodeName,
				type,
				typeVersion,
				position,
				parameters,
				...(credentials ? { credentials } : {}),
				...rest,
			};
		}),
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};
}

module.exports = { API, personio, recruiting, id, textFile, workflow };
