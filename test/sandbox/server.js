'use strict';
/*
 * Personio sandbox: a local fake of api.personio.de (v1 personnel, v1/v2 auth, v2 resources,
 * recruiting) and the {company}.jobs.personio.de XML feed. Plain Node built-ins only.
 *
 *   const { startSandbox } = require('./server');
 *   const sb = await startSandbox({ employees: 200 });
 *   sb.url // http://127.0.0.1:<port>
 *
 * Behaviour follows shared/personio-api.md (§6 and the §8 corrections win over the specs).
 */

const http = require('http');
const https = require('https');
const crypto = require('crypto');
const { URL } = require('url');
const D = require('./data');
const F = require('./format');
const U = require('./http-util');

const DEFAULTS = {
	port: 0,
	host: '127.0.0.1',
	employees: 50,
	seed: 42,
	clientId: 'sandbox-client-id',
	clientSecret: 'sandbox-client-secret',
	recruitingKey: 'sandbox-recruiting-key',
	companyId: '1234',
	careersCompany: 'acme',
	tokenLifetime: 86400, // seconds, may be fractional
	employeesDefaultLimit: 50, // 2025 pagination changelog; the spec says 10
	employeesMaxLimit: 100,
	v1MaxLimit: 200, // time-offs / absence-periods / attendances (unverified, notes §7)
	v1InvalidTokenStatus: 403, // notes §8: invalid/expired v1 token -> 403, missing -> 401
	rateLimit: false,
	retryAfter: false,
	retryAfterSeconds: 1,
	rateLimits: {}, // override: { 'GET /v1/company/employees': [{ capacity, perMs }] }
	rotateV1Tokens: false, // old Personio: every v1 response carries a fresh Authorization header
	selfReferencingNext: false, // v2 `next` link pointing at the current page (cycle detection tests)
	logLimit: 5000,
	verbose: false,
	maxBodyBytes: 80 * 1024 * 1024,
};

const SYSTEM_PHASES = ['unassigned', 'rejected', 'withdrawn', 'offer', 'accepted'];
const RECRUITING_EXTENSIONS = ['pdf', 'pptx', 'xlsx', 'docx', 'doc', 'xls', 'ppt', 'ods', 'odt', '7z', 'gz', 'rar', 'zip', 'bmp', 'gif', 'jpg', 'png', 'tif', 'csv', 'txt', 'rtf', 'mp4', '3gp', 'mov', 'avi', 'wmv'];
const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'doc', 'jpg', 'zip', 'png', 'txt', 'jpeg', 'odt', 'xlsx', 'rtf', 'htm', 'xls', 'p7s', 'pptx', 'pages', 'rar', 'ppt', 'gif', 'tif', 'html', 'msg', 'asc', 'tiff', 'wps', 'bmp', '7z', 'csv', 'ics', 'vcf', 'dotx', 'numbers', 'eps', 'gz', 'ods', 'otf', 'odp', 'odg', 'rtfd', 'txz', 'webarchive', 'xml', 'xps', 'md', 'fax'];
const MIME = { pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', zip: 'application/zip', doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', rtf: 'application/rtf', mp4: 'video/mp4' };
const WEBHOOK_EVENTS = [
	'person.created', 'person.updated', 'person.deleted',
	'employment.created', 'employment.updated', 'employment.updated.cost-centers', 'employment.deleted', 'employment.started', 'employment.terminated',
	'absence-period.created', 'absence-period.updated.status', 'absence-period.updated.timerange', 'absence-period.deleted',
	'attendance-period.created', 'attendance-period.updated', 'attendance-period.deleted',
	'document.created', 'document.updated', 'document.deleted', 'document.signed',
];
const RECORDED_HEADERS = ['x-personio-partner-id', 'x-personio-app-id', 'personio-partner-id', 'personio-app-id', 'beta'];

// ------------------------------------------------------------------ responses ----
function json(status, body, headers = {}) {
	return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
function problem(status, title, detail, code = 'common.bad_request', extra = {}) {
	return {
		status,
		headers: { 'content-type': 'application/problem+json' },
		body: JSON.stringify({
			personio_trace_id: crypto.randomUUID(),
			timestamp: new Date().toISOString(),
			errors: [{ title, detail, type: `https://developer.personio.de/reference/errors#${code}`, _meta: {} }],
			...extra,
		}),
	};
}
function oauthError(status, error, description, meta) {
	return {
		status,
		headers: { 'content-type': 'application/problem+json' },
		body: JSON.stringify({ timestamp: new Date().toISOString(), trace_id: crypto.randomUUID(), error, error_description: description, error_uri: 'https://developer.personio.de/v2.0/reference/authentication', ...(meta ? { meta } : {}) }),
	};
}
function v1err(status, message, code = 0, extra = {}) {
	return json(status, { success: false, error: { code, message, ...extra } });
}
function empty(status, headers = {}) {
	return { status, headers, body: '' };
}
function recruitingErrors(status, errors) {
	return json(status, { errors });
}
const fieldError = (field, reason, context) => ({ field, errors: [{ reason, ...(context ? { context } : {}) }] });

class HttpError extends Error {
	constructor(response) {
		super('http error');
		this.response = response;
	}
}

// ------------------------------------------------------------------ routing ----
function compile(template) {
	const keys = [];
	const re = template.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, k) => {
		keys.push(k);
		return '([^/]+)';
	});
	return { re: new RegExp(`^${re}/?$`), keys };
}

