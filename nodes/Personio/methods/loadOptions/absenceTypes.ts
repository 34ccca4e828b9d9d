import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { absenceTypes } from '../../actions/absenceType/fetch';
import { personioRequestAllItems } from '../../../shared/transport';

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
