// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- tests run in Node, outside n8n
import * as http from 'http';

import { auth, http0, v2Token, openSandbox } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
beforeAll(async () => ({ sb, base } = await openSandbox({ employees: 120, seed: 7 })));
afterAll(async () => await sb.close());

describe('webhooks', () => {
	let receiver: http.Server;
	let rurl: string;
	const received: Json[] = [];
	let failNext = 0;
	beforeAll(async () => {
		receiver = http.createServer((req, res) => {
			let body = '';
			req.on('data', (c) => (body += c));
			req.on('end', () => {
				received.push({ headers: req.headers, body: JSON.parse(body), url: req.url });
				if (failNext > 0) {
					failNext--;
					res.writeHead(500).end();
				} else res.writeHead(200).end('ok');
			});
		});
		await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
		rurl = `http://127.0.0.1:${(receiver.address() as Json).port}`;
	});
	afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

	it('manages subscriptions and delivers events to enabled subscribers with the token verbatim', async () => {
		const t = await v2Token(base);
		const bad = await http0.post(
			`${base}/v2/webhooks`,
			{ url: 'http://example.com/hook', description: 'x', enabled_events: ['person.created'] },
			auth(t),
		);
		expect(bad.status).toBe(422);
		const unknownEvent = await http0.post(
			`${base}/v2/webhooks`,
			{ url: `${rurl}/x`, description: 'x', enabled_events: ['nope.created'] },
			auth(t),
		);
		expect(unknownEvent.status).toBe(422);
		const w1 = await http0.post(
			`${base}/v2/webhooks`,
			{
				url: `${rurl}/a`,
				description: 'enabled',
				status: 'ENABLED',
				auth_type: 'TOKEN',
				token: 's3cr3t-token',
				enabled_events: ['person.created', 'person.updated'],
			},
			auth(t),
		);
		expect(w1.status).toBe(201);
		expect(w1.data.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(w1.data.token).toBeUndefined();
		const w2 = await http0.post(
			`${base}/v2/webhooks`,
			{ url: `${rurl}/b`, description: 'default disabled', enabled_events: ['person.created'] },
			auth(t),
		);
		expect(w2.data.status).toBe('DISABLED');
		expect(w2.data.auth_type).toBe('TOKEN');
		const w3 = await http0.post(
			`${base}/v2/webhooks`,
			{
				url: `${rurl}/c`,
				description: 'other event',
				status: 'ENABLED',
				auth_type: 'NONE',
				enabled_events: ['employment.created'],
			},
			auth(t),
		);
		expect(w3.status).toBe(201);
		expect((await http0.get(`${base}/v2/webhooks`, auth(t))).data._data).toHaveLength(3);

		received.length = 0;
		const fire = await http0.post(`${base}/__sandbox/webhooks/fire`, {
			event_name: 'person.created',
			payload: { person_id: '1000' },
			times: 2,
		});
		expect(fire.status).toBe(200);
		expect(fire.data).toHaveLength(2);
		expect(received).toHaveLength(2);
		expect(received.every((r) => r.url === '/a')).toBe(true);
		expect(received[0].headers.authorization).toBe('s3cr3t-token');
		expect(received[0].body).toEqual({
			company_id: 1234,
			event_name: 'person.created',
			occurred_at: expect.any(String),
			payload: { person_id: '1000' },
			meta: { delivery_id: expect.any(String) },
		});
		expect(received[1].body.meta.delivery_id).toBe(received[0].body.meta.delivery_id);
		expect(fire.data.map((d: Json) => d.status)).toEqual([200, 200]);

		failNext = 1;
		const f2 = await sb.fireWebhook({ event_name: 'employment.created' });
		expect(f2).toHaveLength(1);
		expect(f2[0].status).toBe(500);
		expect(f2[0].ok).toBe(false);
		expect(received[received.length - 1].headers.authorization).toBeUndefined();
		expect(received[received.length - 1].body.payload.employment_id).toBeTruthy();

		const patched = await http0.patch(
			`${base}/v2/webhooks/${w2.data.id}`,
			{ status: 'ENABLED' },
			auth(t),
		);
		expect(patched.data.status).toBe('ENABLED');
		const f3 = await sb.fireWebhook({ event_name: 'person.created' });
		expect(f3.map((d: Json) => d.webhook_id).sort()).toEqual([w1.data.id, w2.data.id].sort());
		const activity = await http0.get(`${base}/v2/webhooks/${w1.data.id}/activity`, auth(t));
		expect(activity.data._data).toHaveLength(3);
		expect((await http0.get(`${base}/v2/webhooks/${w1.data.id}/deliveries`, auth(t))).status).toBe(
			404,
		);
		expect((await http0.delete(`${base}/v2/webhooks/${w1.data.id}`, auth(t))).status).toBe(204);
		expect((await http0.get(`${base}/v2/webhooks/${w1.data.id}`, auth(t))).status).toBe(404);
		const raw = (await http0.get(`${base}/__sandbox/state/webhooks`)).data;
		expect(raw).toHaveLength(2);
	});

	it('keeps 30 days of events per subscription, delivered or not, with the documented filters', async () => {
		const t = await v2Token(base);
		const down = await http0.post(
			`${base}/v2/webhooks`,
			{
				url: 'http://127.0.0.1:9/down',
				description: 'receiver down',
				status: 'ENABLED',
				auth_type: 'NONE',
				enabled_events: ['person.updated', 'person.deleted'],
			},
			auth(t),
		);
		const id = down.data.id;
		const fired = await http0.post(`${base}/__sandbox/webhooks/fire`, {
			event_name: 'person.updated',
			count: 30,
			webhook_id: id,
		});
		expect(fired.data.every((d: Json) => d.ok === false)).toBe(true);
		await sb.fireWebhook({ event_name: 'person.deleted', webhook_id: id, deliver: false });

		const first = await http0.get(`${base}/v2/webhooks/${id}/events?limit=20`, auth(t));
		expect(first.status).toBe(200);
		expect(first.data._data).toHaveLength(20);
		expect(first.data._data[0]).toEqual({
			company_id: 1234,
			event_name: 'person.updated',
			occurred_at: expect.any(String),
			payload: { person_id: expect.any(String) },
			meta: expect.any(Object),
		});
		const next = await http0.get(first.data._meta.links.next.href, auth(t));
		const all = [...first.data._data, ...next.data._data];
		expect(all).toHaveLength(31);
		expect(new Set(all.map((e: Json) => e.occurred_at)).size).toBe(31);
		expect(new Set(all.slice(0, 30).map((e: Json) => e.payload.person_id)).size).toBe(30);

		const deleted = await http0.get(
			`${base}/v2/webhooks/${id}/events?event_name=person.deleted`,
			auth(t),
		);
		expect(deleted.data._data).toHaveLength(1);
		const from = all[10].occurred_at;
		const to = all[12].occurred_at;
		const window = await http0.get(
			`${base}/v2/webhooks/${id}/events?occurred_at.gte=${from}&occurred_at.lte=${to}`,
			auth(t),
		);
		expect(window.data._data.map((e: Json) => e.occurred_at)).toEqual([
			all[10].occurred_at,
			all[11].occurred_at,
			all[12].occurred_at,
		]);
		expect((await http0.get(`${base}/v2/webhooks/${id}/events?limit=201`, auth(t))).status).toBe(
			400,
		);
		expect(
			(await http0.get(`${base}/v2/webhooks/${id}/events?occurred_at.gte=never`, auth(t))).status,
		).toBe(400);
		expect((await http0.get(`${base}/v2/webhooks/nope/events`, auth(t))).status).toBe(404);

		const failed = await http0.get(
			`${base}/v2/webhooks/${id}/activity?is_delivered=false`,
			auth(t),
		);
		expect(failed.data._data).toHaveLength(30);
		expect(failed.data._data[0]).toMatchObject({
			event_name: 'person.updated',
			is_delivered: false,
		});
		expect(
			(await http0.get(`${base}/v2/webhooks/${id}/activity?is_delivered=true`, auth(t))).data._data,
		).toHaveLength(0);

		// Personio's retries: the receiver is still down, so every event is attempted once more.
		const retried = await http0.post(`${base}/__sandbox/webhooks/retry`, { webhook_id: id });
		expect(retried.data).toHaveLength(31);
		expect(retried.data.every((d: Json) => d.ok === false)).toBe(true);
		expect(retried.data[0].attempt).toBe(2);

		await sb.clock({ advanceSeconds: 31 * 86400 });
		const later = await v2Token(base);
		expect(
			(await http0.get(`${base}/v2/webhooks/${id}/events`, auth(later))).data._data,
		).toHaveLength(0);
		expect(
			(await http0.get(`${base}/v2/webhooks/${id}/activity`, auth(later))).data._data,
		).toHaveLength(0);
	});
});
