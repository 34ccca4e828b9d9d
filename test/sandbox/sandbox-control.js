'use strict';
/* Sandbox methods behind the /__sandbox control endpoints: request log and stats, faults, clock, raw state. */

const U = require('./http-util');
const { RECORDED_HEADERS } = require('./api-vocabulary');
const { json } = require('./responses');
const { timeOffUuid } = require('./format-v2');

module.exports = {
	getStats() {
		return JSON.parse(JSON.stringify(this.stats));
	},

	revokeTokens() {
		const n = this.tokens.size;
		for (const t of this.tokens.values()) t.revoked = true;
		return { revoked: n };
	},

	fault(spec) {
		const list = Array.isArray(spec) ? spec : [spec];
		for (const f of list) {
			if (!f || !f.type) throw new Error('fault needs a type');
			this.faults.push({
				route: f.route || '*',
				type: String(f.type),
				count: f.count == null ? 1 : Number(f.count),
				delayMs: f.delayMs == null ? 2000 : Number(f.delayMs),
				retryAfter: f.retryAfter,
			});
		}
		return { faults: this.faults };
	},

	clearFaults() {
		this.faults = [];
		return { faults: [] };
	},

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
		const adv =
			(body.advanceSeconds != null ? Number(body.advanceSeconds) * 1000 : 0) +
			(body.advanceMs != null ? Number(body.advanceMs) : 0);
		if (this.frozenAt != null) this.frozenAt += adv;
		else this.clockOffsetMs += adv;
		if (body.now) {
			if (this.frozenAt != null) this.frozenAt = Date.parse(body.now);
			else this.clockOffsetMs = Date.parse(body.now) - Date.now();
		}
		return {
			now: new Date(this.now()).toISOString(),
			offsetMs: this.clockOffsetMs,
			frozen: this.frozenAt != null,
		};
	},

	/**
	 * Deletes a record as someone in Personio's web app would: employees (Personio's API cannot delete
	 * them), absence periods (day- or hour-based, by the UUID v2 shows) and attendance periods.
	 */
	deleteRecord(collection, id) {
		const db = this.db;
		const remove = (list, match) => {
			const index = list.findIndex(match);
			if (index < 0) return false;
			list.splice(index, 1);
			return true;
		};
		let deleted = false;
		if (collection === 'employees') {
			deleted = this.deleteEmployee(id);
		} else if (collection === 'absence-periods') {
			deleted =
				remove(db.timeOffs, (t) => timeOffUuid(t.id) === id) ||
				remove(db.absencePeriods, (a) => a.id === id);
		} else if (collection === 'attendance-periods') {
			deleted = remove(db.attendancePeriods, (a) => a.id === id);
		} else throw new Error(`cannot delete from ${collection}`);
		return { deleted };
	},

	takeFault(method, path, routeKey) {
		for (let i = 0; i < this.faults.length; i++) {
			const f = this.faults[i];
			const r = f.route;
			const hit =
				r === '*' ||
				r === routeKey ||
				r === `${method} ${path}` ||
				(r.endsWith('*') && `${method} ${path}`.startsWith(r.slice(0, -1)));
			if (!hit) continue;
			f.count--;
			if (f.count <= 0) this.faults.splice(i, 1);
			return f;
		}
		return null;
	},

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
		const files = Object.fromEntries(
			Object.entries(ctx.files).map(([k, f]) => [
				k,
				{ filename: f.filename, size: f.size, contentType: f.contentType },
			]),
		);
		const entry = {
			time: new Date().toISOString(),
			method: ctx.method,
			path: ctx.path,
			route: ctx.routeKey,
			query: U.queryToObject(ctx.query),
			headers,
			tokenId,
			partnerHeaders: Object.fromEntries(
				RECORDED_HEADERS.filter((h) => ctx.headers[h] !== undefined).map((h) => [
					h,
					ctx.headers[h],
				]),
			),
			bodyKind: ctx.bodyKind,
			body,
			...(Object.keys(files).length ? { files } : {}),
			status: null,
		};
		this.stats.log.push(entry);
		if (this.stats.log.length > this.options.logLimit)
			this.stats.log.splice(0, this.stats.log.length - this.options.logLimit);
		return entry;
	},

	async runControl(ctx) {
		const p = ctx.path.replace(/^\/__sandbox/, '') || '/';
		const b = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
		try {
			if (ctx.method === 'GET' && p === '/stats') return json(200, this.getStats());
			if (ctx.method === 'GET' && p === '/log') {
				const r = ctx.query.get('route');
				return json(
					200,
					this.stats.log.filter((e) => !r || e.route === r || `${e.method} ${e.path}` === r),
				);
			}
			if (ctx.method === 'POST' && p === '/reset') return json(200, this.reset(b));
			if (ctx.method === 'POST' && p === '/revoke-tokens') return json(200, this.revokeTokens());
			if (ctx.method === 'POST' && p === '/faults')
				return json(200, this.fault(Array.isArray(ctx.body) ? ctx.body : b));
			if (ctx.method === 'DELETE' && p === '/faults') return json(200, this.clearFaults());
			if (ctx.method === 'GET' && p === '/faults') return json(200, { faults: this.faults });
			if (ctx.method === 'POST' && p === '/clock') return json(200, this.clock(b));
			if (ctx.method === 'GET' && p === '/clock') return json(200, this.clock({}));
			if (ctx.method === 'POST' && p === '/webhooks/fire')
				return json(200, await this.fireWebhook(b));
			if (ctx.method === 'POST' && p === '/webhooks/retry')
				return json(200, await this.retryWebhooks(b));
			if (ctx.method === 'GET' && p === '/options') return json(200, this.publicOptions());
			if (ctx.method === 'POST' && p === '/token') {
				const { token, lifetime } = this.issueToken(b.kind === 'v1' ? 'v1' : 'v2', b.scope || '');
				return json(200, { access_token: token, expires_in: lifetime });
			}
			const employeeAnswer = await this.employeeControl(ctx.method, p, b);
			if (employeeAnswer) return employeeAnswer;
			const dm = /^\/(employees|absence-periods|attendance-periods)\/([^/]+)$/.exec(p);
			if (ctx.method === 'DELETE' && dm) {
				const result = this.deleteRecord(dm[1], decodeURIComponent(dm[2]));
				return json(result.deleted ? 200 : 404, result);
			}
			const sm = /^\/state\/([\w-]+)$/.exec(p);
			if (ctx.method === 'GET' && sm) {
				const v = this.db[sm[1]];
				if (v === undefined || typeof v === 'function' || v instanceof Map)
					return json(404, {
						error: `unknown collection ${sm[1]}`,
						collections: this.collections(),
					});
				return json(200, serialisable(v));
			}
			if (ctx.method === 'GET' && (p === '/' || p === '/state'))
				return json(200, { collections: this.collections() });
			return json(404, { error: 'unknown control endpoint' });
		} catch (e) {
			return json(400, { error: e.message });
		}
	},

	collections() {
		return Object.keys(this.db).filter(
			(k) => !['employeeById', 'catalogue', 'baseUrl', 'ids'].includes(k),
		);
	},
};

function serialisable(v) {
	return JSON.parse(
		JSON.stringify(v, (k, val) => {
			if (val && val.type === 'Buffer' && Array.isArray(val.data))
				return { type: 'Buffer', size: val.data.length };
			return val;
		}),
	);
}
