/* eslint-disable */
import nock from 'nock';

import { PersonioTrigger } from '../../nodes/PersonioTrigger/PersonioTrigger.node';
import { BASE_URL, fastRetries, hookContext, webhookContext } from '../helpers/harness';

const node = new PersonioTrigger();
const TYPE = 'n8n-nodes-personio.personioTrigger';
const URL = 'https://n8n.example.com/webhook/abc/personio';
const KEY = 'node:Personio Trigger';
const SECRET = 'a'.repeat(64);

function tokenEndpoint(times = 1) {
	return nock(BASE_URL).post('/v2/auth/token').times(times).reply(200, { access_token: 'papi-token-1', expires_in: 86400 });
}

const hook = (events: string[], staticData: Record<string, unknown> = {}) =>
	hookContext(node, TYPE, { events }, { staticData: staticData as never, webhookUrl: URL });

const subscription = (id: string, url: string, events: string[], status = 'ENABLED') => ({
	id,
	url,
	description: 'n8n: Test workflow',
	status,
	auth_type: 'TOKEN',
	enabled_events: events,
});

const listPage = (data: unknown[], next?: string) => ({
	_data: data,
	_meta: { links: { self: { href: `${BASE_URL}/v2/webhooks` }, ...(next ? { next: { href: `${BASE_URL}/v2/webhooks?cursor=${next}` } } : {}) } },
});

beforeAll(fastRetries);

describe('Personio Trigger > description', () => {
	it('is a webhook trigger answering on receipt, with Personio event names', () => {
		const d = node.description;
		expect(d.name).toBe('personioTrigger');
		expect(d.inputs).toEqual([]);
		expect(d.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }]);
		const events = (d.properties.find((p) => p.name === 'events')!.options as { value: string }[]).map((o) => o.value);
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
		expect((node as any).poll).toBeUndefined();
	});
});

describe('Personio Trigger > webhook lifecycle', () => {
	it('create registers the exact subscription with a random token and stores id + secret', async () => {
		tokenEndpoint();
		let sent: any;
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
		expect(staticData[KEY]).toEqual({ webhookId: 'wh-1', webhookSecret: sent.token, webhookEvents: ['employment.created', 'person.updated'] });
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
			.reply(422, { personio_trace_id: 't', errors: [{ title: 'Unprocessable', detail: 'url must use HTTPS' }] });
		const { context, staticData } = hook(['person.created']);
		await expect(node.webhookMethods.default.create.call(context)).rejects.toThrow(/url must use HTTPS/);
		expect(staticData[KEY] ?? {}).toEqual({});
	});

	it('create refuses an empty event list before any request', async () => {
		const { context } = hook([]);
		await expect(node.webhookMethods.default.create.call(context)).rejects.toThrow(/Events must name at least one event/);
	});

	it('checkExists is true for our URL, events and stored secret (across cursor pages), and deletes nothing', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/webhooks')
			.query({ limit: 100 })
			.reply(200, listPage([subscription('other', 'https://elsewhere.example/x', ['person.created'])], 'c2'))
			.get('/v2/webhooks')
			.query({ limit: 100, cursor: 'c2' })
			.reply(200, listPage([subscription('wh-1', URL, ['person.updated', 'person.created'])]));
		const { context } = hook(['person.created', 'person.updated'], {
			[KEY]: { webhookId: 'wh-1', webhookSecret: SECRET, webhookEvents: ['person.created', 'person.updated'] },
		});
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('checkExists is false when nothing points to our URL', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v2/webhooks').query(true).reply(200, listPage([subscription('other', 'https://elsewhere.example/x', ['person.created'])]));
		const { context, staticData } = hook(['person.created'], { [KEY]: { webhookId: 'gone', webhookSecret: SECRET } });
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(false);
		expect(staticData[KEY]).toEqual({});
	});

	it('after a restart with lost static data: deletes the unknown-secret subscription, then creates exactly one', async () => {
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
		expect((staticData[KEY] as any).webhookId).toBe('wh-new');
	});

	it('after a restart with static data intact: checkExists is true and nothing is created', async () => {
		tokenEndpoint();
		const created = nock(BASE_URL).post('/v2/webhooks').reply(201, { id: 'dup' });
		nock(BASE_URL).get('/v2/webhooks').query(true).reply(200, listPage([subscription('wh-1', URL, ['person.created'])]));
		const staticData = { [KEY]: { webhookId: 'wh-1', webhookSecret: SECRET, webhookEvents: ['person.created'] } };
		const { context } = hook(['person.created'], staticData);
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(true);
		expect(created.isDone()).toBe(false);
	});

	it('checkExists replaces a subscription whose events changed or that Personio disabled', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL)
			.get('/v2/webhooks')
			.query(true)
			.reply(200, listPage([subscription('wh-1', URL, ['person.created']), subscription('wh-2', URL, ['person.updated'], 'DISABLED')]))
			.delete('/v2/webhooks/wh-1')
			.reply(204)
			.delete('/v2/webhooks/wh-2')
			.reply(404, { errors: [{ title: 'Not found' }] });
		const { context, staticData } = hook(['person.updated'], { [KEY]: { webhookId: 'wh-2', webhookSecret: SECRET } });
		expect(await node.webhookMethods.default.checkExists.call(context)).toBe(false);
		expect(api.isDone()).toBe(true);
		expect(staticData[KEY]).toEqual({});
	});

	it('delete removes the subscription and clears the static data', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).delete('/v2/webhooks/wh-1').reply(204);
		const { context, staticData } = hook(['person.created'], { [KEY]: { webhookId: 'wh-1', webhookSecret: SECRET, webhookEvents: ['person.created'] } });
		expect(await node.webhookMethods.default.delete.call(context)).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(staticData[KEY]).toEqual({});
	});

	it('delete treats 404 as done and still clears the static data', async () => {
		tokenEndpoint();
		nock(BASE_URL).delete('/v2/webhooks/wh-1').reply(404, { errors: [{ title: 'Not found', detail: 'No such webhook' }] });
		const { context, staticData } = hook(['person.created'], { [KEY]: { webhookId: 'wh-1', webhookSecret: SECRET } });
		expect(await node.webhookMethods.default.delete.call(context)).toBe(true);
		expect(staticData[KEY]).toEqual({});
	});

	it('delete reports other failures but forgets the subscription (checkExists cleans up by URL later)', async () => {
		tokenEndpoint();
		const api = nock(BASE_URL).delete('/v2/webhooks/wh-1').once().reply(500, { errors: [{ title: 'Internal', detail: 'boom' }] });
		const { context, staticData } = hook(['person.created'], { [KEY]: { webhookId: 'wh-1', webhookSecret: SECRET } });
		await expect(node.webhookMethods.default.delete.call(context)).rejects.toThrow(/boom|internal error/i);
		expect(api.isDone()).toBe(true);
		expect(staticData[KEY]).toEqual({});
	});

	it('delete without a stored subscription makes no request', async () => {
		const { context } = hook(['person.created']);
		expect(await node.webhookMethods.default.delete.call(context)).toBe(true);
	});
});