class Sandbox {
	constructor(options = {}) {
		this.options = { ...DEFAULTS, ...options };
		this.routes = [];
		this.server = null;
		this.url = null;
		this.port = null;
		this.clockOffsetMs = 0;
		this.secret = crypto.randomBytes(16);
		this.sockets = new Set();
		this.defineRoutes();
		this.seed();
	}

	// ------------------------------------------------------------ state ----
	seed() {
		const o = this.options;
		this.db = D.generate(o);
		this.db.employeeById = new Map(this.db.employees.map((e) => [e.id, e]));
		this.db.catalogue = F.attributeCatalogue(this.db);
		this.tokens = new Map();
		this.tokenSeq = 0;
		this.buckets = new Map();
		this.faults = [];
		this.stats = { tokenRequests: 0, tokensIssued: 0, requests: 0, byRoute: {}, byStatus: {}, log: [] };
	}

	get state() {
		return this.db;
	}

	now() {
		return this.frozenAt != null ? this.frozenAt : Date.now() + this.clockOffsetMs;
	}

	reset(opts = {}) {
		const keep = { port: this.options.port, host: this.options.host };
		this.options = { ...DEFAULTS, ...this.baseOptions, ...opts, ...keep };
		this.clockOffsetMs = 0;
		this.frozenAt = null;
		this.seed();
		if (this.db) this.db.baseUrl = this.url;
		return { ok: true, options: this.publicOptions() };
	}

	publicOptions() {
		const { clientSecret, ...rest } = this.options;
		return { ...rest, clientSecret: clientSecret ? '<set>' : undefined };
	}

	getStats() {
		return JSON.parse(JSON.stringify(this.stats));
	}

	revokeTokens() {
		const n = this.tokens.size;
		for (const t of this.tokens.values()) t.revoked = true;
		return { revoked: n };
	}

	fault(spec) {
		const list = Array.isArray(spec) ? spec : [spec];
		for (const f of list) {
			if (!f || !f.type) throw new Error('fault needs a type');
			this.faults.push({ route: f.route || '*', type: String(f.type), count: f.count == null ? 1 : Number(f.count), delayMs: f.delayMs == null ? 2000 : Number(f.delayMs), retryAfter: f.retryAfter });
		}
		return { faults: this.faults };
	}

	clearFaults() {
		this.faults = [];
		return { faults: [] };
	}

	clock(body = {}) {
		if (body.reset) {
			this.clockOffsetMs = 0;
			this.frozenAt = null;
		}
		if (body.freeze === true) this.frozenAt = this.now();
		if (body.freeze === false && this.frozenAt != null) {
			this.clockOffsetMs = this.frozenAt - Date.now();
			this.frozenAt = null;
		}
		const adv = (body.advanceSeconds != null ? Number(body.advanceSeconds) * 1000 : 0) + (body.advanceMs != null ? Number(body.advanceMs) : 0);
		if (this.frozenAt != null) this.frozenAt += adv;
		else this.clockOffsetMs += adv;
		if (body.now) {
			if (this.frozenAt != null) this.frozenAt = Date.parse(body.now);
			else this.clockOffsetMs = Date.parse(body.now) - Date.now();
		}
		return { now: new Date(this.now()).toISOString(), offsetMs: this.clockOffsetMs, frozen: this.frozenAt != null };
	}

	// ------------------------------------------------------------ tokens ----
	issueToken(kind, scope) {
		const token = kind === 'v2' ? `papi-${U.randomToken(32)}` : `${U.randomToken(16)}.${U.randomToken(48)}.${U.randomToken(24)}`;
		const id = `tok-${++this.tokenSeq}`;
		const lifetime = Number(this.options.tokenLifetime);
		const reported = Number.isInteger(lifetime) ? lifetime : Math.max(1, Math.ceil(lifetime)); // specs: integer seconds
		this.tokens.set(token, { id, kind, scope, issuedAt: this.now(), expiresAt: this.now() + lifetime * 1000, revoked: false, uses: 0 });
		this.stats.tokensIssued++;
		return { token, id, lifetime: reported };
	}

