import type { IDataObject, INodePropertyOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { simplifyRecord } from '../../../shared/simplify';
import type { PersonioContext } from '../../../shared/transport';
import { personioRequestAllItems } from '../../../shared/transport';

export const ABSENCE_TYPES_PAGE_SIZE = 200;

/** Personio's time-off types (absence types), both units, as Personio sends them. */
export async function fetchAbsenceTypes(this: PersonioContext, max = Infinity, itemIndex?: number): Promise<IDataObject[]> {
	return await personioRequestAllItems.call(
		this,
		{ path: '/v1/company/time-off-types', itemIndex },
		{ style: 'offset', offset: 'record', pageSize: ABSENCE_TYPES_PAGE_SIZE },
		max,
	);
}

function currentUnit(context: ILoadOptionsFunctions): string | undefined {
	try {
		const unit = context.getCurrentNodeParameter('unit') ?? context.getNodeParameter('unit', '');
		return typeof unit === 'string' && unit !== '' ? unit : undefined;
	} catch {
		return undefined;
	}
}

/** Absence types for a dropdown: only those of the unit chosen in the node, with the unit in the label. */
export async function getAbsenceTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const unit = currentUnit(this);
	const wanted = unit === 'hours' ? 'hour' : unit === 'days' ? 'day' : undefined;
	const types = (await fetchAbsenceTypes.call(this)).map(simplifyRecord);
	return types
		.filter((type) => !wanted || type.unit === wanted)
		.map((type) => ({
			name: `${String(type.name ?? type.id)} (${type.unit === 'hour' ? 'hours' : 'days'})`,
			value: Number(type.id),
			description: type.category ? String(type.category) : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
