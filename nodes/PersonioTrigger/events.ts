import type { IDataObject, INodePropertyOptions, IWebhookFunctions } from 'n8n-workflow';

import { paginate, path, personioRequest } from '../shared/transport';
import { InputValidator } from '../shared/validation';
import { ENDPOINTS } from '../shared/endpoints';

/** Personio's webhook events (v2), named exactly as Personio names them. */
export const WEBHOOK_EVENTS: INodePropertyOptions[] = [
	{ name: 'Absence Period Created', value: 'absence-period.created' },
	{ name: 'Absence Period Deleted', value: 'absence-period.deleted' },
	{ name: 'Absence Period Status Updated', value: 'absence-period.updated.status' },
	{ name: 'Absence Period Time Range Updated', value: 'absence-period.updated.timerange' },
	{ name: 'Attendance Period Created', value: 'attendance-period.created' },
	{ name: 'Attendance Period Deleted', value: 'attendance-period.deleted' },
	{ name: 'Attendance Period Updated', value: 'attendance-period.updated' },
	{ name: 'Document Created', value: 'document.created' },
	{ name: 'Document Deleted', value: 'document.deleted' },
	{ name: 'Document Signed', value: 'document.signed' },
	{ name: 'Document Updated', value: 'document.updated' },
	{ name: 'Employment Cost Centers Updated', value: 'employment.updated.cost-centers' },
	{ name: 'Employment Created', value: 'employment.created' },
	{ name: 'Employment Deleted', value: 'employment.deleted' },
	{ name: 'Employment Started', value: 'employment.started' },
	{ name: 'Employment Terminated', value: 'employment.terminated' },
	{ name: 'Employment Updated', value: 'employment.updated' },
	{ name: 'Person Created', value: 'person.created' },
	{ name: 'Person Deleted', value: 'person.deleted' },
	{ name: 'Person Updated', value: 'person.updated' },
];

type Family = 'person' | 'employment' | 'absence-period' | 'attendance-period' | 'document';

/** The output field holding the id of the record an event is about. */
const ID_FIELD: Record<Family, string> = {
	person: 'personId',
	employment: 'employmentId',
	'absence-period': 'absencePeriodId',
	'attendance-period': 'attendancePeriodId',
	document: 'documentId',
};

function familyOf(event: string): Family | undefined {
	const family = event.split('.')[0] as Family;
	return family in ID_FIELD ? family : undefined;
}

function scalar(value: unknown): string | undefined {
	if (typeof value === 'string' && value !== '') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

/** The first id found under any of the names, as `name`, `name_id` or `name.id`. */
function idUnder(payload: IDataObject, names: string[]): string | undefined {
	for (const name of names) {
		const direct = payload[name];
		const found =
			(name === 'id' ? scalar(direct) : undefined) ??
			scalar(payload[`${name}_id`]) ??
			(direct !== null && typeof direct === 'object'
				? scalar((direct as IDataObject).id)
				: undefined);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * The ids in a delivery's payload. Personio's notifications are "dataless": the payload carries ids
 * only, and its shape differs per event, so several spellings are accepted.
 */
export function payloadIds(event: string, payload: IDataObject): IDataObject {
	const family = familyOf(event);
	if (!family) return {};
	const underscored = family.replace('-', '_');
	const own = idUnder(payload, [underscored, 'id']);
	const ids: IDataObject = {};
	if (own !== undefined) ids[ID_FIELD[family]] = own;
	if (family !== 'person') {
		const personId = idUnder(
			payload,
			family === 'document' ? ['owner', 'person', 'employee'] : ['person', 'employee'],
		);
		if (personId !== undefined) ids.personId = personId;
	}
	return ids;
}

/** The delivery's id, used to drop Personio's retries of the same delivery. */
export function deliveryId(body: IDataObject): string | undefined {
	const meta = (body.meta ?? {}) as IDataObject;
	return scalar(meta.delivery_id) ?? scalar(meta.id) ?? scalar(body.id);
}

const missing = (what: string) => new Error(`The delivery does not name the ${what}`);

/** One API call for the full record of an event, so the workflow gets data and not only ids. */
export async function fetchRecord(
	this: IWebhookFunctions,
	event: string,
	ids: IDataObject,
): Promise<IDataObject> {
	const family = familyOf(event);
	// The ids come from the delivery: checked like any id typed into a node before they go into a path.
	const check = new InputValidator(this.getNode(), 0);
	const idOf = (value: unknown, name: string, missingWhat = name): string => {
		if (value === undefined) throw missing(missingWhat);
		return check.opaqueId(`The delivery's ${name} ID`, value);
	};
	const own = family ? ids[ID_FIELD[family]] : undefined;
	switch (family) {
		case 'person': {
			const id = idOf(ids.personId, 'person');
			return (await personioRequest.call(this, {
				path: path(ENDPOINTS.person.path, { id }),
			})) as IDataObject;
		}
		case 'employment': {
			const id = idOf(own, 'employment');
			const person = idOf(ids.personId, 'person', 'person of the employment');
			return (await personioRequest.call(this, {
				path: path(ENDPOINTS.employment.path, { person_id: person, id }),
			})) as IDataObject;
		}
		case 'absence-period': {
			const id = idOf(own, 'absence period');
			const body = (await personioRequest.call(this, {
				path: ENDPOINTS.absencePeriods.path,
				qs: { id },
			})) as IDataObject;
			const found = ((body._data ?? []) as IDataObject[]).find(
				(record) => String(record.id) === id,
			);
			if (!found) throw new Error(`Personio has no absence period ${id}`);
			return found;
		}
		case 'attendance-period': {
			const id = idOf(own, 'attendance period');
			return (await personioRequest.call(this, {
				path: path(ENDPOINTS.attendancePeriod.path, { id }),
			})) as IDataObject;
		}
		case 'document': {
			const id = idOf(own, 'document');
			const personId = idOf(ids.personId, 'owner', 'owner of the document');
			// v2 documents are listed per owner; there is no single-document read.
			const pages = paginate.call(
				this,
				{ path: ENDPOINTS.documents.path, qs: { owner_id: personId } },
				{ style: 'cursor', pageSize: ENDPOINTS.documents.pageSize },
			);
			for await (const page of pages) {
				const found = page.find((record) => String(record.id) === id);
				if (found) return found;
			}
			throw new Error(`Personio lists no document ${id} for person ${personId}`);
		}
		default:
			throw new Error(`No record to fetch for the event ${event}`);
	}
}
