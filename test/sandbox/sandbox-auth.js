'use strict';
/* Sandbox methods: issued tokens, who a request is (authenticate), and the rate-limit buckets. */

const crypto = require('crypto');
const U = require('./http-util');
const { problem, v1err, recruitingErrors, HttpError } = require('./responses');

module.exports = {
	issueToken(kind, scope) {
		const token =
			kind === 'v2'
				? `papi-${U.randomToken(32)}`
				: `${U.randomToken(16)}.${U.randomToken(48)}.${U.randomToken(24)}`;
		const id = `tok-${++this.tokenSeq}`;
		const lifetime = Number(this.options.tokenLifetime);
		const reported = Number.isInteger(lifetime) ? lifetime : Math.max(1, Math.ceil(lifetime)); // specs: integer seconds
		this.tokens.set(token, {
			id,
			kind,
			scope,
			issuedAt: this.now(),
			expiresAt: this.now() + lifetime * 1000,
			revoked: false,
			uses: 0,
		});
		this.stats.tokensIssued++;
		return { token, id, lifetime: reported };
	},

	tokenInfo(authHeader) {
		if (!authHeader) return null;
		const m = /^Bearer\s+(.+)$/i.exec(String(authHeader).trim());
		const raw = m ? m[1].trim() : String(authHeader).trim();
		const t = this.tokens.get(raw);
		return t
			? { raw, ...t, valid: !t.revoked && t.expiresAt > this.now(), record: t }
			: {
					raw,
					valid: false,
					id: raw === this.options.recruitingKey ? 'recruiting-key' : 'unknown',
				};
	},

	authenticate(ctx, route) {
		const fam = route.auth;
		if (fam === 'none') return null;
		const header = ctx.headers.authorization;
		if (fam === 'recruiting') {
			const ok =
				header &&
				header.trim() === `Bearer ${this.options.recruitingKey}` &&
				String(ctx.headers['x-company-id'] || '') === String(this.options.companyId);
			if (!ok)
				throw new HttpError(
					recruitingErrors(401, [
						{
							id: crypto.randomUUID(),
							status: '401',
							title: 'Unauthorized',
							detail: 'The API token and/or company id was not recognized.',
						},
					]),
				);
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
		if (!header)
			throw new HttpError(
				problem(401, 'Unauthorized', 'Authorization is not provided', 'common.unauthorized'),
			);
		const info = this.tokenInfo(header);
		if (!info || !info.valid || info.kind !== 'v2')
			throw new HttpError(
				problem(401, 'Unauthorized', 'Provided authorization is not valid', 'common.unauthorized'),
			);
		info.record.uses++;
		return info;
	},

	rateRules(routeKey, family) {
		const o = this.options;
		const rules = [];
		const add = (key, limits) => rules.push({ key, limits: o.rateLimits[key] || limits });
		if (routeKey === 'POST /v1/auth') add('POST /v1/auth', [{ capacity: 60, perMs: 60000 }]);
		if (routeKey === 'POST /v2/auth/token')
			add('POST /v2/auth/token', [{ capacity: 150, perMs: 60000 }]);
		// 300/min with bursts of 15: a bucket of 15 refilled at 5/s (a full 300 bucket would let 300 through at 15/s).
		if (routeKey === 'GET /v1/company/employees')
			add('GET /v1/company/employees', [{ capacity: 15, perMs: 3000 }]);
		if (routeKey === 'POST /v1/company/documents')
			add('POST /v1/company/documents', [{ capacity: 60, perMs: 60000 }]);
		if (routeKey === 'POST /v1/recruiting/applications')
			add('POST /v1/recruiting/applications', [{ capacity: 100, perMs: 60000 }]);
		if (family === 'v1') add('v1-global', [{ capacity: 2000, perMs: 60000 }]);
		if (family === 'v2') add('v2-global', [{ capacity: 600, perMs: 60000 }]);
		return rules;
	},

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
	},

	tooMany(family, retryAfter) {
		const headers = {};
		const ra =
			retryAfter != null
				? retryAfter
				: this.options.retryAfter
					? this.options.retryAfterSeconds
					: null;
		if (ra != null && ra !== false) headers['retry-after'] = String(ra);
		let res;
		if (family === 'v2' || family === 'auth2')
			res = problem(
				429,
				'Too Many Requests',
				'You have exceeded the rate limit.',
				'common.too_many_requests',
			);
		else if (family === 'recruiting')
			res = recruitingErrors(429, [
				{
					id: crypto.randomUUID(),
					status: '429',
					title: 'Too Many Requests',
					detail: 'You have exceeded the rate-limit for your API call.',
				},
			]);
		else res = v1err(429, 'Too Many Requests', 429);
		Object.assign(res.headers, headers);
		return res;
	},
};
