'use strict';
/* Sandbox methods that take one HTTP request through routing, faults, auth and the log to its answer. */

const { URL } = require('url');
const U = require('./http-util');
const { problem, v1err, empty, recruitingErrors, fieldError, HttpError } = require('./responses');

module.exports = {
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
	},

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
	},

	familyOf(path) {
		if (path.startsWith('/__sandbox')) return 'control';
		if (path === '/v2/auth/token' || path === '/v2/auth/revoke') return 'auth2';
		if (path === '/v1/auth') return 'auth1';
		if (path.startsWith('/v1/recruiting') || path.startsWith('/recruiting')) return 'recruiting';
		if (path.startsWith('/v1/')) return 'v1';
		if (path.startsWith('/v2/')) return 'v2';
		return 'careers';
	},

	async handle(req, res) {
		const started = Date.now();
		const url = new URL(req.url, `http://${req.headers.host || '127.0.0.1'}`);
		const method = req.method.toUpperCase();
		const path = url.pathname.replace(/\/+$/, '') || '/';
		const family = this.familyOf(path);
		const { route, params, pathMatched } = this.match(method, path);
		const routeKey = route ? `${route.method} ${route.template}` : `${method} ${path}`;
		const { buffer, size, tooBig } = await this.readBody(req);
		const parsed = tooBig
			? { kind: 'other', body: undefined }
			: U.parseBody(buffer, req.headers['content-type']);
		const base = `http://${req.headers.host || `${this.options.host}:${this.port}`}`;
		const ctx = {
			req,
			method,
			path,
			url,
			base,
			family,
			routeKey,
			params: params || {},
			query: url.searchParams,
			headers: req.headers,
			bodyKind: parsed.kind,
			body: parsed.body,
			files: parsed.files || {},
			bodyError: parsed.error,
			rawBody: buffer,
			bodySize: size,
		};

		if (family === 'control') {
			const out = await this.runControl(ctx);
			return this.send(res, out, ctx, null, started, false);
		}

		this.stats.requests++;
		this.stats.byRoute[routeKey] = (this.stats.byRoute[routeKey] || 0) + 1;
		if (routeKey === 'POST /v2/auth/token' || routeKey === 'POST /v1/auth')
			this.stats.tokenRequests++;
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
			else if (fault.type === '429')
				return this.send(res, this.tooMany(family, fault.retryAfter), ctx, entry, started);
			else if (/^5\d\d$/.test(fault.type))
				return this.send(res, this.serverError(Number(fault.type), family), ctx, entry, started);
			else if (fault.type === 'malformed') {
				return this.send(
					res,
					{
						status: 200,
						headers: { 'content-type': 'application/json' },
						body: '{"success":true,"data":[{"type":"Employee","attributes":{"id":',
					},
					ctx,
					entry,
					started,
				);
			} else if (fault.type === 'truncated') post = 'truncated';
		}

		let out;
		try {
			if (tooBig)
				throw new HttpError(
					family === 'recruiting'
						? recruitingErrors(413, [fieldError('file', 'errors.file-too-big')])
						: v1err(413, 'Payload Too Large'),
				);
			if (
				this.options.rateLimit &&
				!this.takeRate(routeKey, family === 'auth2' ? 'auth' : family)
			) {
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
				out =
					family === 'v2'
						? problem(500, 'Internal Server Error', e.message, 'common.internal_server_error')
						: v1err(500, 'Something went wrong');
			}
		}
		if (post === 'truncated' && out && typeof out.body === 'string' && out.body.length > 2) {
			out = {
				...out,
				status: 200,
				body: out.body.slice(0, Math.max(1, Math.floor(out.body.length / 2))),
			};
		}
		if (
			this.options.rotateV1Tokens &&
			family === 'v1' &&
			out.status < 400 &&
			ctx.auth &&
			ctx.auth.kind === 'v1'
		) {
			ctx.auth.record.revoked = true;
			const { token } = this.issueToken('v1', ctx.auth.scope);
			out.headers = { ...out.headers, authorization: `Bearer ${token}` };
		}
		return this.send(res, out, ctx, entry, started);
	},

	serverError(status, family) {
		if (status === 502 || status === 503) {
			const heading = `${status} ${status === 502 ? 'Bad Gateway' : 'Service Temporarily Unavailable'}`;
			return {
				status,
				headers: { 'content-type': 'text/html' },
				body: `<html><head><title>${status}</title></head><body><center><h1>${heading}</h1></center></body></html>`,
			};
		}
		return family === 'v2'
			? problem(
					status,
					'Internal Server Error',
					'An unexpected error occurred.',
					'common.internal_server_error',
				)
			: v1err(status, 'Something went wrong');
	},

	notFound(family) {
		if (family === 'v2')
			return problem(
				404,
				'Not found',
				'The requested resource was not found.',
				'common.requested_resource_not_found',
			);
		if (family === 'careers')
			return {
				status: 404,
				headers: { 'content-type': 'text/html' },
				body: '<html><body>Not found</body></html>',
			};
		return v1err(404, 'Not Found', 404);
	},

	notAllowed(family) {
		if (family === 'v2')
			return problem(
				405,
				'Method not allowed',
				'The requested method is not allowed on this resource.',
				'common.method_not_allowed',
			);
		return v1err(405, 'Method Not Allowed', 405);
	},

	send(res, out, ctx, entry, started) {
		out = out || empty(204);
		if (entry) {
			entry.status = out.status;
			entry.durationMs = Date.now() - started;
			this.stats.byStatus[out.status] = (this.stats.byStatus[out.status] || 0) + 1;
		}
		if (this.options.verbose && ctx.family !== 'control')
			console.log(`[sandbox] ${ctx.method} ${ctx.url.pathname}${ctx.url.search} -> ${out.status}`);
		const body = out.body == null ? '' : out.body;
		const headers = { ...out.headers };
		if (out.status === 204) {
			res.writeHead(204, headers);
			return res.end();
		}
		headers['content-length'] = Buffer.byteLength(body);
		res.writeHead(out.status, headers);
		res.end(body);
	},
};
