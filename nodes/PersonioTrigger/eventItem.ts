import type { IDataObject } from 'n8n-workflow';

import { deliveryId, payloadIds } from './events';

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON with object keys sorted and ids as strings, so equal payloads always read the same. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (isObject(value))
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
			.join(',')}}`;
	if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(String(value));
	return JSON.stringify(value ?? null);
}

/** The moment in UTC to the millisecond: `2025-03-01T10:00:00Z` and `2025-03-01T11:00:00+01:00` agree. */
function moment(value: unknown): string {
	const text = String(value ?? '');
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? text : new Date(parsed).toISOString();
}

/**
 * One key per Personio webhook event, the same for its live delivery, every retry of that delivery and
 * its entry in the subscription's event log (GET /v2/webhooks/{id}/events), so a Remove Duplicates node
 * fed by the Personio Trigger and the Polling Trigger's catch-up lets each event through once.
 *
 * Personio documents no unique id for an event or a delivery: the envelope holds `company_id`,
 * `event_name`, `occurred_at`, `payload` and an optional `meta`, "a generic map of key value pairs"
 * (https://developer.personio.de/reference/webhooks.md), and the event log's page
 * (https://developer.personio.de/reference/get_v2-webhooks-id-events.md) shows no event id that a
 * delivery also carries. The key is therefore built from the four documented fields both have; `meta`
 * is left out because nothing says a retry or the log repeats it. Two events are only merged if they
 * name the same records, of the same kind, in the same millisecond.
 */
export function eventKey(event: IDataObject): string {
	return [
		String(event.company_id ?? ''),
		String(event.event_name ?? ''),
		moment(event.occurred_at),
		canonical(isObject(event.payload) ? event.payload : {}),
	].join('|');
}

/**
 * The item both triggers emit for one event: from a live delivery (Personio Trigger) or from the
 * subscription's event log (Polling Trigger, Personio Events catch-up).
 */
export function eventItem(event: IDataObject): IDataObject {
	const name = String(event.event_name);
	const payload = isObject(event.payload) ? event.payload : {};
	const delivery = deliveryId(event);
	return {
		event: name,
		occurredAt: event.occurred_at,
		companyId: event.company_id,
		...(delivery !== undefined ? { deliveryId: delivery } : {}),
		...payloadIds(name, payload),
		eventKey: eventKey(event),
		raw: event,
	};
}
