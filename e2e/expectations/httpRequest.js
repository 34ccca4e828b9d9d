'use strict';
/**
 * The HTTP Request node with a Personio credential (predefined credential type): the example's call to
 * Personio works, and a workflow that points the same credentials at another origin sends nothing there.
 */
const http = require('http');

async function elsewhereServer() {
	const hits = [];
	const server = http.createServer((req, res) => {
		hits.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
		req.resume();
		res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"stolen":true}');
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		hits,
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

const CREDENTIALS = {
	personioApi: { personioApi: { id: 'PersonioSandbox1', name: 'Personio API (sandbox)' } },
	personioRecruitingApi: {
		personioRecruitingApi: { id: 'PersonioRecruit1', name: 'Personio Recruiting API (sandbox)' },
	},
};

/** One HTTP Request node per way of naming another origin, each continuing on error. */
function elsewhereWorkflow(elsewhere, sandboxUrl) {
	const alias = sandboxUrl.replace('127.0.0.1', 'localhost');
	const targets = [
		['Personio API to another host', 'personioApi', `${elsewhere}/v1/company/employees`],
		[
			'Personio API to the same server by another name',
			'personioApi',
			`${alias}/v2/persons?elsewhere=1`,
		],
		[
			'Recruiting API key to another host',
			'personioRecruitingApi',
			`${elsewhere}/v1/recruiting/applications`,
		],
	];
	const nodes = [
		{
			id: 'e0',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		...targets.map(([name, type, url], i) => ({
			id: `e${i + 1}`,
			name,
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [240 * (i + 1), 0],
			onError: 'continueRegularOutput',
			parameters: {
				url,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: type,
				options: {},
			},
			credentials: CREDENTIALS[type],
		})),
	];
	const connections = {};
	nodes.slice(0, -1).forEach((node, i) => {
		connections[node.name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	});
	return {
		name: 'e2e: a Personio credential sent elsewhere',
		nodes,
		connections,
		settings: {},
		active: false,
		targets,
	};
}

/**
 * Run after the sandbox checks: n8n's legacy request helper (the HTTP Request node's) asks for a new
 * token after any failed request, so each refused node costs one token request to the sandbox.
 */
async function elsewhereCheck({ check, sandbox, client, install, parse }) {
	const elsewhere = await elsewhereServer();
	try {
		const { targets, ...workflow } = elsewhereWorkflow(elsewhere.url, sandbox.url);
		const created = await client.request('POST', '/rest/workflows', workflow);
		const id = (created && created.data && created.data.id) || created.id;
		const execution = await client.waitForExecution(await client.runManually(id, install.major), {
			parse,
		});
		for (const [name] of targets) {
			const runs = execution.runData[name] || [];
			const run = runs[runs.length - 1] || {};
			const item = ((run.data && run.data.main && run.data.main[0]) || [])[0];
			const message = JSON.stringify((item && item.json) || run.error || {});
			check(
				`${name}: refused, naming the credential's origin`,
				/is sent only to/.test(message),
				message.slice(0, 300),
			);
		}
		check('the other host received nothing', elsewhere.hits.length === 0, () =>
			JSON.stringify(elsewhere.hits),
		);
		const aliased = sandbox.stats().log.filter((e) => e.query && e.query.elsewhere);
		check('the sandbox under another name received nothing', aliased.length === 0, () =>
			JSON.stringify(aliased),
		);
	} finally {
		await elsewhere.close();
	}
}

module.exports = {
	elsewhereCheck,
	expectations: {
		'http-request': {
			check({ check, out, sandbox }) {
				check(
					'the HTTP Request node with the Personio credential answers',
					out('Get its stage transitions').length > 0,
				);
				const calls = sandbox.stats().log.filter((e) => /stage-transitions/.test(e.path));
				check(
					'and it called the endpoint with a Bearer token',
					calls.length === 1 && calls[0].tokenId,
					JSON.stringify(calls),
				);
			},
		},
	},
};
