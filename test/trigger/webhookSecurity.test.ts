import nock from 'nock';

import { BASE_URL, fastRetries, hookContext } from '../helpers/harness';
import {
	delivery,
	hook,
	KEY,
	listPage,
	node,
	receive,
	SECRET,
	sha256,
	stored,
	subscription,
	tokenEndpoint,
	TYPE,
	URL,
} from './webhookHelpers';
import type { Json } from '../helpers/json';

beforeAll(fastRetries);

describe('Personio Trigger > the webhook token is stored as its SHA-256 digest only', () => {
	it('create keeps no copy of the token in static data', async () => {
		tokenEndpoint();
		let token = '';
		nock(BASE_URL)
			.post('/v2/webhooks', (body) => ((token = body.token), true))
			.reply(201, { id: 'wh-1' });
		const { context, staticData } = hook(['person.created']);
		await node.webhookMethods.default.create.call(context);
		expect(token).toMatch(/^[0-9a-f]{64}$/);
		expect(staticData[KEY]).not.toHaveProperty('webhookSecret');
		expect((staticData[KEY] as Json).webhookSecretDigest).toBe(sha256(token));
		expect(JSON.stringify(staticData)).not.toContain(token);
	});

	it('a delivery is checked against the stored digest', async () => {
		const accepted = await receive(delivery('person.created', { id: '1' }), {
			Authorization: SECRET,
		}).run();
		expect(accepted.workflowData).toHaveLength(1);
		const { run, response } = receive(delivery('person.created', { id: '1' }), {
			Authorization: sha256(SECRET),
		});
		expect(await run()).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(401);
	});

	it('a stored digest that is not a SHA-256 hex digest accepts nothing', async () => {
		const staticData = { [KEY]: stored({ webhookSecretDigest: SECRET.slice(0, 10) }) };
		const { run, response } = receive(
			delivery('person.created', { id: '1' }),
			{ Authorization: SECRET },
			{ staticData },
		);
		expect(await run()).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(401);
	});

	it('a token an earlier version stored in clear still works and is replaced by its digest on delivery', async () => {
		const staticData = { [KEY]: { webhookId: 'wh-1', webhookSecret: SECRET } };
		const result = await receive(
			delivery('person.created', { id: '1' }),
			{ Authorization: SECRET },
			{ staticData },
		).run();
		expect(result.workflowData).toHaveLength(1);
		expect(staticData[KEY]).toEqual({
			webhookId: 'wh-1',
			webhookSecretDigest: sha256(SECRET),
			deliveries: [expect.any(String)],
		});
	});

	it('a token stored in clear is replaced by its digest on activation, and the subscription is kept', async () => {
		tokenEndpoint();
		const deleted = nock(BASE_URL).delete(/.*/).reply(204);
		nock(BASE_URL)
			.get('/v2/webhooks')
			.query(true)
			.reply(200, listPage([subscription('wh-1', URL, ['person.created'])]));
		const { context, staticData } = hook(['person.created'], {
			[KEY]: { webhookId: 'wh-1', webhookSecret: SECRET, webhookEvents: ['person.created'] },
		});
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(true);
		expect(deleted.isDone()).toBe(false);
		expect(staticData[KEY]).toEqual({
			webhookId: 'wh-1',
			webhookSecretDigest: sha256(SECRET),
			webhookEvents: ['person.created'],
		});
	});
});

describe('Personio Trigger > a body that is not a delivery', () => {
	it.each([
		['a string', 'person.created'],
		['null', null],
		['an array', [delivery('person.created', { id: '1' })]],
		['a number', 42],
		['an object without event_name', { payload: { id: '1' } }],
		['an object with an empty event_name', { event_name: '', payload: {} }],
		['an object whose event_name is not text', { event_name: { x: 1 }, payload: {} }],
	])('with a valid token, %s is answered 400 and starts nothing', async (_label, body) => {
		const { run, response, staticData } = receive(body, { Authorization: SECRET });
		const result = await run();
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(400);
		expect(response.body).toEqual({
			message: expect.stringMatching(/JSON object with an event_name/),
		});
		expect(staticData[KEY]).not.toHaveProperty('deliveries');
	});

	it('without a valid token, such a body is answered 401 like any other', async () => {
		const { run, response } = receive(null, { Authorization: 'wrong' });
		expect(await run()).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(401);
	});

	it('a payload that is not an object yields an event without ids', async () => {
		const body = { ...delivery('person.created', {}), payload: 'x' };
		const result = await receive(body, { Authorization: SECRET }).run();
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'person.created' });
		expect(result.workflowData![0][0].json).not.toHaveProperty('personId');
	});
});

