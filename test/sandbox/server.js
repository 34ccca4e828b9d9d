'use strict';
/*
 * Personio sandbox: a local fake of api.personio.de (v1 personnel, v1/v2 auth, v2 resources,
 * recruiting) and the {company}.jobs.personio.de XML feed. Plain Node built-ins only.
 *
 *   const { startSandbox } = require('./server');
 *   const sb = await startSandbox({ employees: 200 });
 *   sb.url // http://127.0.0.1:<port>
 *
 * Behaviour follows Personio's developer hub (https://developer.personio.de/reference and the changelog,
 * https://developer.personio.de/changelog), which wins over the published OpenAPI specs.
 */

const http = require('http');
const crypto = require('crypto');
const D = require('./data');
const F = require('./format');
const U = require('./http-util');
const responses = require('./responses');
const vocabulary = require('./api-vocabulary');

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
	v1MaxLimit: 200, // time-offs / absence-periods / attendances (the v1 spec states no maximum; not verified live)
	v1InvalidTokenStatus: 403, // invalid/expired v1 token -> 403, missing -> 401 (https://developer.personio.de/reference/auth)
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

/** Route modules in matching order: the first route whose path and method match answers. */
const ROUTE_MODULES = [
	require('./routes-auth'),
	require('./routes-attendance'),
	require('./routes-v1-employees'),
	require('./routes-v1-absences'),
	require('./routes-v1-documents-reports'),
	require('./routes-absence-org'),
	require('./routes-v2-absence-writes'),
	require('./routes-v2-people'),
	require('./routes-v2-documents-org'),
	require('./routes-v2-recruiting-reads'),
	require('./routes-v2-webhooks'),
	require('./routes-recruiting'),
];

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
		this.lastEventTime = 0;
		this.stats = {
			tokenRequests: 0,
			tokensIssued: 0,
			requests: 0,
			byRoute: {},
			byStatus: {},
			log: [],
		};
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

	// ------------------------------------------------------------ server ----
	async listen() {
		this.server = http.createServer((req, res) =>
			this.handle(req, res).catch((e) => {
				if (this.options.verbose) console.error('[sandbox] handler crash', e);
				if (!res.headersSent) {
					res.writeHead(500, { 'content-type': 'application/json' });
					res.end(
						JSON.stringify({ success: false, error: { code: 0, message: 'Something went wrong' } }),
					);
				}
			}),
		);
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

	route(method, template, auth, handler) {
		this.routes.push({ method, template, auth, handler, compiled: compile(template) });
	}

	defineRoutes() {
		const deps = { ...responses, ...vocabulary, F, D, U };
		for (const register of ROUTE_MODULES) register(this, deps);
	}
}

Object.assign(
	Sandbox.prototype,
	require('./sandbox-requests'),
	require('./sandbox-auth'),
	require('./sandbox-control'),
	require('./sandbox-lists'),
	require('./sandbox-webhooks'),
	require('./sandbox-employee-changes'),
);

async function startSandbox(options = {}) {
	const sb = new Sandbox(options);
	sb.baseOptions = { ...options };
	await sb.listen();
	const handle = {
		get url() {
			return sb.url;
		},
		get port() {
			return sb.port;
		},
		get state() {
			return sb.db;
		},
		sandbox: sb,
		close: () => sb.close(),
		stats: () => sb.getStats(),
		reset: (opts) => sb.reset(opts),
		fault: (f) => sb.fault(f),
		clearFaults: () => sb.clearFaults(),
		revokeTokens: () => sb.revokeTokens(),
		clock: (b) => sb.clock(b),
		fireWebhook: (b) => sb.fireWebhook(b),
		terminateEmployee: (id, b) => sb.terminateEmployee(id, b),
		deleteEmployee: (id) => sb.deleteEmployee(id),
		deleteRecord: (collection, id) => sb.deleteRecord(collection, id),
		retryWebhooks: (b) => sb.retryWebhooks(b),
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
