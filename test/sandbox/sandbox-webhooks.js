'use strict';
/* Sandbox methods that deliver webhook events to the subscribers registered through /v2/webhooks. */

const http = require('http');
const https = require('https');
const crypto = require('crypto');
const { URL } = require('url');

/** Personio lists a subscription's events and delivery attempts for 30 days (reference pages below). */
const RETENTION_MS = 30 * 86_400_000;

module.exports = {
	/**
	 * Fires `count` events (default 1) to the subscribers of `event_name` (or to `webhook_id`). Each event
	 * is written to the subscription's event log before delivery, whether or not the delivery succeeds
	 * (https://developer.personio.de/reference/get_v2-webhooks-id-events.md), and every attempt to its
	 * delivery activity (https://developer.personio.de/reference/get_v2-webhooks-id-activity.md).
	 * `times` repeats the same delivery (Personio's retries); `deliver: false` only records the events,
	 * as if the receiver were down and Personio had not tried yet. Without a `payload`, several events
	 * name different employees so that each is a distinct event.
	 */
	async fireWebhook(b = {}) {
		if (!b.event_name) throw new Error('event_name is required');
		const targets = this.db.webhooks.filter((w) =>
			b.webhook_id
				? w.id === b.webhook_id
				: w.status === 'ENABLED' && w.enabled_events.includes(b.event_name),
		);
		const times = Math.max(1, Number(b.times || 1));
		const count = Math.max(1, Number(b.count || 1));
		const results = [];
		for (let n = 0; n < count; n++) {
			const occurredAt = this.nextEventTime();
			const payload = b.payload || this.defaultPayload(b.event_name, count > 1 ? n : 0);
			for (const w of targets) {
				const delivery = {
					company_id: Number(this.options.companyId),
					event_name: b.event_name,
					occurred_at: new Date(occurredAt).toISOString(),
					payload,
					// Personio documents `meta` as a free map; the sandbox's delivery id is its own.
					meta: { delivery_id: crypto.randomUUID() },
				};
				this.recordEvent(w, delivery);
				if (b.deliver === false) {
					results.push({ webhook_id: w.id, delivered: false, body: delivery });
					continue;
				}
				for (let attempt = 1; attempt <= times; attempt++)
					results.push(await this.attempt(w, delivery, attempt));
			}
		}
		return results;
	},

	/** One delivery attempt, recorded in the subscription's activity. */
	async attempt(w, delivery, attempt) {
		const r = await this.deliver(w, delivery);
		const rec = {
			webhook_id: w.id,
			delivery_id: delivery.meta.delivery_id,
			event_name: delivery.event_name,
			occurred_at: delivery.occurred_at,
			attempt,
			...r,
			sent_at: new Date(this.now()).toISOString(),
		};
		w.deliveries = w.deliveries || [];
		w.deliveries.push(rec);
		this.db.deliveries.push(rec);
		return { ...rec, body: delivery };
	},

	/**
	 * Personio's retries, on demand: every logged event of the last 3 days (of `webhook_id`, or of every
	 * ENABLED subscription) that no attempt delivered yet is sent once more
	 * (https://developer.personio.de/reference/webhooks.md: retries for up to 3 days).
	 */
	async retryWebhooks(b = {}) {
		const from = this.now() - 3 * 86_400_000;
		const results = [];
		for (const w of this.db.webhooks) {
			if (b.webhook_id ? w.id !== b.webhook_id : w.status !== 'ENABLED') continue;
			for (const delivery of w.events || []) {
				if (Date.parse(delivery.occurred_at) < from) continue;
				const attempts = (w.deliveries || []).filter(
					(d) => d.delivery_id === delivery.meta.delivery_id,
				);
				if (attempts.some((d) => d.ok)) continue;
				results.push(await this.attempt(w, delivery, attempts.length + 1));
			}
		}
		return results;
	},

	/** Event times strictly increase, so two events fired in the same millisecond stay two events. */
	nextEventTime() {
		const now = this.now();
		this.lastEventTime = Math.max(now, (this.lastEventTime || 0) + 1);
		return this.lastEventTime;
	},

	recordEvent(w, delivery) {
		w.events = (w.events || []).filter(
			(e) => Date.parse(e.occurred_at) >= this.now() - RETENTION_MS,
		);
		w.events.push(delivery);
	},

	/** What Personio still lists: the last 30 days. */
	retained(records, timeField) {
		const from = this.now() - RETENTION_MS;
		return (records || []).filter((r) => Date.parse(r[timeField]) >= from);
	},

	defaultPayload(event, index = 0) {
		const emp = this.db.employees[index % this.db.employees.length];
		const nth = (list) => (list.length ? list[index % list.length] : undefined);
		if (event.startsWith('person')) return { person_id: String(emp.id) };
		if (event.startsWith('employment'))
			return { person_id: String(emp.id), employment_id: emp.employment_id };
		if (event.startsWith('absence-period'))
			return {
				person_id: String(emp.id),
				absence_period_id: (nth(this.db.absencePeriods) || { id: crypto.randomUUID() }).id,
			};
		if (event.startsWith('attendance-period'))
			return {
				person_id: String(emp.id),
				attendance_period_id: (nth(this.db.attendancePeriods) || { id: crypto.randomUUID() }).id,
			};
		if (event.startsWith('document'))
			return {
				owner_id: String(emp.id),
				document_id: (nth(this.db.documents) || { id: '1' }).id,
			};
		return {};
	},

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
			const headers = {
				'content-type': 'application/json',
				'content-length': Buffer.byteLength(body),
				'user-agent': 'Personio-Webhooks (sandbox)',
			};
			if (w.auth_type === 'TOKEN' && w.token) headers.authorization = w.token;
			if (w.auth_type === 'CUSTOM')
				for (const h of w.custom_headers || []) headers[h.name.toLowerCase()] = h.value;
			const lib = target.protocol === 'https:' ? https : http;
			const req = lib.request(
				target,
				{ method: 'POST', headers, timeout: 3000, rejectUnauthorized: false },
				(res) => {
					const chunks = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => {
						const ms = Date.now() - started;
						const ok = res.statusCode >= 200 && res.statusCode < 300 && ms <= 3000;
						resolve({
							status: res.statusCode,
							ok,
							duration_ms: ms,
							response: Buffer.concat(chunks).toString('utf8').slice(0, 500),
						});
					});
				},
			);
			req.on('timeout', () => {
				req.destroy(new Error('timeout (3 s)'));
			});
			req.on('error', (e) =>
				resolve({ status: 0, ok: false, error: e.message, duration_ms: Date.now() - started }),
			);
			req.end(body);
		});
	},
};
