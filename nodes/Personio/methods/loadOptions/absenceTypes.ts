import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { absenceTypes, fetchTimeOffTypes } from '../../actions/absenceType/fetch';
import { simplifyRecord } from '../../../shared/simplify';
import { personioRequestAllItems } from '../../../shared/transport';

function currentUnit(context: ILoadOptionsFunctions): string | undefined {
	try {
		const unit = context.getCurrentNodeParameter('unit') ?? context.getNodeParameter('unit', '');
		return typeof unit === 'string' && unit !== '' ? unit : undefined;
	} catch {
		return undefined;
	}
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** Time-off types for Create: only those of the unit chosen in the node, with the unit in the label. */
export async function getAbsenceTypes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const unit = currentUnit(this);
	const wanted = unit === 'hours' ? 'hour' : unit === 'days' ? 'day' : undefined;
	const types = (await fetchTimeOffTypes.call(this)).map(simplifyRecord);
	return types
		.filter((type) => !wanted || type.unit === wanted)
		.map((type) => ({
			name: `${String(type.name ?? type.id)} (${type.unit === 'hour' ? 'hours' : 'days'})`,
			value: Number(type.id),
			description: type.category ? String(type.category) : undefined,
		}))
		.sort(byName);
}

/** v2 absence types (UUIDs) for the filters of v2 reads. */
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
