import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import {
	hook,
	KEY,
	listPage,
	node,
	SECRET,
	sha256,
	subscription,
	tokenEndpoint,
	URL,
} from './webhookHelpers';
import type { Json } from '../helpers/json';

beforeAll(fastRetries);

describe('Personio Trigger > description', () => {
	it('is a webhook trigger answering on receipt, with Personio event names', () => {
		const d = node.description;
		expect(d.name).toBe('personioTrigger');
		expect(d.inputs).toEqual([]);
		expect(d.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		]);
		const events = (
			d.properties.find((p) => p.name === 'events')!.options as { value: string }[]
		).map((o) => o.value);
		expect(events).toEqual(
			expect.arrayContaining([
				'person.created',
				'person.updated',
				'person.deleted',
				'employment.created',
				'employment.updated',
				'employment.started',
				'employment.terminated',
				'employment.deleted',
				'absence-period.created',
				'absence-period.updated.status',
				'absence-period.updated.timerange',
				'absence-period.deleted',
				'attendance-period.created',
				'attendance-period.updated',
				'attendance-period.deleted',
				'document.created',
				'document.updated',
				'document.deleted',
				'document.signed',
			]),
		);
		expect((node as Json).poll).toBeUndefined();
	});
});

describe('Personio Trigger > webhook lifecycle', () => {
	it('create registers the exact subscription with a random token and stores id + the digest of the token', async () => {
		tokenEndpoint();
		let sent: Json;
		const api = nock(BASE_URL)
			.post('/v2/webhooks', (body) => {
				sent = body;
				return true;
			})
			.matchHeader('authorization', 'Bearer papi-token-1')
			.reply(201, { id: 'wh-1', url: URL });
		const { context, staticData } = hook(['person.updated', 'employment.created']);

		expect(await node.webhookMethods.default.create.call(context)).toBe(true);

		expect(api.isDone()).toBe(true);
		expect(sent).toEqual({
			url: URL,
			description: 'n8n: Test workflow',
			status: 'ENABLED',
			auth_type: 'TOKEN',
			token: expect.stringMatching(/^[0-9a-f]{64}$/),
			enabled_events: ['employment.created', 'person.updated'],
		});
		expect(staticData[KEY]).toEqual({
			webhookId: 'wh-1',
			webhookSecretDigest: sha256(sent.token),
			webhookEvents: ['employment.created', 'person.updated'],
		});
		expect(JSON.stringify(staticData)).not.toContain(sent.token);
	});

	it('create uses a new secret each time', async () => {
		tokenEndpoint(2);
		const tokens: string[] = [];
		nock(BASE_URL)
			.post('/v2/webhooks', (body) => (tokens.push(body.token), true))
			.times(2)
			.reply(201, { id: 'wh-1' });
		await node.webhookMethods.default.create.call(hook(['person.created']).context);
		await node.webhookMethods.default.create.call(hook(['person.created']).context);
		expect(tokens[0]).not.toBe(tokens[1]);
	});

	it('create maps a Personio error and stores nothing', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.post('/v2/webhooks')
			.reply(422, {
				personio_trace_id: 't',
				errors: [{ title: 'Unprocessable', detail: 'url must use HTTPS' }],
			});
		const { context, staticData } = hook(['person.created']);
		await expect(node.webhookMethods.default.create.call(context)).rejects.toThrow(
			/url must use HTTPS/,
		);
		expect(staticData[KEY] ?? {}).toEqual({});
	});

	it('create refuses an empty event list before any request', async () => {
		const { context } = hook([]);
		await expect(node.webhookMethods.default.create.call(context)).rejects.toThrow(
			/Events must name at least one event/,
		);
	});

	it('checkExists is true for our URL, events and stored secret (across pages); deletes nothing', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/webhooks')
			.query({ limit: 100 })
			.reply(
				200,
				listPage([subscription('other', 'https://elsewhere.example/x', ['person.created'])], 'c2'),
			)
			.get('/v2/webhooks')
			.query({ limit: 100, cursor: 'c2' })
			.reply(200, listPage([subscription('wh-1', URL, ['person.updated', 'person.created'])]));
		const { context } = hook(['person.created', 'person.updated'], {
			[KEY]: {
				webhookId: 'wh-1',
				webhookSecret: SECRET,
				webhookEvents: ['person.created', 'person.updated'],
			},
		});
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('checkExists is false when nothing points to our URL', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/webhooks')
			.query(true)
			.reply(
				200,
				listPage([subscription('other', 'https://elsewhere.example/x', ['person.created'])]),
			);
		const { context, staticData } = hook(['person.created'], {
			[KEY]: { webhookId: 'gone', webhookSecret: SECRET },
		});
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(false);
		expect(staticData[KEY]).toEqual({});
	});

	it('after a restart with lost static data: deletes the unknown-secret subscription, creates one', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/webhooks')
			.query(true)
			.reply(200, listPage([subscription('wh-old', URL, ['person.created'])]))
			.delete('/v2/webhooks/wh-old')
			.reply(204)
			.post('/v2/webhooks')
			.once()
			.reply(201, { id: 'wh-new' });
		const { context, staticData } = hook(['person.created']);
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(false);
		expect(await node.webhookMethods.default.create.call(context)).toBe(true);
		expect(api.isDone()).toBe(true);
		expect((staticData[KEY] as Json).webhookId).toBe('wh-new');
	});

	it('after a restart with static data intact: checkExists is true and nothing is created', async () => {
		tokenEndpoint();
		const created = nock(BASE_URL).post('/v2/webhooks').reply(201, { id: 'dup' });
		nock(BASE_URL)
			.get('/v2/webhooks')
			.query(true)
			.reply(200, listPage([subscription('wh-1', URL, ['person.created'])]));
		const staticData = {
			[KEY]: { webhookId: 'wh-1', webhookSecret: SECRET, webhookEvents: ['person.created'] },
		};
		const { context } = hook(['person.created'], staticData);
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(true);
		expect(created.isDone()).toBe(false);
	});

	it('checkExists replaces a subscription whose events changed or that Personio disabled', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/webhooks')
			.query(true)
			.reply(
				200,
				listPage([
					subscription('wh-1', URL, ['person.created']),
					subscription('wh-2', URL, ['person.updated'], 'DISABLED'),
				]),
			)
			.delete('/v2/webhooks/wh-1')
			.reply(204)
			.delete('/v2/webhooks/wh-2')
			.reply(404, { errors: [{ title: 'Not found' }] });
		const { context, staticData } = hook(['person.updated'], {
			[KEY]: { webhookId: 'wh-2', webhookSecret: SECRET },
		});
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(false);
		expect(api.isDone()).toBe(true);
		expect(staticData[KEY]).toEqual({});
	});

	it('delete removes the subscription and clears the static data', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).delete('/v2/webhooks/wh-1').reply(204);
		const { context, staticData } = hook(['person.created'], {
			[KEY]: { webhookId: 'wh-1', webhookSecret: SECRET, webhookEvents: ['person.created'] },
		});
		expect(await node.webhookMethods.default.delete.call(context)).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(staticData[KEY]).toEqual({});
	});

	it('delete treats 404 as done and still clears the static data', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.delete('/v2/webhooks/wh-1')
			.reply(404, { errors: [{ title: 'Not found', detail: 'No such webhook' }] });
		const { context, staticData } = hook(['person.created'], {
			[KEY]: { webhookId: 'wh-1', webhookSecret: SECRET },
		});
		expect(await node.webhookMethods.default.delete.call(context)).toBe(true);
		expect(staticData[KEY]).toEqual({});
	});

	it('delete reports other failures but forgets the subscription (checkExists cleans up by URL later)', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.delete('/v2/webhooks/wh-1')
			.once()
			.reply(500, { errors: [{ title: 'Internal', detail: 'boom' }] });
		const { context, staticData } = hook(['person.created'], {
			[KEY]: { webhookId: 'wh-1', webhookSecret: SECRET },
		});
		await expect(node.webhookMethods.default.delete.call(context)).rejects.toThrow(
			/boom|internal error/i,
		);
		expect(api.isDone()).toBe(true);
		expect(staticData[KEY]).toEqual({});
	});

	it('delete without a stored subscription makes no request', async () => {
		const { context } = hook(['person.created']);
		expect(await node.webhookMethods.default.delete.call(context)).toBe(true);
	});
});
