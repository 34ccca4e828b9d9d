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
		const deliveries = await http0.get(`${base}/v2/webhooks/${w1.data.id}/deliveries`, auth(t));
		expect(deliveries.data._data).toHaveLength(3);
		expect((await http0.delete(`${base}/v2/webhooks/${w1.data.id}`, auth(t))).status).toBe(204);
		expect((await http0.get(`${base}/v2/webhooks/${w1.data.id}`, auth(t))).status).toBe(404);
		const raw = (await http0.get(`${base}/__sandbox/state/webhooks`)).data;
		expect(raw).toHaveLength(2);
	});
});
