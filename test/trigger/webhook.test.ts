import nock from 'nock';

import { BASE_URL, fastRetries } from '../helpers/harness';
import { delivery, KEY, receive, SECRET, stored, tokenEndpoint } from './webhookHelpers';
import type { Json } from '../helpers/json';

beforeAll(fastRetries);

describe('Personio Trigger > deliveries', () => {
	it('accepts a delivery carrying the stored token and emits one item', async () => {
		const body = delivery('person.created', { id: '17' }, { delivery_id: 'd-1' });
		const { run, response } = receive(body, { Authorization: SECRET });
		const result = await run();
		expect(response.statusCode).toBeUndefined();
		expect(result.noWebhookResponse).toBeUndefined();
		expect(result.workflowData).toEqual([
			[
				{
					json: {
						event: 'person.created',
						occurredAt: '2025-03-01T10:00:00Z',
						companyId: '4242',
						deliveryId: 'd-1',
						personId: '17',
						eventKey: '4242|person.created|2025-03-01T10:00:00.000Z|{"id":"17"}',
						raw: body,
					},
				},
			],
		]);
	});

	it.each([
		['no Authorization header', {}],
		['a wrong token of the same length', { Authorization: 'b'.repeat(64) }],
		['a wrong token of another length', { Authorization: 'short' }],
		['the token with a Bearer prefix', { Authorization: `Bearer ${SECRET}` }],
	])('rejects a delivery with %s: 401 and no workflow run', async (_label, headers) => {
		const { run, response } = receive(
			delivery('person.created', { id: '17' }),
			headers as Record<string, string>,
		);
		const result = await run();
		expect(response.statusCode).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
	});

	it('rejects everything when no secret is stored (fails closed)', async () => {
		const { run, response } = receive(
			delivery('person.created', { id: '1' }),
			{ Authorization: '' },
			{ staticData: {} },
		);
		expect(await run()).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(401);
	});

	it('drops a retried delivery (same event) without a second run, and keeps the list bounded', async () => {
		const staticData = {
			[KEY]: {
				webhookId: 'wh-1',
				webhookSecret: SECRET,
				deliveries: Array.from({ length: 100 }, (_, i) => `old-${i}`),
			},
		};
		const body = delivery('person.updated', { id: '5' }, { delivery_id: 'd-9' });
		const first = await receive(body, { Authorization: SECRET }, { staticData }).run();
		expect(first.workflowData).toHaveLength(1);
		const second = await receive(body, { Authorization: SECRET }, { staticData }).run();
		expect(second.workflowData).toBeUndefined();
		expect(second.webhookResponse).toEqual({ message: 'Already received' });
		const kept = staticData[KEY].deliveries as string[];
		expect(kept).toHaveLength(100);
		expect(kept[kept.length - 1]).toBe(first.workflowData![0][0].json.eventKey);
		expect(kept).not.toContain('old-0');
	});

	it('recognises a retry by the event, not by meta (Personio documents no delivery id)', async () => {
		const staticData = { [KEY]: stored() };
		const first = await receive(
			delivery('person.updated', { person_id: 5 }, { delivery_id: 'd-1' }),
			{ Authorization: SECRET },
			{ staticData },
		).run();
		expect(first.workflowData).toHaveLength(1);
		const retry = delivery('person.updated', { person_id: '5' }, { attempt: 2 });
		retry.occurred_at = '2025-03-01T11:00:00+01:00';
		const second = await receive(retry, { Authorization: SECRET }, { staticData }).run();
		expect(second.workflowData).toBeUndefined();
		const other = await receive(
			delivery('person.updated', { person_id: '6' }),
			{ Authorization: SECRET },
			{ staticData },
		).run();
		expect(other.workflowData![0][0].json).toMatchObject({
			personId: '6',
			eventKey: '4242|person.updated|2025-03-01T10:00:00.000Z|{"person_id":"6"}',
		});
	});

	it.each([
		[
			'employment.updated',
			{ id: 'e-1', person: { id: '17' } },
			{ employmentId: 'e-1', personId: '17' },
		],
		[
			'employment.started',
			{ employment_id: 'e-2', person_id: 18 },
			{ employmentId: 'e-2', personId: '18' },
		],
		[
			'absence-period.updated.status',
			{ id: 'ap-1', person: { id: '17' } },
			{ absencePeriodId: 'ap-1', personId: '17' },
		],
		[
			'attendance-period.created',
			{ attendance_period: { id: 'at-1' }, person_id: '17' },
			{ attendancePeriodId: 'at-1', personId: '17' },
		],
		[
			'document.signed',
			{ id: 'doc-1', owner: { id: '17' } },
			{ documentId: 'doc-1', personId: '17' },
		],
		['person.deleted', { person_id: '19' }, { personId: '19' }],
	])('maps the ids of %s', async (event, payload, ids) => {
		const body = delivery(event, payload);
		const result = await receive(body, { Authorization: SECRET }).run();
		expect(result.workflowData![0][0].json).toEqual({
			event,
			occurredAt: '2025-03-01T10:00:00Z',
			companyId: '4242',
			...ids,
			eventKey: expect.stringMatching(/^4242\|/),
			raw: body,
		});
	});
});

