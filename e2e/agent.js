'use strict';
/*
 * examples/ai-agent.json in a real n8n 2.x: n8n's AI Agent with an OpenAI-compatible chat model
 * (pointed at e2e/model-server.js) and the Personio and Personio Recruiting nodes attached as tools.
 * The scripted model asks for the employee named in the prompt, then for the open jobs with the
 * prompt's keyword, then answers with what the tools returned. The write tools (Update an employee,
 * Delete an absence) sit behind n8n's human review (an Email "send and wait for approval" node):
 * the model is offered them wrapped for review, and nothing is written without an approval.
 */
const MODEL_CREDENTIAL = {
	id: 'OpenAiSandbox001',
	name: 'OpenAI (scripted model for the e2e)',
	apiKey: 'sandbox-model-key',
};
const AGENT = 'HR assistant';

/** The n8n credential (for `n8n import:credentials`) that points the OpenAI Chat Model at the script. */
function modelCredentials(url) {
	const { id, name, apiKey } = MODEL_CREDENTIAL;
	return [{ id, name, type: 'openAiApi', data: { apiKey, url, header: false } }];
}

const personioCalls = (sandbox, test) => sandbox.stats().log.filter((e) => test(e));

const expectations = {
	'ai-agent': {
		skip: ({ install }) => (install.major < 2 ? 'the AI Agent checks run on n8n 2.x' : ''),
		// The write tools and their human review run only when the model asks to write.
		mayNotRun: ['Update an employee', 'Delete an absence', 'Approve Personio changes'],
		check({ check, out, sandbox, model, workflow }) {
			const prompt = workflow.nodes.find((n) => n.name === AGENT).parameters.text;
			const email = (/[\w.+-]+@[\w.-]+\.\w+/.exec(prompt) || [''])[0];
			const keyword = (/mentioning\s+"?([\w.-]+)/i.exec(prompt) || [null, ''])[1];
			const employee = sandbox.state.employees.find((e) => e.email === email);
			check('the prompt names a sandbox employee', Boolean(employee), email);
			const calls = model.calls;
			const offered = calls.length
				? (calls[0].body.tools || []).map((t) => (t.function || t).name)
				: [];
			check(
				'n8n offered the model the Personio and Personio Recruiting tools',
				offered.some((n) => /employee/i.test(n)) && offered.some((n) => /job/i.test(n)),
				`tools: ${offered.join(', ') || 'none'}`,
			);
			const gated = (calls.length ? calls[0].body.tools || [] : [])
				.map((t) => t.function || t)
				.filter((t) => /update|delete/i.test(t.name));
			check(
				'the Update and Delete tools are offered behind human review (tool and review parameters)',
				gated.length === 2 &&
					gated.every((t) => {
						const properties = (t.parameters && t.parameters.properties) || {};
						return properties.toolParameters && properties.hitlParameters;
					}),
				() => JSON.stringify(gated).slice(0, 600),
			);
			// The log holds the whole suite: only what came after this run's first Personio call counts.
			const log = sandbox.stats().log;
			const start = log.findIndex(
				(e) => e.route === 'GET /v1/company/employees' && e.query?.email === email,
			);
			const writes = log
				.slice(Math.max(start, 0))
				.filter((e) => /^(DELETE|PATCH|PUT|POST) \/v[12]\/(?!auth)/.test(e.route));
			check('no write reached Personio without an approval', writes.length === 0, () =>
				JSON.stringify(writes.map((e) => e.route)),
			);
			check(
				'the model was called with the credential (three turns: two tool calls, one answer)',
				calls.length === 3 &&
					calls.every((c) => c.authorization === `Bearer ${MODEL_CREDENTIAL.apiKey}`),
				() => JSON.stringify(calls.map((c) => c.step)),
			);
			const lookups = personioCalls(
				sandbox,
				(e) => e.route === 'GET /v1/company/employees' && e.query && e.query.email,
			);
			check(
				'the Personio tool call reached Personio with the email the model chose',
				lookups.length === 1 && lookups[0].query.email === email && lookups[0].status === 200,
				() => JSON.stringify(lookups.map((e) => ({ query: e.query, status: e.status }))),
			);
			const feeds = personioCalls(sandbox, (e) => e.route === 'GET /xml');
			check(
				'the Personio Recruiting tool call read the careers feed',
				feeds.length >= 1 && feeds.every((e) => e.status === 200),
				`${feeds.length} feed read(s)`,
			);
			const answer = String(((out(AGENT)[0] || {}).json || {}).output || '');
			check(
				"the agent's answer holds the employee from Personio",
				Boolean(employee) &&
					[employee.first_name, employee.last_name, employee.email].every((v) =>
						answer.includes(v),
					),
				() => answer.slice(0, 300),
			);
			const published = sandbox.state.jobs.filter((j) => j.published);
			const mentions = (j) =>
				`${j.names.en || ''} ${j.keywords || ''}`.toLowerCase().includes(keyword.toLowerCase());
			const matching = published.filter(mentions);
			const other = published.filter((j) => !matching.includes(j));
			check(
				`the answer lists the open jobs mentioning "${keyword}", and no other`,
				matching.length > 0 &&
					matching.every((j) => answer.includes(j.names.en)) &&
					other.every((j) => !answer.includes(j.names.en)),
				() =>
					`expected ${matching.map((j) => j.names.en).join(', ')}; answer ${answer.slice(0, 300)}`,
			);
		},
	},
};

module.exports = { expectations, modelCredentials };
