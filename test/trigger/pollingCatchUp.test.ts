import nock from 'nock';

import { eventItem, eventKey } from '../../nodes/PersonioTrigger/eventItem';
import { BASE_URL, loadOptionsContext, pollContext } from '../helpers/harness';
import { KEY, node, S, T, TYPE, useTestClock } from './pollingSetup';
import type { Json } from '../helpers/json';

let clock = T;
useTestClock(() => clock);
afterEach(() => nock.cleanAll());

const WEBHOOK = '533e7206-f4a3-11ed-9c8b-436fad0b82d1';
const MIN = 60 * S;

const LISTED = { mode: 'list', value: WEBHOOK };

/** One poll at `now`; `data` is the workflow's static data, shared across polls as in an active workflow. */
async function poll(
	state: Record<string, Json>,
	now: number,
	{ webhook = LISTED as Record<string, unknown>, mode = 'trigger' as 'trigger' | 'manual' } = {},
) {
	clock = now;
	const parameters = { event: 'personioEvents', webhook };
	const { context } = pollContext(node, TYPE, parameters, { staticData: state as never, mode });
	return await node.poll.call(context);
}

/**
 * A fake event log as Personio documents GET /v2/webhooks/{id}/events: `occurred_at.gte/.lte`
 * inclusive, `limit` 1-200, a cursor in the next link; each event in the delivery envelope.
 */
class EventLog {
	events: Record<string, unknown>[] = [];
	requests: URLSearchParams[] = [];
	failNext = false;

	add(at: number, person: number, event_name = 'person.updated') {
		const event = {
			company_id: '4242',
			event_name,
			occurred_at: new Date(at).toISOString(),
			payload: { person_id: String(person) },
			meta: {},
		};
		this.events.push(event);
		return event;
	}

	serve() {
		nock(BASE_URL)
			.persist()
			.get(`/v2/webhooks/${WEBHOOK}/events`)
			.query(true)
			.reply((uri) => {
				const q = new URL(uri, BASE_URL).searchParams;
				this.requests.push(q);
				if (this.failNext) {
					this.failNext = false;
					return [
						403,
						{ errors: [{ title: 'Forbidden', detail: 'Missing scope personio:webhooks:read' }] },
					];
				}
				const limit = Number(q.get('limit') ?? 100);
				if (!(limit >= 1 && limit <= 200)) return [400, { errors: [{ title: 'Invalid limit' }] }];
				const from = Date.parse(q.get('occurred_at.gte') ?? '');
				const to = Date.parse(q.get('occurred_at.lte') ?? '');
				const all = this.events.filter((e) => {
					const at = Date.parse(e.occurred_at as string);
					return (Number.isNaN(from) || at >= from) && (Number.isNaN(to) || at <= to);
				});
				const offset = Number(q.get('cursor') ?? 0);
				const next = offset + limit < all.length ? offset + limit : undefined;
				const nextQuery = new URLSearchParams(q);
				nextQuery.set('cursor', String(next));
				return [
					200,
					{
						_data: all.slice(offset, offset + limit),
						_meta: {
							links: next ? { next: { href: `/v2/webhooks/${WEBHOOK}/events?${nextQuery}` } } : {},
						},
					},
				];
			});
		return this;
	}
}

const emitted = (result: Json) => (result ? result[0].map((item: Json) => item.json) : []);

