'use strict';
/* v2 webhook subscriptions (/v2/webhooks), their event log and delivery activity; events are fired by sandbox-webhooks.js. */

const crypto = require('crypto');
const { notFound, unprocessable, bodyObject } = require('./v2-request');

module.exports = function registerV2Webhooks(
	sb,
	{ json, problem, empty, HttpError, F, WEBHOOK_EVENTS },
) {
	function validateWebhook(b, partial) {
		const errs = [];
		if (!partial || b.url !== undefined) {
			let u = null;
			try {
				u = new URL(b.url);
			} catch (e) {
				errs.push('url must be a valid absolute URL');
			}
			if (
				u &&
				u.protocol !== 'https:' &&
				!(u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname))
			)
				errs.push('url must use HTTPS');
		}
		if (!partial || b.description !== undefined)
			if (!b.description || !String(b.description).trim()) errs.push('description is required');
		if (!partial || b.enabled_events !== undefined) {
			if (!Array.isArray(b.enabled_events) || !b.enabled_events.length)
				errs.push('enabled_events must be a non-empty array');
			else
				for (const e of b.enabled_events)
					if (!WEBHOOK_EVENTS.includes(e)) errs.push(`unknown event ${e}`);
		}
		if (b.status !== undefined && !['ENABLED', 'DISABLED'].includes(b.status))
			errs.push('status must be ENABLED or DISABLED');
		if (b.auth_type !== undefined && !['NONE', 'TOKEN', 'CUSTOM'].includes(b.auth_type))
			errs.push('auth_type must be NONE, TOKEN or CUSTOM');
		if (
			b.custom_headers !== undefined &&
			(!Array.isArray(b.custom_headers) || b.custom_headers.length > 3)
		)
			errs.push('custom_headers must be an array of at most 3 headers');
		if (errs.length) throw new HttpError(unprocessable(errs.join('; ')));
	}
	sb.route('POST', '/v2/webhooks', 'v2', function (ctx) {
		const b = bodyObject(ctx);
		validateWebhook(b, false);
		if (this.db.webhooks.some((w) => w.url === b.url))
			return problem(
				409,
				'Conflict',
				'A webhook with this URL already exists.',
				'webhooks.conflict',
			);
		const now = this.now();
		const w = {
			id: crypto.randomUUID(),
			url: b.url,
			description: b.description,
			status: b.status || 'DISABLED',
			auth_type: b.auth_type || 'TOKEN',
			token: b.token || null,
			custom_headers: b.custom_headers || [],
			enabled_events: b.enabled_events,
			created_at: now,
			updated_at: now,
			deliveries: [],
		};
		this.db.webhooks.push(w);
		return json(201, F.v2Webhook(w));
	});
	sb.route('GET', '/v2/webhooks', 'v2', function (ctx) {
		return this.v2List(ctx, this.db.webhooks, F.v2Webhook, { min: 1, max: 100, dflt: 100 });
	});
	sb.route('GET', '/v2/webhooks/{id}', 'v2', function (ctx) {
		const w = this.db.webhooks.find((x) => x.id === ctx.params.id);
		return w ? json(200, F.v2Webhook(w)) : notFound();
	});
	/*
	 * The subscription's event log, 30 days (https://developer.personio.de/reference/get_v2-webhooks-id-events.md):
	 * filters `occurred_at.gte`/`.lte` (date-time), `event_name`, and `limit` (1-200, default 100) and
	 * `cursor` as on GET /v2/webhooks (https://developer.personio.de/reference/get_v2-webhooks.md).
	 * Assumption (the page's response schema could not be read in full): each event is listed in the
	 * delivery envelope Personio documents for webhooks, `company_id`, `event_name`, `occurred_at`,
	 * `payload`, `meta` (https://developer.personio.de/reference/webhooks.md), oldest first.
	 */
	sb.route('GET', '/v2/webhooks/{id}/events', 'v2', function (ctx) {
		const w = this.db.webhooks.find((x) => x.id === ctx.params.id);
		if (!w) return notFound();
		let events = this.retained(w.events, 'occurred_at');
		events = this.v2TimeFilters(ctx, events, 'occurred_at', (e) => Date.parse(e.occurred_at));
		const name = ctx.query.get('event_name');
		if (name) events = events.filter((e) => e.event_name === name);
		return this.v2List(ctx, events, (e) => ({ ...e }), { min: 1, max: 200, dflt: 100 });
	});
	/*
	 * Delivery attempts, 30 days (https://developer.personio.de/reference/get_v2-webhooks-id-activity.md;
	 * changelog "Webhooks – GET Delivery Activity"): filters `completed_at.gte`/`.lte`, `event_name`,
	 * `is_delivered` (true: answered 2xx), `limit`, `cursor`. Assumption (response schema not readable in
	 * full): each attempt lists `event_name`, `occurred_at`, `completed_at`, `is_delivered`, `status_code`.
	 */
	sb.route('GET', '/v2/webhooks/{id}/activity', 'v2', function (ctx) {
		const w = this.db.webhooks.find((x) => x.id === ctx.params.id);
		if (!w) return notFound();
		let attempts = this.retained(w.deliveries, 'sent_at');
		attempts = this.v2TimeFilters(ctx, attempts, 'completed_at', (d) => Date.parse(d.sent_at));
		const name = ctx.query.get('event_name');
		if (name) attempts = attempts.filter((d) => d.event_name === name);
		const delivered = ctx.query.get('is_delivered');
		if (delivered !== null) {
			if (!['true', 'false'].includes(delivered))
				throw new HttpError(unprocessable('is_delivered must be true or false'));
			attempts = attempts.filter((d) => d.ok === (delivered === 'true'));
		}
		return this.v2List(
			ctx,
			attempts,
			(d) => ({
				event_name: d.event_name,
				occurred_at: d.occurred_at,
				completed_at: d.sent_at,
				is_delivered: d.ok,
				status_code: d.status || null,
			}),
			{ min: 1, max: 200, dflt: 100 },
		);
	});
	sb.route('PATCH', '/v2/webhooks/{id}', 'v2', function (ctx) {
		const w = this.db.webhooks.find((x) => x.id === ctx.params.id);
		if (!w) return notFound();
		const b = bodyObject(ctx);
		validateWebhook(b, true);
		for (const k of [
			'url',
			'description',
			'status',
			'auth_type',
			'token',
			'custom_headers',
			'enabled_events',
		])
			if (b[k] !== undefined) w[k] = b[k];
		w.updated_at = this.now();
		return json(200, F.v2Webhook(w));
	});
	sb.route('DELETE', '/v2/webhooks/{id}', 'v2', function (ctx) {
		const i = this.db.webhooks.findIndex((x) => x.id === ctx.params.id);
		if (i < 0) return notFound();
		this.db.webhooks.splice(i, 1);
		return empty(204);
	});
};