const delivery = (event: string, payload: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({
	company_id: '4242',
	event_name: event,
	occurred_at: '2025-03-01T10:00:00Z',
	payload,
	meta,
});

function receive(body: unknown, headers: Record<string, string>, { fetchFullRecord = false, staticData }: { fetchFullRecord?: boolean; staticData?: any } = {}) {
	const data = staticData ?? { [KEY]: { webhookId: 'wh-1', webhookSecret: SECRET } };
	const { context, response } = webhookContext(node, TYPE, { events: ['person.created'], fetchFullRecord }, { staticData: data, headers, body });
	return { run: () => node.webhook.call(context), response, staticData: data };
}

describe('Personio Trigger > deliveries', () => {
	it('accepts a delivery carrying the stored token and emits one item', async () => {
		const body = delivery('person.created', { id: '17' }, { delivery_id: 'd-1' });
		const { run, response } = receive(body, { Authorization: SECRET });
		const result = await run();
		expect(response.statusCode).toBeUndefined();
		expect(result.noWebhookResponse).toBeUndefined();
		expect(result.workflowData).toEqual([
			[{ json: { event: 'person.created', occurredAt: '2025-03-01T10:00:00Z', companyId: '4242', deliveryId: 'd-1', personId: '17', raw: body } }],
		]);
	});

	it.each([
		['no Authorization header', {}],
		['a wrong token of the same length', { Authorization: 'b'.repeat(64) }],
		['a wrong token of another length', { Authorization: 'short' }],
		['the token with a Bearer prefix', { Authorization: `Bearer ${SECRET}` }],
	])('rejects a delivery with %s: 401 and no workflow run', async (_label, headers) => {
		const { run, response } = receive(delivery('person.created', { id: '17' }), headers as Record<string, string>);
		const result = await run();
		expect(response.statusCode).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
	});

	it('rejects everything when no secret is stored (fails closed)', async () => {
		const { run, response } = receive(delivery('person.created', { id: '1' }), { Authorization: '' }, { staticData: {} });
		expect(await run()).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(401);
	});

	it('drops a retried delivery (same delivery id) without a second run, and keeps the list bounded', async () => {
		const staticData = { [KEY]: { webhookId: 'wh-1', webhookSecret: SECRET, deliveries: Array.from({ length: 100 }, (_, i) => `old-${i}`) } };
		const body = delivery('person.updated', { id: '5' }, { delivery_id: 'd-9' });
		const first = await receive(body, { Authorization: SECRET }, { staticData }).run();
		expect(first.workflowData).toHaveLength(1);
		const second = await receive(body, { Authorization: SECRET }, { staticData }).run();
		expect(second.workflowData).toBeUndefined();
		expect(second.webhookResponse).toEqual({ message: 'Already received' });
		const kept = staticData[KEY].deliveries as string[];
		expect(kept).toHaveLength(100);
		expect(kept[kept.length - 1]).toBe('d-9');
		expect(kept).not.toContain('old-0');
	});

	it.each([
		['employment.updated', { id: 'e-1', person: { id: '17' } }, { employmentId: 'e-1', personId: '17' }],
		['employment.started', { employment_id: 'e-2', person_id: 18 }, { employmentId: 'e-2', personId: '18' }],
		['absence-period.updated.status', { id: 'ap-1', person: { id: '17' } }, { absencePeriodId: 'ap-1', personId: '17' }],
		['attendance-period.created', { attendance_period: { id: 'at-1' }, person_id: '17' }, { attendancePeriodId: 'at-1', personId: '17' }],
		['document.signed', { id: 'doc-1', owner: { id: '17' } }, { documentId: 'doc-1', personId: '17' }],
		['person.deleted', { person_id: '19' }, { personId: '19' }],
	])('maps the ids of %s', async (event, payload, ids) => {
		const body = delivery(event, payload);
		const result = await receive(body, { Authorization: SECRET }).run();
		expect(result.workflowData![0][0].json).toEqual({ event, occurredAt: '2025-03-01T10:00:00Z', companyId: '4242', ...ids, raw: body });
	});
});

describe('Personio Trigger > Fetch Full Record', () => {
	const fetched = async (event: string, payload: Record<string, unknown>) => {
		const { run, response } = receive(delivery(event, payload), { Authorization: SECRET }, { fetchFullRecord: true });
		const result = await run();
		expect(response.statusCode).toBe(200); // acknowledged before the API call
		expect(result.noWebhookResponse).toBe(true);
		return result.workflowData![0][0].json as any;
	};

	it('reads the person', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v2/persons/17').matchHeader('authorization', 'Bearer papi-token-1').reply(200, { id: '17', first_name: 'Ada' });
		const item = await fetched('person.updated', { id: '17' });
		expect(item.record).toEqual({ id: '17', first_name: 'Ada' });
		expect(item.fetchError).toBeUndefined();
	});

	it('reads the employment below its person', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v2/persons/17/employments/e-1').reply(200, { id: 'e-1', status: 'ACTIVE' });
		expect((await fetched('employment.created', { id: 'e-1', person: { id: '17' } })).record).toEqual({ id: 'e-1', status: 'ACTIVE' });
	});

	it('reads the absence period by id filter', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v2/absence-periods').query({ id: 'ap-1' }).reply(200, { _data: [{ id: 'ap-1', status: 'APPROVED' }], _meta: {} });
		expect((await fetched('absence-period.created', { id: 'ap-1' })).record).toEqual({ id: 'ap-1', status: 'APPROVED' });
	});

	it('reads the attendance period', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v2/attendance-periods/at-1').reply(200, { id: 'at-1', type: 'WORK' });
		expect((await fetched('attendance-period.updated', { id: 'at-1' })).record).toEqual({ id: 'at-1', type: 'WORK' });
	});

	it('finds the document in its owner\'s list', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/document-management/documents')
			.query({ owner_id: '17', limit: 100 })
			.reply(200, { _data: [{ id: 'doc-0' }], _meta: { links: { next: { href: '/v2/document-management/documents?cursor=p2' } } } })
			.get('/v2/document-management/documents')
			.query({ owner_id: '17', limit: 100, cursor: 'p2' })
			.reply(200, { _data: [{ id: 'doc-1', name: 'Contract' }], _meta: { links: {} } });
		expect((await fetched('document.signed', { id: 'doc-1', owner_id: '17' })).record).toEqual({ id: 'doc-1', name: 'Contract' });
	});

	it('keeps the event with fetchError when the read fails', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v2/persons/17').reply(404, { errors: [{ title: 'Not found', detail: 'The requested resource was not found.' }] });
		const item = await fetched('person.updated', { id: '17' });
		expect(item.event).toBe('person.updated');
		expect(item.personId).toBe('17');
		expect(item.record).toBeUndefined();
		expect(item.fetchError).toMatch(/not found/i);
	});

	it('keeps the event with fetchError when the payload lacks an id', async () => {
		const item = await fetched('employment.updated', { id: 'e-1' });
		expect(item.fetchError).toMatch(/person of the employment/);
	});

	it('does not read deleted records', async () => {
		const { run } = receive(delivery('person.deleted', { id: '17' }), { Authorization: SECRET }, { fetchFullRecord: true });
		const result = await run();
		expect(result.workflowData![0][0].json).not.toHaveProperty('record');
		expect(result.workflowData![0][0].json).not.toHaveProperty('fetchError');
	});
});
