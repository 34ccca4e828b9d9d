'use strict';
// Small helpers shared by the queue-mode cluster and its suite: free ports, HTTP calls, waiting.
const net = require('net');
const http = require('http');

const { freePort, sleep } = require('../lib/n8n');

/** n distinct free ports (kept open together so the OS cannot hand out the same one twice). */
async function freePorts(n) {
	const servers = [];
	const ports = [];
	for (let i = 0; i < n; i++) {
		const srv = net.createServer();
		await new Promise((resolve, reject) => {
			srv.on('error', reject);
			srv.listen(0, '127.0.0.1', resolve);
		});
		servers.push(srv);
		ports.push(srv.address().port);
	}
	await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
	return ports;
}

// No keep-alive: an idle pooled socket that the server closes (5 s keep-alive timeout) while it is
// reused gives ECONNRESET / "socket hang up" on a POST that may or may not have arrived.
const agent = new http.Agent({ keepAlive: false, maxSockets: 512 });

/**
 * Minimal JSON HTTP client: request({ url, method, headers, body, timeoutMs }) →
 * { status, headers, body (parsed JSON when possible), text }.
 */
function request({ url, method = 'GET', headers = {}, body, timeoutMs = 120000 }) {
	return new Promise((resolve, reject) => {
		const u = new URL(url);
		const payload =
			body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
		const h = { accept: 'application/json', ...headers };
		if (payload !== undefined) {
			if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type'))
				h['content-type'] = 'application/json';
			h['content-length'] = Buffer.byteLength(payload);
		}
		const req = http.request(u, { method, headers: h, agent, timeout: timeoutMs }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let parsed = text;
				try {
					parsed = text ? JSON.parse(text) : undefined;
				} catch {
					/* not JSON */
				}
				resolve({ status: res.statusCode, headers: res.headers, body: parsed, text });
			});
		});
		req.on('timeout', () =>
			req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${url}`)),
		);
		req.on('error', reject);
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

/** Polls fn() until it returns a truthy value or the time is up; returns that value. */
async function waitFor(fn, { timeoutMs = 60000, intervalMs = 500, what = 'condition' } = {}) {
	const end = Date.now() + timeoutMs;
	let last;
	for (;;) {
		try {
			last = await fn();
			if (last) return last;
		} catch (e) {
			last = e;
		}
		if (Date.now() > end) {
			const why = last instanceof Error ? `: ${last.message}` : '';
			throw new Error(
				`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${why}`,
			);
		}
		await sleep(intervalMs);
	}
}

module.exports = { freePort, freePorts, request, sleep, waitFor };