describe('Personio Trigger > Fetch Full Record checks the ids of a delivery', () => {
	const fetched = async (event: string, payload: Record<string, unknown>) => {
		// Any request at all would be answered here, and fail the test below.
		const anything = nock(BASE_URL)
			.persist()
			.get(/.*/)
			.reply(200, { id: 'reached' })
			.post(/.*/)
			.reply(200, {});
		const { run } = receive(
			delivery(event, payload),
			{ Authorization: SECRET },
			{ fetchFullRecord: true },
		);
		const result = await run();
		expect(anything.isDone()).toBe(false);
		return result.workflowData![0][0].json as Json;
	};

	it.each([
		['..', 'person.updated', { id: '..' }, /The delivery's person ID must be an ID/],
		['.', 'person.updated', { id: '.' }, /The delivery's person ID must be an ID/],
		[
			'a slash',
			'person.updated',
			{ id: '17/../../v1/company/employees' },
			/The delivery's person ID must be an ID/,
		],
		[
			'an encoded dot-dot',
			'person.updated',
			{ id: '%2e%2e' },
			/The delivery's person ID must be an ID/,
		],
		[
			'a query',
			'attendance-period.updated',
			{ id: 'at-1?limit=1' },
			/The delivery's attendance period ID must be/,
		],
		[
			'a space',
			'absence-period.created',
			{ id: 'ap 1' },
			/The delivery's absence period ID must be/,
		],
		[
			'a bad person of an employment',
			'employment.created',
			{ id: 'e-1', person: { id: '..' } },
			/person ID must be/,
		],
		[
			'a bad document',
			'document.signed',
			{ id: '../x', owner_id: '17' },
			/The delivery's document ID must be/,
		],
		[
			'a bad owner of a document',
			'document.signed',
			{ id: 'doc-1', owner_id: '1#2' },
			/The delivery's owner ID must be/,
		],
	])(
		'refuses %s before any request: the event is kept with fetchError',
		async (_label, event, payload, message) => {
			const item = await fetched(event, payload);
			expect(item.event).toBe(event);
			expect(item.record).toBeUndefined();
			expect(item.fetchError).toMatch(message);
		},
	);
});

describe('Personio Trigger > refuses to register a plain http:// webhook URL', () => {
	const hookAt = (webhookUrl: string) =>
		hookContext(node, TYPE, { events: ['person.created'] }, { webhookUrl });

	it.each(['http://n8n.example.com/webhook/abc/personio', 'http://10.0.0.5:5678/webhook/x'])(
		'%s: activation fails with a message naming WEBHOOK_URL, and nothing is sent to Personio',
		async (webhookUrl) => {
			const personio = nock(BASE_URL)
				.post('/v2/webhooks')
				.reply(201, { _data: { id: 'x' } });
			const { context } = hookAt(webhookUrl);
			const error: Json = await node.webhookMethods.default.create
				.call(context)
				.catch((e: unknown) => e);
			expect(error.message).toMatch(/only to https:\/\/ addresses/);
			expect(error.description).toMatch(/WEBHOOK_URL/);
			expect(personio.isDone()).toBe(false);
			nock.cleanAll();
		},
	);

	it.each(['http://localhost:5678/webhook/x', 'http://127.0.0.1:5678/webhook/x'])(
		'%s (this machine, the local sandbox) is registered',
		async (webhookUrl) => {
			tokenEndpoint();
			let sent: Json;
			nock(BASE_URL)
				.post('/v2/webhooks', (body) => ((sent = body), true))
				.reply(201, { _data: { id: 'wh-local' } });
			const { context, staticData } = hookAt(webhookUrl);
			await node.webhookMethods.default.create.call(context);
			expect(sent.url).toBe(webhookUrl);
			expect((staticData[KEY] as Json).webhookId).toBe('wh-local');
		},
	);
});