describe('Polling Trigger > Personio Events (Catch-Up)', () => {
	it('starts at activation: events logged before it are not emitted', async () => {
		const log = new EventLog().serve();
		log.add(T - 40 * 86_400_000 + 1, 1);
		log.add(T - 2 * MIN, 2);
		const data: Record<string, Json> = {};
		expect(await poll(data, T)).toBeNull();
		expect(data[KEY]).toMatchObject({ event: 'personioEvents', mark: T });
		expect(await poll(data, T + MIN)).toBeNull();
	});

	it('emits each event once, in the Personio Trigger item shape with the same eventKey', async () => {
		const log = new EventLog().serve();
		const data: Record<string, Json> = {};
		await poll(data, T);
		const live = log.add(T + 10 * S, 7);
		const items = emitted(await poll(data, T + MIN));
		expect(items).toEqual([eventItem(live)]);
		expect(items[0]).toMatchObject({
			event: 'person.updated',
			personId: '7',
			eventKey: eventKey(live),
		});
		// What the Personio Trigger emits for the live delivery of that event carries the same key.
		expect(eventItem({ ...live, meta: { delivery_id: 'd-1' } }).eventKey).toBe(items[0].eventKey);
		expect(await poll(data, T + 2 * MIN)).toBeNull();
	});

	it('after downtime emits every missed event exactly once, oldest first, across pages', async () => {
		const log = new EventLog().serve();
		const data: Record<string, Json> = {};
		await poll(data, T);
		// n8n is down for two hours while 30 events happen (deliveries fail; Personio logs them all).
		for (let i = 0; i < 30; i++) log.add(T + (i + 1) * 3 * MIN, 100 + i);
		log.add(T + 95 * MIN, 100, 'person.deleted');
		log.requests.length = 0;
		const items = emitted(await poll(data, T + 2 * 60 * MIN));
		expect(items).toHaveLength(31);
		expect(new Set(items.map((item: Json) => item.eventKey)).size).toBe(31);
		expect(items.map((item: Json) => item.occurredAt)).toEqual(
			[...items.map((item: Json) => item.occurredAt)].sort(),
		);
		expect(log.requests[0].get('occurred_at.gte')).toBe(new Date(T - 5 * MIN).toISOString());
		expect(log.requests[0].get('limit')).toBe('200');
		expect(await poll(data, T + 2 * 60 * MIN + MIN)).toBeNull();
		// The state stays small: the mark and the keys of the last five minutes.
		const state = data[KEY];
		expect(state.mark).toBe(T + 95 * MIN);
		expect(state.seen.length).toBeLessThanOrEqual(2);
	});

	it('reads a little before the mark, so an event Personio logs late is still emitted', async () => {
		const log = new EventLog().serve();
		const data: Record<string, Json> = {};
		await poll(data, T);
		log.add(T + 2 * MIN, 1);
		expect(emitted(await poll(data, T + 3 * MIN))).toHaveLength(1);
		// Logged only now, though it occurred before the newest event already emitted.
		log.add(T + 2 * MIN - 30 * S, 2);
		const late = emitted(await poll(data, T + 4 * MIN));
		expect(late.map((item: Json) => item.personId)).toEqual(['2']);
	});

	it('a failed read leaves the state as it was; the next poll emits the events', async () => {
		const log = new EventLog().serve();
		const data: Record<string, Json> = {};
		await poll(data, T);
		log.add(T + 10 * S, 1);
		const before = JSON.parse(JSON.stringify(data));
		log.failNext = true;
		await expect(poll(data, T + MIN)).rejects.toThrow();
		expect(data).toEqual(before);
		expect(emitted(await poll(data, T + 2 * MIN))).toHaveLength(1);
	});

	it('finds the subscription by the Personio Trigger production URL', async () => {
		const url = 'https://n8n.example.com/webhook/abc/webhook';
		nock(BASE_URL)
			.persist()
			.get('/v2/webhooks')
			.query(true)
			.reply(200, {
				_data: [
					{ id: 'other', url: 'https://n8n.example.com/webhook/zzz/webhook' },
					{ id: WEBHOOK, url },
				],
				_meta: { links: {} },
			});
		const log = new EventLog().serve();
		const data: Record<string, Json> = {};
		const locator = { mode: 'url', value: url };
		await poll(data, T, { webhook: locator });
		log.add(T + 10 * S, 3);
		expect(emitted(await poll(data, T + MIN, { webhook: locator }))).toHaveLength(1);

		// Behind a proxy n8n may show another host: the trigger's path (its own UUID) still finds it.
		const proxied: Record<string, Json> = {};
		const proxiedLocator = { mode: 'url', value: 'http://localhost:5678/webhook/abc/webhook' };
		await poll(proxied, T, { webhook: proxiedLocator });
		expect(proxied[KEY]).toMatchObject({ event: 'personioEvents' });

		const missing: Record<string, Json> = {};
		const missingLocator = { mode: 'url', value: 'https://n8n.example.com/webhook/none' };
		await expect(poll(missing, T, { webhook: missingLocator })).rejects.toThrow(
			'No Personio webhook subscription has the URL https://n8n.example.com/webhook/none',
		);
	});

	it('refuses an ID that could change the request path, before any request', async () => {
		const data: Record<string, Json> = {};
		const locator = { mode: 'id', value: '../persons' };
		await expect(poll(data, T, { webhook: locator })).rejects.toThrow('Webhook must be an ID');
	});

	it('a manual run shows recent events and leaves the active state alone', async () => {
		const log = new EventLog().serve();
		for (let i = 0; i < 8; i++) log.add(T - (i + 1) * 86_400_000, i);
		const staticData = { [KEY]: { event: 'personioEvents', mark: T - MIN, seen: [] } };
		const data: Record<string, Json> = staticData;
		const items = emitted(await poll(data, T, { mode: 'manual' }));
		expect(items).toHaveLength(5);
		expect(items[0].personId).toBe('0');
		expect(data[KEY]).toEqual({ event: 'personioEvents', mark: T - MIN, seen: [] });
	});

	it('lists the webhook subscriptions to pick from, by description and URL', async () => {
		nock(BASE_URL)
			.get('/v2/webhooks')
			.query({ limit: 100 })
			.reply(200, {
				_data: [
					{
						id: WEBHOOK,
						url: 'https://n8n.example.com/webhook/abc/webhook',
						description: 'n8n: HR sync',
					},
					{ id: 'w-2', url: 'https://other.example.com/hook', description: 'Payroll' },
				],
				_meta: { links: {} },
			});
		const context = loadOptionsContext(node, TYPE, { event: 'personioEvents' });
		const found = await node.methods.listSearch.searchWebhooks.call(context, 'hr sync');
		expect(found).toEqual({
			results: [
				{ name: 'n8n: HR sync (https://n8n.example.com/webhook/abc/webhook)', value: WEBHOOK },
			],
			paginationToken: undefined,
		});
	});
});
