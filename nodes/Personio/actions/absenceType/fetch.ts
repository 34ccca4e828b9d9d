import type { INodePropertyOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import { personioRequestAllItems } from '../../../shared/transport';
import type { V2Collection } from '../../../shared/v2Collection';

/** `GET /v2/absence-types[/{id}]`: UUIDs, `unit` DAY or HOUR, `limit` 1-100 (reference page get_v2-absence-types). */
export const absenceTypes: V2Collection = {
	listPath: ENDPOINTS.absenceTypes.path,
	itemPath: ENDPOINTS.absenceType.path,
	pageSize: 100,
};

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** v2 absence types (UUIDs) for Create and the filters of Get Many. */
export async function getAbsenceTypeIds(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const types = await personioRequestAllItems.call(
		this,
		{ path: absenceTypes.listPath },
		{ style: 'cursor', pageSize: absenceTypes.pageSize },
	);
	return types
		.map((type) => ({
			name: `${String(type.name ?? type.id)} (${String(type.unit ?? '').toLowerCase() === 'hour' ? 'hours' : 'days'})`,
			value: String(type.id),
			description: type.category ? String(type.category) : undefined,
		}))
		.sort(byName);
}
