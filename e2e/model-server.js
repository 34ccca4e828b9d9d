'use strict';
/*
 * A scripted OpenAI-compatible chat model on 127.0.0.1 for the AI Agent checks: it answers
 * POST /v1/chat/completions (plain or streamed) by a fixed script instead of a language model.
 *   1st call: a tool call to the tool whose name matches /employee/i, with the email in the prompt;
 *   2nd call: a tool call to the tool matching /job/i, with the keyword after "mentioning";
 *   3rd call: the final answer, quoting what each tool returned.
 * Every request is kept in `calls` so the e2e can see what n8n sent.
 */
const http = require('http');

function lastUserText(messages) {
	const user = [...messages].reverse().find((m) => m.role === 'user' || m.role === 'human');
	if (!user) return '';
	return typeof user.content === 'string'
		? user.content
		: (user.content || []).map((c) => c.text || '').join(' ');
}

/** What the script answers to one request: { toolCall: { name, args } } or { text }. */
function nextStep(body) {
	const messages = body.messages || [];
	const tools = (body.tools || []).map((t) => (t.function || t).name);
	const results = messages.filter((m) => m.role === 'tool');
	const prompt = lastUserText(messages);
	// The write tools (behind human review) are offered too; the script only reads.
	const employeeTool = tools.find((n) => /employee/i.test(n) && !/update|delete/i.test(n));
	const jobTool = tools.find((n) => /job/i.test(n));
	if (results.length === 0 && employeeTool) {
		const email = (/[\w.+-]+@[\w.-]+\.\w+/.exec(prompt) || [''])[0];
		return { toolCall: { name: employeeTool, args: { email } } };
	}
	if (results.length === 1 && jobTool) {
		const keyword = (/mentioning\s+"?([\w.-]+)/i.exec(prompt) || [null, ''])[1];
		return { toolCall: { name: jobTool, args: { keyword } } };
	}
	const quoted = results.map((r) =>
		typeof r.content === 'string' ? r.content : JSON.stringify(r.content),
	);
	return {
		text: `From Personio: ${quoted.join(' | ') || `no tool was offered (tools: ${tools.join(', ') || 'none'})`}`,
	};
}

function completion(step, model, n) {
	const id = `chatcmpl-scripted-${n}`;
	const created = Math.floor(Date.now() / 1000);
	const usage = { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 };
	if (step.toolCall) {
		const call = {
			id: `call_${n}`,
			type: 'function',
			function: { name: step.toolCall.name, arguments: JSON.stringify(step.toolCall.args) },
		};
		const message = { role: 'assistant', content: null, tool_calls: [call] };
		return {
			id,
			object: 'chat.completion',
			created,
			model,
			choices: [{ index: 0, message, finish_reason: 'tool_calls' }],
			usage,
		};
	}
	const message = { role: 'assistant', content: step.text };
	return {
		id,
		object: 'chat.completion',
		created,
		model,
		choices: [{ index: 0, message, finish_reason: 'stop' }],
		usage,
	};
}

/** The same answer as server-sent events of chat.completion.chunk objects. */
function streamed(res, full) {
	const { message, finish_reason: finish } = full.choices[0];
	const chunk = (delta, finishReason = null, extra = {}) =>
		`data: ${JSON.stringify({ id: full.id, object: 'chat.completion.chunk', created: full.created, model: full.model, choices: [{ index: 0, delta, finish_reason: finishReason }], ...extra })}\n\n`;
	res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
	res.write(chunk({ role: 'assistant', content: '' }));
	if (message.tool_calls)
		res.write(chunk({ tool_calls: message.tool_calls.map((c, index) => ({ index, ...c })) }));
	else res.write(chunk({ content: message.content }));
	res.write(chunk({}, finish, { usage: full.usage }));
	res.end('data: [DONE]\n\n');
}

async function startModelServer() {
	const calls = [];
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (d) => (raw += d));
		req.on('end', () => {
			if (req.method === 'GET' && /\/models$/.test(req.url)) {
				res.writeHead(200, { 'content-type': 'application/json' });
				return res.end(
					JSON.stringify({
						object: 'list',
						data: [{ id: 'scripted-model', object: 'model', owned_by: 'e2e' }],
					}),
				);
			}
			if (req.method !== 'POST' || !/\/chat\/completions$/.test(req.url)) {
				res.writeHead(404, { 'content-type': 'application/json' });
				return res.end(
					JSON.stringify({
						error: { message: `the scripted model has no ${req.method} ${req.url}` },
					}),
				);
			}
			let body = {};
			try {
				body = JSON.parse(raw || '{}');
			} catch {
				res.writeHead(400);
				return res.end();
			}
			const step = nextStep(body);
			calls.push({ body, step, authorization: req.headers.authorization });
			const full = completion(step, body.model || 'scripted-model', calls.length);
			if (body.stream) return streamed(res, full);
			res.writeHead(200, { 'content-type': 'application/json' });
			return res.end(JSON.stringify(full));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}/v1`;
	return { url, calls, close: () => new Promise((resolve) => server.close(resolve)) };
}

module.exports = { startModelServer };
