import { eventItem, eventKey } from '../../nodes/PersonioTrigger/eventItem';

const event = {
	company_id: '4242',
	event_name: 'absence-period.updated.status',
	occurred_at: '2025-03-01T10:00:00Z',
	payload: { absence_period_id: 'ap-1', person_id: '17' },
	meta: { delivery_id: 'd-1' },
};

describe('eventKey: one key per Personio event from its documented fields', () => {
	it('is the same for a delivery, its retry and its event-log entry', () => {
		const key = eventKey(event);
		expect(key).toBe(
			'4242|absence-period.updated.status|2025-03-01T10:00:00.000Z|{"absence_period_id":"ap-1","person_id":"17"}',
		);
		// A retry with other meta, the log's spelling of the moment, another key order, a numeric company.
		expect(
			eventKey({
				meta: { attempt: 2 },
				payload: { person_id: '17', absence_period_id: 'ap-1' },
				occurred_at: '2025-03-01T11:00:00.000+01:00',
				event_name: 'absence-period.updated.status',
				company_id: 4242,
			}),
		).toBe(key);
		expect(eventKey({ ...event, meta: undefined })).toBe(key);
	});

	it('differs when the event, the moment, the records or the company differ', () => {
		const key = eventKey(event);
		for (const other of [
			{ ...event, event_name: 'absence-period.updated.timerange' },
			{ ...event, occurred_at: '2025-03-01T10:00:00.001Z' },
			{ ...event, payload: { ...event.payload, person_id: '18' } },
			{ ...event, company_id: '4243' },
		])
			expect(eventKey(other)).not.toBe(key);
	});

	it('is part of the item both triggers emit, beside the ids the payload names', () => {
		expect(eventItem(event)).toEqual({
			event: 'absence-period.updated.status',
			occurredAt: '2025-03-01T10:00:00Z',
			companyId: '4242',
			deliveryId: 'd-1',
			absencePeriodId: 'ap-1',
			personId: '17',
			eventKey: eventKey(event),
			raw: event,
		});
	});
});
