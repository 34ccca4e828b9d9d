'use strict';
/* Sandbox methods the routes share: query parameters, v1 and v2 list pages with cursors, filters. */

const crypto = require('crypto');
const U = require('./http-util');
const { json, problem, v1err, HttpError } = require('./responses');

module.exports = {
	requireEmployee(id, family = 'v1') {
		const emp = /^\d+$/.test(String(id)) ? this.db.employeeById.get(Number(id)) : null;
		if (!emp) {
			if (family === 'v2')
				throw new HttpError(
					problem(
						404,
						'Resource not found',
						'There is no resource for the specified id.',
						'common.resource_not_found',
					),
				);
			throw new HttpError(v1err(404, 'Employee not found', 404));
		}
		return emp;
	},

	intParam(ctx, name, dflt, { min = 0, max = Infinity, message } = {}) {
		const raw = ctx.query.get(name);
		if (raw === null || raw === '') return dflt;
		const n = Number(raw);
		if (!Number.isInteger(n) || n < min || n > max)
			throw new HttpError(
				v1err(400, message || `The ${name} must be an integer between ${min} and ${max}.`, 0),
			);
		return n;
	},

	/** employees[]=1&employees[]=2 ; comma lists are rejected. */
	idArray(ctx, name, { numeric = true } = {}) {
		const vals = ctx.query.getAll(`${name}[]`);
		const plain = ctx.query.getAll(name);
		const all = [...vals, ...plain];
		if (!all.length) return null;
		const out = [];
		for (const v of all) {
			if (v.includes(','))
				throw new HttpError(
					v1err(
						400,
						`The ${name} filter must be passed as repeated ${name}[] parameters, not as a comma separated list.`,
						0,
						{ error_data: { [name]: [`Invalid value '${v}'`] } },
					),
				);
			if (numeric && !/^\d+$/.test(v))
				throw new HttpError(v1err(400, `The ${name}.* field must be an integer.`, 0));
			out.push(numeric ? Number(v) : v);
		}
		return out;
	},

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
		return {
			success: true,
			metadata: { total_elements: total, current_page: current, total_pages: totalPages },
			offset,
			limit,
			data: slice.map(render),
		};
	},

	/**
	 * `invalidLimit` is the answer a list's reference page documents for a limit out of range (project
	 * members: 422 "Invalid limit"); without one the sandbox answers 400 (an assumption, see README).
	 */
	v2List(ctx, items, render, { min = 1, max = 100, dflt = 100, invalidLimit } = {}) {
		const rawLimit = ctx.query.get('limit');
		let limit = dflt;
		if (rawLimit !== null && rawLimit !== '') {
			limit = Number(rawLimit);
			if (!Number.isInteger(limit) || limit < min || limit > max) {
				const [status, title, code] = invalidLimit ?? [400, 'Bad request', 'common.bad_request'];
				throw new HttpError(
					problem(status, title, `The limit must be between ${min} and ${max}.`, code),
				);
			}
		}
		let offset = 0;
		const cursor = ctx.query.get('cursor');
		if (cursor !== null) offset = this.decodeCursor(ctx.path, cursor);
		const slice = items.slice(offset, offset + limit);
		const selfParams = new URLSearchParams(ctx.query);
		const links = {
			self: { href: `${ctx.base}${ctx.path}${selfParams.toString() ? `?${selfParams}` : ''}` },
		};
		if (offset + limit < items.length) {
			const next = new URLSearchParams(ctx.query);
			next.set(
				'cursor',
				this.options.selfReferencingNext && cursor
					? cursor
					: this.encodeCursor(ctx.path, offset + limit),
			);
			if (!next.has('limit')) next.set('limit', String(limit));
			links.next = { href: `${ctx.base}${ctx.path}?${next}` };
		}
		return json(200, { _data: slice.map(render), _meta: { links } });
	},

	encodeCursor(path, offset) {
		const sig = crypto
			.createHmac('sha256', this.secret)
			.update(`${path}|${offset}`)
			.digest('base64url')
			.slice(0, 12);
		return Buffer.from(JSON.stringify({ o: offset, s: sig })).toString('base64url');
	},

	decodeCursor(path, cursor) {
		try {
			const { o, s } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
			const sig = crypto
				.createHmac('sha256', this.secret)
				.update(`${path}|${o}`)
				.digest('base64url')
				.slice(0, 12);
			if (Number.isInteger(o) && o >= 0 && s === sig) return o;
		} catch (e) {
			/* fall through */
		}
		throw new HttpError(
			problem(400, 'Bad request', 'The provided cursor is invalid.', 'common.invalid_cursor'),
		);
	},

	/** updated_at.gt / .lt / .gte / .lte / updated_at (exact) filters on ms timestamps */
	v2TimeFilters(ctx, items, field, getMs) {
		let out = items;
		const ops = {
			gt: (a, b) => a > b,
			lt: (a, b) => a < b,
			gte: (a, b) => a >= b,
			lte: (a, b) => a <= b,
		};
		for (const [op, fn] of Object.entries(ops)) {
			const raw = ctx.query.get(`${field}.${op}`);
			if (raw === null) continue;
			const ms = U.parseDateTime(raw);
			if (Number.isNaN(ms))
				throw new HttpError(
					problem(
						400,
						'Bad request',
						`Provided filter ${field}.${op} is invalid.`,
						'common.bad_request',
					),
				);
			out = out.filter((x) => fn(getMs(x), ms));
		}
		return out;
	},

	v2IdList(ctx, name) {
		const vals = ctx.query.getAll(name);
		if (!vals.length) return null;
		return vals
			.flatMap((v) => v.split(','))
			.map((s) => s.trim())
			.filter(Boolean);
	},

	touch(emp, fields) {
		const t = this.now();
		emp.updated_at = t;
		for (const f of fields) emp.changed[f] = t;
	},
};