	tokenInfo(authHeader) {
		if (!authHeader) return null;
		const m = /^Bearer\s+(.+)$/i.exec(String(authHeader).trim());
		const raw = m ? m[1].trim() : String(authHeader).trim();
		const t = this.tokens.get(raw);
		return t ? { raw, ...t, valid: !t.revoked && t.expiresAt > this.now(), record: t } : { raw, valid: false, id: raw === this.options.recruitingKey ? 'recruiting-key' : 'unknown' };
	}

	// ------------------------------------------------------------ rate limiting ----
	rateRules(routeKey, family) {
		const o = this.options;
		const rules = [];
		const add = (key, limits) => rules.push({ key, limits: o.rateLimits[key] || limits });
		if (routeKey === 'POST /v1/auth') add('POST /v1/auth', [{ capacity: 60, perMs: 60000 }]);
		if (routeKey === 'POST /v2/auth/token') add('POST /v2/auth/token', [{ capacity: 150, perMs: 60000 }]);
		// 300/min with bursts of 15: a bucket of 15 refilled at 5/s (a full 300 bucket would let 300 through at 15/s).
		if (routeKey === 'GET /v1/company/employees') add('GET /v1/company/employees', [{ capacity: 15, perMs: 3000 }]);
		if (routeKey === 'POST /v1/company/documents') add('POST /v1/company/documents', [{ capacity: 60, perMs: 60000 }]);
		if (routeKey === 'POST /v1/recruiting/applications') add('POST /v1/recruiting/applications', [{ capacity: 100, perMs: 60000 }]);
		if (family === 'v1') add('v1-global', [{ capacity: 2000, perMs: 60000 }]);
		if (family === 'v2') add('v2-global', [{ capacity: 600, perMs: 60000 }]);
		return rules;
	}

	takeRate(routeKey, family) {
		const now = Date.now();
		const rules = this.rateRules(routeKey, family);
		const states = [];
		for (const rule of rules) {
			rule.limits.forEach((lim, i) => {
				const key = `${rule.key}#${i}`;
				let b = this.buckets.get(key);
				if (!b) {
					b = { tokens: lim.capacity, last: now };
					this.buckets.set(key, b);
				}
				b.tokens = Math.min(lim.capacity, b.tokens + ((now - b.last) * lim.capacity) / lim.perMs);
				b.last = now;
				states.push(b);
			});
		}
		if (states.some((b) => b.tokens < 1)) return false;
		for (const b of states) b.tokens -= 1;
		return true;
	}

	tooMany(family, retryAfter) {
		const headers = {};
		const ra = retryAfter != null ? retryAfter : this.options.retryAfter ? this.options.retryAfterSeconds : null;
		if (ra != null && ra !== false) headers['retry-after'] = String(ra);
		let res;
		if (family === 'v2' || family === 'auth2') res = problem(429, 'Too Many Requests', 'You have exceeded the rate limit.', 'common.too_many_requests');
		else if (family === 'recruiting') res = recruitingErrors(429, [{ id: crypto.randomUUID(), status: '429', title: 'Too Many Requests', detail: 'You have exceeded the rate-limit for your API call.' }]);
		else res = v1err(429, 'Too Many Requests', 429);
		Object.assign(res.headers, headers);
		return res;
	}

