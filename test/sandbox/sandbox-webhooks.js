'use strict';
/* Sandbox methods that deliver webhook events to the subscribers registered through /v2/webhooks. */

const http = require('http');
const https = require('https');
const crypto = require('crypto');
const { URL } = require('url');

module.exports = {
	async fireWebhook(b = {}) {
		if (!b.event_name) throw new Error('event_name is required');
		const targets = this.db.webhooks.filter((w) =>
			b.webhook_id
				? w.id === b.webhook_id
				: w.status === 'ENABLED' && w.enabled_events.includes(b.event_name),
		);
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
				const rec = {
					webhook_id: w.id,
					delivery_id: delivery.meta.delivery_id,
					event_name: b.event_name,
					attempt,
					...r,
					sent_at: new Date().toISOString(),
				};
				w.deliveries = w.deliveries || [];
				w.deliveries.push(rec);
				this.db.deliveries.push(rec);
				results.push({ ...rec, body: delivery });
			}
		}
		return results;
	},

	defaultPayload(event) {
		const emp = this.db.employees[0];
		if (event.startsWith('person')) return { person_id: String(emp.id) };
		if (event.startsWith('employment'))
			return { person_id: String(emp.id), employment_id: emp.employment_id };
		if (event.startsWith('absence-period'))
			return {
				person_id: String(emp.id),
				absence_period_id: this.db.absencePeriods[0]
					? this.db.absencePeriods[0].id
					: crypto.randomUUID(),
			};
		if (event.startsWith('attendance-period'))
			return {
				person_id: String(emp.id),
				attendance_period_id: this.db.attendancePeriods[0]
					? this.db.attendancePeriods[0].id
					: crypto.randomUUID(),
			};
		if (event.startsWith('document'))
			return {
				owner_id: String(emp.id),
				document_id: this.db.documents[0] ? this.db.documents[0].id : '1',
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