describe('Personio Trigger > Fetch Full Record', () => {
	const fetched = async (event: string, payload: Record<string, unknown>) => {
		const { run, response } = receive(
			delivery(event, payload),
			{ Authorization: SECRET },
			{ fetchFullRecord: true },
		);
		const result = await run();
		expect(response.statusCode).toBe(200); // acknowledged before the API call
		expect(result.noWebhookResponse).toBe(true);
		return result.workflowData![0][0].json as Json;
	};

	it('reads the person', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/persons/17')
			.matchHeader('authorization', 'Bearer papi-token-1')
			.reply(200, { id: '17', first_name: 'Ada' });
		const item = await fetched('person.updated', { id: '17' });
		expect(item.record).toEqual({ id: '17', first_name: 'Ada' });
		expect(item.fetchError).toBeUndefined();
	});

	it('reads the employment below its person', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/persons/17/employments/e-1')
			.reply(200, { id: 'e-1', status: 'ACTIVE' });
		expect(
			(await fetched('employment.created', { id: 'e-1', person: { id: '17' } })).record,
		).toEqual({ id: 'e-1', status: 'ACTIVE' });
	});

	it('reads the absence period by id filter', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/absence-periods')
			.query({ id: 'ap-1' })
			.reply(200, { _data: [{ id: 'ap-1', status: 'APPROVED' }], _meta: {} });
		expect((await fetched('absence-period.created', { id: 'ap-1' })).record).toEqual({
			id: 'ap-1',
			status: 'APPROVED',
		});
	});

	it('reads the attendance period', async () => {
		tokenEndpoint();
		nock(BASE_URL).get('/v2/attendance-periods/at-1').reply(200, { id: 'at-1', type: 'WORK' });
		expect((await fetched('attendance-period.updated', { id: 'at-1' })).record).toEqual({
			id: 'at-1',
			type: 'WORK',
		});
	});

	it("finds the document in its owner's list", async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/document-management/documents')
			.query({ owner_id: '17', limit: 100 })
			.reply(200, {
				_data: [{ id: 'doc-0' }],
				_meta: { links: { next: { href: '/v2/document-management/documents?cursor=p2' } } },
			})
			.get('/v2/document-management/documents')
			.query({ owner_id: '17', limit: 100, cursor: 'p2' })
			.reply(200, { _data: [{ id: 'doc-1', name: 'Contract' }], _meta: { links: {} } });
		expect((await fetched('document.signed', { id: 'doc-1', owner_id: '17' })).record).toEqual({
			id: 'doc-1',
			name: 'Contract',
		});
	});

	it('keeps the event with fetchError when the read fails', async () => {
		tokenEndpoint();
		nock(BASE_URL)
			.get('/v2/persons/17')
			.reply(404, {
				errors: [{ title: 'Not found', detail: 'The requested resource was not found.' }],
			});
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
		const { run } = receive(
			delivery('person.deleted', { id: '17' }),
			{ Authorization: SECRET },
			{ fetchFullRecord: true },
		);
		const result = await run();
		expect(result.workflowData![0][0].json).not.toHaveProperty('record');
		expect(result.workflowData![0][0].json).not.toHaveProperty('fetchError');
	});
});