	// ------------------------------------------------------------ server ----
	async listen() {
		this.server = http.createServer((req, res) => this.handle(req, res).catch((e) => {
			if (this.options.verbose) console.error('[sandbox] handler crash', e);
			if (!res.headersSent) {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ success: false, error: { code: 0, message: 'Something went wrong' } }));
			}
		}));
		this.server.keepAliveTimeout = 1000;
		this.server.on('connection', (s) => {
			this.sockets.add(s);
			s.on('close', () => this.sockets.delete(s));
		});
		await new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(this.options.port, this.options.host, resolve);
		});
		this.port = this.server.address().port;
		this.url = `http://${this.options.host}:${this.port}`;
		this.db.baseUrl = this.url;
		return this;
	}

	async close() {
		if (!this.server) return;
		const srv = this.server;
		this.server = null;
		await new Promise((resolve) => {
			srv.close(() => resolve());
			for (const s of this.sockets) s.destroy();
		});
	}

	readBody(req) {
		return new Promise((resolve, reject) => {
			const chunks = [];
			let size = 0;
			let tooBig = false;
			req.on('data', (c) => {
				size += c.length;
				if (size > this.options.maxBodyBytes) tooBig = true;
				else chunks.push(c);
			});
			req.on('end', () => resolve({ buffer: Buffer.concat(chunks), size, tooBig }));
			req.on('error', reject);
		});
	}

	match(method, path) {
		let pathMatched = false;
		for (const r of this.routes) {
			const m = r.compiled.re.exec(path);
			if (!m) continue;
			pathMatched = true;
			if (r.method !== method) continue;
			const params = {};
			r.compiled.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
			return { route: r, params };
		}
		return { route: null, pathMatched };
	}

	familyOf(path) {
		if (path.startsWith('/__sandbox')) return 'control';
		if (path === '/v2/auth/token' || path === '/v2/auth/revoke') return 'auth2';
		if (path === '/v1/auth') return 'auth1';
		if (path.startsWith('/v1/recruiting') || path.startsWith('/recruiting')) return 'recruiting';
		if (path.startsWith('/v1/')) return 'v1';
		if (path.startsWith('/v2/')) return 'v2';
		return 'careers';
	}

	async handle(req, res) {
		const started = Date.now();
		const url = new URL(req.url, `http://${req.headers.host || '127.0.0.1'}`);
		const method = req.method.toUpperCase();
		const path = url.pathname.replace(/\/+$/, '') || '/';
		const family = this.familyOf(path);
		const { route, params, pathMatched } = this.match(method, path);
		const routeKey = route ? `${route.method} ${route.template}` : `${method} ${path}`;
		const { buffer, size, tooBig } = await this.readBody(req);
		const parsed = tooBig ? { kind: 'other', body: undefined } : U.parseBody(buffer, req.headers['content-type']);
		const base = `http://${req.headers.host || `${this.options.host}:${this.port}`}`;
		const ctx = {
			req, method, path, url, base, family, routeKey, params: params || {},
			query: url.searchParams, headers: req.headers,
			bodyKind: parsed.kind, body: parsed.body, files: parsed.files || {}, bodyError: parsed.error, rawBody: buffer, bodySize: size,
		};

		if (family === 'control') {
			const out = await this.runControl(ctx);
			return this.send(res, out, ctx, null, started, false);
		}

		this.stats.requests++;
		this.stats.byRoute[routeKey] = (this.stats.byRoute[routeKey] || 0) + 1;
		if (routeKey === 'POST /v2/auth/token' || routeKey === 'POST /v1/auth') this.stats.tokenRequests++;
		const entry = this.logEntry(ctx);

		// faults --------------------------------------------------------------
		const fault = this.takeFault(method, path, routeKey);
		let post = null;
		if (fault) {
			entry.fault = fault.type;
			if (fault.type === 'drop') {
				entry.status = 0;
				req.socket.destroy();
				return;
			}
			if (fault.type === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs));
			else if (fault.type === '429') return this.send(res, this.tooMany(family, fault.retryAfter), ctx, entry, started);
			else if (/^5\d\d$/.test(fault.type)) return this.send(res, this.serverError(Number(fault.type), family), ctx, entry, started);
			else if (fault.type === 'malformed') {
				return this.send(res, { status: 200, headers: { 'content-type': 'application/json' }, body: '{"success":true,"data":[{"type":"Employee","attributes":{"id":' }, ctx, entry, started);
			} else if (fault.type === 'truncated') post = 'truncated';
		}

		let out;
		try {
			if (tooBig) throw new HttpError(family === 'recruiting' ? recruitingErrors(413, [fieldError('file', 'errors.file-too-big')]) : v1err(413, 'Payload Too Large'));
			if (this.options.rateLimit && !this.takeRate(routeKey, family === 'auth2' ? 'auth' : family)) {
				out = this.tooMany(family);
			} else if (!route) {
				out = pathMatched ? this.notAllowed(family) : this.notFound(family);
			} else {
				ctx.auth = this.authenticate(ctx, route);
				out = await route.handler.call(this, ctx);
			}
		} catch (e) {
			if (e instanceof HttpError) out = e.response;
			else {
				if (this.options.verbose) console.error('[sandbox] error', e);
				out = family === 'v2' ? problem(500, 'Internal Server Error', e.message, 'common.internal_server_error') : v1err(500, 'Something went wrong');
			}
		}
		if (post === 'truncated' && out && typeof out.body === 'string' && out.body.length > 2) {
			out = { ...out, status: 200, body: out.body.slice(0, Math.max(1, Math.floor(out.body.length / 2))) };
		}
		if (this.options.rotateV1Tokens && family === 'v1' && out.status < 400 && ctx.auth && ctx.auth.kind === 'v1') {
			ctx.auth.record.revoked = true;
			const { token } = this.issueToken('v1', ctx.auth.scope);
			out.headers = { ...out.headers, authorization: `Bearer ${token}` };
		}
		return this.send(res, out, ctx, entry, started);
	}

	serverError(status, family) {
		if (status === 502 || status === 503) {
			return { status, headers: { 'content-type': 'text/html' }, body: `<html><head><title>${status}</title></head><body><center><h1>${status} ${status === 502 ? 'Bad Gateway' : 'Service Temporarily Unavailable'}</h1></center></body></html>` };
		}
		return family === 'v2' ? problem(status, 'Internal Server Error', 'An unexpected error occurred.', 'common.internal_server_error') : v1err(status, 'Something went wrong');
	}

	notFound(family) {
		if (family === 'v2') return problem(404, 'Not found', 'The requested resource was not found.', 'common.requested_resource_not_found');
		if (family === 'careers') return { status: 404, headers: { 'content-type': 'text/html' }, body: '<html><body>Not found</body></html>' };
		return v1err(404, 'Not Found', 404);
	}

	notAllowed(family) {
		if (family === 'v2') return problem(405, 'Method not allowed', 'The requested method is not allowed on this resource.', 'common.method_not_allowed');
		return v1err(405, 'Method Not Allowed', 405);
	}

	takeFault(method, path, routeKey) {
		for (let i = 0; i < this.faults.length; i++) {
			const f = this.faults[i];
			const r = f.route;
			const hit = r === '*' || r === routeKey || r === `${method} ${path}` || (r.endsWith('*') && `${method} ${path}`.startsWith(r.slice(0, -1)));
			if (!hit) continue;
			f.count--;
			if (f.count <= 0) this.faults.splice(i, 1);
			return f;
		}
		return null;
	}

	logEntry(ctx) {
		const headers = {};
		let tokenId = null;
		for (const [k, v] of Object.entries(ctx.headers)) {
			if (k === 'authorization') {
				const info = this.tokenInfo(v);
				tokenId = info ? info.id : null;
				headers[k] = 'Bearer <redacted>';
			} else headers[k] = v;
		}
		let body = ctx.body;
		if (body && typeof body === 'object') {
			body = JSON.parse(JSON.stringify(body));
			if (body.client_secret) body.client_secret = '<redacted>';
			if (body.token && ctx.path.startsWith('/v2/auth')) body.token = '<redacted>';
		}
		if (typeof body === 'string' && body.length > 2000) body = `${body.slice(0, 2000)}…`;
		const files = Object.fromEntries(Object.entries(ctx.files).map(([k, f]) => [k, { filename: f.filename, size: f.size, contentType: f.contentType }]));
		const entry = {
			time: new Date().toISOString(),
			method: ctx.method,
			path: ctx.path,
			route: ctx.routeKey,
			query: U.queryToObject(ctx.query),
			headers,
			tokenId,
			partnerHeaders: Object.fromEntries(RECORDED_HEADERS.filter((h) => ctx.headers[h] !== undefined).map((h) => [h, ctx.headers[h]])),
			bodyKind: ctx.bodyKind,
			body,
			...(Object.keys(files).length ? { files } : {}),
			status: null,
		};
		this.stats.log.push(entry);
		if (this.stats.log.length > this.options.logLimit) this.stats.log.splice(0, this.stats.log.length - this.options.logLimit);
		return entry;
	}

	send(res, out, ctx, entry, started) {
		out = out || empty(204);
		if (entry) {
			entry.status = out.status;
			entry.durationMs = Date.now() - started;
			this.stats.byStatus[out.status] = (this.stats.byStatus[out.status] || 0) + 1;
		}
		if (this.options.verbose && ctx.family !== 'control') console.log(`[sandbox] ${ctx.method} ${ctx.url.pathname}${ctx.url.search} -> ${out.status}`);
		const body = out.body == null ? '' : out.body;
		const headers = { ...out.headers };
		if (out.status === 204) {
			res.writeHead(204, headers);
			return res.end();
		}
		headers['content-length'] = Buffer.byteLength(body);
		res.writeHead(out.status, headers);
		res.end(body);
	}

	// ------------------------------------------------------------ auth ----
	authenticate(ctx, route) {
		const fam = route.auth;
		if (fam === 'none') return null;
		const header = ctx.headers.authorization;
		if (fam === 'recruiting') {
			const ok = header && header.trim() === `Bearer ${this.options.recruitingKey}` && String(ctx.headers['x-company-id'] || '') === String(this.options.companyId);
			if (!ok) throw new HttpError(recruitingErrors(401, [{ id: crypto.randomUUID(), status: '401', title: 'Unauthorized', detail: 'The API token and/or company id was not recognized.' }]));
			return { kind: 'recruiting' };
		}
		if (fam === 'v1') {
			if (!header) throw new HttpError(v1err(401, 'Authorization is not provided', 401));
			const info = this.tokenInfo(header);
			if (!info || !info.valid || !['v1', 'v2'].includes(info.kind)) {
				const st = Number(this.options.v1InvalidTokenStatus);
				throw new HttpError(v1err(st, 'Provided authorization is not valid', st));
			}
			info.record.uses++;
			return info;
		}
		// v2
		if (!header) throw new HttpError(problem(401, 'Unauthorized', 'Authorization is not provided', 'common.unauthorized'));
		const info = this.tokenInfo(header);
		if (!info || !info.valid || info.kind !== 'v2') throw new HttpError(problem(401, 'Unauthorized', 'Provided authorization is not valid', 'common.unauthorized'));
		info.record.uses++;
		return info;
	}

	// ------------------------------------------------------------ control ----
	async runControl(ctx) {
		const p = ctx.path.replace(/^\/__sandbox/, '') || '/';
		const b = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
		try {
			if (ctx.method === 'GET' && p === '/stats') return json(200, this.getStats());
			if (ctx.method === 'GET' && p === '/log') {
				const r = ctx.query.get('route');
				return json(200, this.stats.log.filter((e) => !r || e.route === r || `${e.method} ${e.path}` === r));
			}
			if (ctx.method === 'POST' && p === '/reset') return json(200, this.reset(b));
			if (ctx.method === 'POST' && p === '/revoke-tokens') return json(200, this.revokeTokens());
			if (ctx.method === 'POST' && p === '/faults') return json(200, this.fault(Array.isArray(ctx.body) ? ctx.body : b));
			if (ctx.method === 'DELETE' && p === '/faults') return json(200, this.clearFaults());
			if (ctx.method === 'GET' && p === '/faults') return json(200, { faults: this.faults });
			if (ctx.method === 'POST' && p === '/clock') return json(200, this.clock(b));
			if (ctx.method === 'GET' && p === '/clock') return json(200, this.clock({}));
			if (ctx.method === 'POST' && p === '/webhooks/fire') return json(200, await this.fireWebhook(b));
			if (ctx.method === 'GET' && p === '/options') return json(200, this.publicOptions());
			if (ctx.method === 'POST' && p === '/token') {
				const { token, lifetime } = this.issueToken(b.kind === 'v1' ? 'v1' : 'v2', b.scope || '');
				return json(200, { access_token: token, expires_in: lifetime });
			}
			const sm = /^\/state\/([\w-]+)$/.exec(p);
			if (ctx.method === 'GET' && sm) {
				const v = this.db[sm[1]];
				if (v === undefined || typeof v === 'function' || v instanceof Map) return json(404, { error: `unknown collection ${sm[1]}`, collections: this.collections() });
				return json(200, serialisable(v));
			}
			if (ctx.method === 'GET' && (p === '/' || p === '/state')) return json(200, { collections: this.collections() });
			return json(404, { error: 'unknown control endpoint' });
		} catch (e) {
			return json(400, { error: e.message });
		}
	}

	collections() {
		return Object.keys(this.db).filter((k) => !['employeeById', 'catalogue', 'baseUrl', 'ids'].includes(k));
	}

	// ------------------------------------------------------------ webhooks ----
	async fireWebhook(b = {}) {
		if (!b.event_name) throw new Error('event_name is required');
		const targets = this.db.webhooks.filter((w) => (b.webhook_id ? w.id === b.webhook_id : w.status === 'ENABLED' && w.enabled_events.includes(b.event_name)));
		const times = Math.max(1, Number(b.times || 1));
		const results = [];
		for (const w of targets) {
			const delivery = {
				company_id: Number(this.options.companyId),
				event_name: b.event_name,
				occurred_at: new Date(this.now()).toISOString(),
				payload: b.payload || this.defaultPayload(b.event_name),
				meta: { delivery_id: crypto.randomUUID() },
			};
			for (let attempt = 1; attempt <= times; attempt++) {
				const r = await this.deliver(w, delivery);
				const rec = { webhook_id: w.id, delivery_id: delivery.meta.delivery_id, event_name: b.event_name, attempt, ...r, sent_at: new Date().toISOString() };
				w.deliveries = w.deliveries || [];
				w.deliveries.push(rec);
				this.db.deliveries.push(rec);
				results.push({ ...rec, body: delivery });
			}
		}
		return results;
	}

	defaultPayload(event) {
		const emp = this.db.employees[0];
		if (event.startsWith('person')) return { person_id: String(emp.id) };
		if (event.startsWith('employment')) return { person_id: String(emp.id), employment_id: emp.employment_id };
		if (event.startsWith('absence-period')) return { person_id: String(emp.id), absence_period_id: this.db.absencePeriods[0] ? this.db.absencePeriods[0].id : crypto.randomUUID() };
		if (event.startsWith('attendance-period')) return { person_id: String(emp.id), attendance_period_id: this.db.attendancePeriods[0] ? this.db.attendancePeriods[0].id : crypto.randomUUID() };
		if (event.startsWith('document')) return { owner_id: String(emp.id), document_id: this.db.documents[0] ? this.db.documents[0].id : '1' };
		return {};
	}

	deliver(w, delivery) {
		return new Promise((resolve) => {
			const started = Date.now();
			let target;
			try {
				target = new URL(w.url);
			} catch (e) {
				return resolve({ status: 0, ok: false, error: 'invalid url', duration_ms: 0 });
			}
			const body = JSON.stringify(delivery);
			const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Personio-Webhooks (sandbox)' };
			if (w.auth_type === 'TOKEN' && w.token) headers.authorization = w.token;
			if (w.auth_type === 'CUSTOM') for (const h of w.custom_headers || []) headers[h.name.toLowerCase()] = h.value;
			const lib = target.protocol === 'https:' ? https : http;
			const req = lib.request(target, { method: 'POST', headers, timeout: 3000, rejectUnauthorized: false }, (res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const ms = Date.now() - started;
					const ok = res.statusCode >= 200 && res.statusCode < 300 && ms <= 3000;
					resolve({ status: res.statusCode, ok, duration_ms: ms, response: Buffer.concat(chunks).toString('utf8').slice(0, 500) });
				});
			});
			req.on('timeout', () => {
				req.destroy(new Error('timeout (3 s)'));
			});
			req.on('error', (e) => resolve({ status: 0, ok: false, error: e.message, duration_ms: Date.now() - started }));
			req.end(body);
		});
	}

	// ------------------------------------------------------------ helpers ----
	route(method, template, auth, handler) {
		this.routes.push({ method, template, auth, handler, compiled: compile(template) });
	}

	requireEmployee(id, family = 'v1') {
		const emp = /^\d+$/.test(String(id)) ? this.db.employeeById.get(Number(id)) : null;
		if (!emp) {
			if (family === 'v2') throw new HttpError(problem(404, 'Resource not found', 'There is no resource for the specified id.', 'common.resource_not_found'));
			throw new HttpError(v1err(404, 'Employee not found', 404));
		}
		return emp;
	}

	intParam(ctx, name, dflt, { min = 0, max = Infinity, message } = {}) {
		const raw = ctx.query.get(name);
		if (raw === null || raw === '') return dflt;
		const n = Number(raw);
		if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(v1err(400, message || `The ${name} must be an integer between ${min} and ${max}.`, 0));
		return n;
	}

	/** employees[]=1&employees[]=2 ; comma lists are rejected. */
	idArray(ctx, name, { numeric = true } = {}) {
		const vals = ctx.query.getAll(`${name}[]`);
		const plain = ctx.query.getAll(name);
		const all = [...vals, ...plain];
		if (!all.length) return null;
		const out = [];
		for (const v of all) {
			if (v.includes(',')) throw new HttpError(v1err(400, `The ${name} filter must be passed as repeated ${name}[] parameters, not as a comma separated list.`, 0, { error_data: { [name]: [`Invalid value '${v}'`] } }));
			if (numeric && !/^\d+$/.test(v)) throw new HttpError(v1err(400, `The ${name}.* field must be an integer.`, 0));
			out.push(numeric ? Number(v) : v);
		}
		return out;
	}

	v1List(items, { limit, offset, mode, render }) {
		const total = items.length;
		const totalPages = Math.ceil(total / limit);
		let slice;
		let current;
		if (mode === 'page') {
			const page = Math.max(1, offset); // offset is a 1-based page number, 0 treated as 1
			slice = items.slice((page - 1) * limit, page * limit);
			current = page;
		} else if (mode === 'record0') {
			slice = items.slice(offset, offset + limit);
			current = Math.floor(offset / limit); // employees: 0-based current_page
		} else {
			slice = items.slice(offset, offset + limit);
			current = Math.floor(offset / limit) + 1;
		}
		return { success: true, metadata: { total_elements: total, current_page: current, total_pages: totalPages }, offset, limit, data: slice.map(render) };
	}

	v2List(ctx, items, render, { min = 1, max = 100, dflt = 100 } = {}) {
		const rawLimit = ctx.query.get('limit');
		let limit = dflt;
		if (rawLimit !== null && rawLimit !== '') {
			limit = Number(rawLimit);
			if (!Number.isInteger(limit) || limit < min || limit > max) throw new HttpError(problem(400, 'Bad request', `The limit must be between ${min} and ${max}.`, 'common.bad_request'));
		}
		let offset = 0;
		const cursor = ctx.query.get('cursor');
		if (cursor !== null) offset = this.decodeCursor(ctx.path, cursor);
		const slice = items.slice(offset, offset + limit);
		const selfParams = new URLSearchParams(ctx.query);
		const links = { self: { href: `${ctx.base}${ctx.path}${selfParams.toString() ? `?${selfParams}` : ''}` } };
		if (offset + limit < items.length) {
			const next = new URLSearchParams(ctx.query);
			next.set('cursor', this.options.selfReferencingNext && cursor ? cursor : this.encodeCursor(ctx.path, offset + limit));
			if (!next.has('limit')) next.set('limit', String(limit));
			links.next = { href: `${ctx.base}${ctx.path}?${next}` };
		}
		return json(200, { _data: slice.map(render), _meta: { links } });
	}

	encodeCursor(path, offset) {
		const sig = crypto.createHmac('sha256', this.secret).update(`${path}|${offset}`).digest('base64url').slice(0, 12);
		return Buffer.from(JSON.stringify({ o: offset, s: sig })).toString('base64url');
	}

	decodeCursor(path, cursor) {
		try {
			const { o, s } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
			const sig = crypto.createHmac('sha256', this.secret).update(`${path}|${o}`).digest('base64url').slice(0, 12);
			if (Number.isInteger(o) && o >= 0 && s === sig) return o;
		} catch (e) {
			/* fall through */
		}
		throw new HttpError(problem(400, 'Bad request', 'The provided cursor is invalid.', 'common.invalid_cursor'));
	}

	/** updated_at.gt / .lt / .gte / .lte / updated_at (exact) filters on ms timestamps */
	v2TimeFilters(ctx, items, field, getMs) {
		let out = items;
		const ops = { gt: (a, b) => a > b, lt: (a, b) => a < b, gte: (a, b) => a >= b, lte: (a, b) => a <= b };
		for (const [op, fn] of Object.entries(ops)) {
			const raw = ctx.query.get(`${field}.${op}`);
			if (raw === null) continue;
			const ms = U.parseDateTime(raw);
			if (Number.isNaN(ms)) throw new HttpError(problem(400, 'Bad request', `Provided filter ${field}.${op} is invalid.`, 'common.bad_request'));
			out = out.filter((x) => fn(getMs(x), ms));
		}
		return out;
	}

	v2IdList(ctx, name) {
		const vals = ctx.query.getAll(name);
		if (!vals.length) return null;
		return vals.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
	}

	touch(emp, fields) {
		const t = this.now();
		emp.updated_at = t;
		for (const f of fields) emp.changed[f] = t;
	}

	// ------------------------------------------------------------ routes ----
	defineRoutes() {
		require('./routes-auth')(this, { json, problem, oauthError, v1err, empty, HttpError });
		require('./routes-attendance')(this, { json, problem, v1err, empty, HttpError, F });
		require('./routes-v1')(this, { json, problem, v1err, empty, HttpError, F, D, U, DOCUMENT_EXTENSIONS, MIME });
		require('./routes-absence-org')(this, { json, problem, empty, F, D, U });
		require('./routes-v2')(this, { json, problem, v1err, empty, HttpError, F, D, U, WEBHOOK_EVENTS });
		require('./routes-recruiting')(this, { json, problem, v1err, empty, HttpError, F, D, U, recruitingErrors, fieldError, RECRUITING_EXTENSIONS, SYSTEM_PHASES, MIME });
	}
}

function serialisable(v) {
	return JSON.parse(JSON.stringify(v, (k, val) => {
		if (val && val.type === 'Buffer' && Array.isArray(val.data)) return { type: 'Buffer', size: val.data.length };
		return val;
	}));
}

async function startSandbox(options = {}) {
	const sb = new Sandbox(options);
	sb.baseOptions = { ...options };
	await sb.listen();
	const handle = {
		get url() { return sb.url; },
		get port() { return sb.port; },
		get state() { return sb.db; },
		sandbox: sb,
		close: () => sb.close(),
		stats: () => sb.getStats(),
		reset: (opts) => sb.reset(opts),
		fault: (f) => sb.fault(f),
		clearFaults: () => sb.clearFaults(),
		revokeTokens: () => sb.revokeTokens(),
		clock: (b) => sb.clock(b),
		fireWebhook: (b) => sb.fireWebhook(b),
		issueToken: (kind = 'v2') => sb.issueToken(kind, '').token,
		log: (route) => sb.getStats().log.filter((e) => !route || e.route === route),
		credentials: {
			clientId: sb.options.clientId,
			clientSecret: sb.options.clientSecret,
			recruitingKey: sb.options.recruitingKey,
			companyId: sb.options.companyId,
			careersCompany: sb.options.careersCompany,
		},
	};
	return handle;
}

module.exports = { startSandbox, Sandbox, DEFAULTS };
