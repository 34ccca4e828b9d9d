import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import type { V2Collection } from '../../../shared/v2Collection';
import { filtersCollection, getManyV2 } from '../../../shared/v2Collection';
import { compact, InputValidator } from '../../../shared/validation';

export const compensations: V2Collection = {
	listPath: '/v2/compensations',
	pageSize: 100,
};

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Period End',
			name: 'periodEnd',
			type: 'dateTime',
			default: '',
			description: 'Last day of the period to read',
		},
		{
			displayName: 'Period Start',
			name: 'periodStart',
			type: 'dateTime',
			default: '',
			description: 'First day of the period to read',
		},
		{
			displayName: 'Person ID',
			name: 'personId',
			type: 'string',
			default: '',
			description: 'Only compensations of this person',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['compensation'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const start = check.optionalDate('Filters > Period Start', filters.periodStart);
	const end = check.optionalDate('Filters > Period End', filters.periodEnd);
	if (start && end) check.notBefore('Filters > Period Start', start, 'Filters > Period End', end);
	const qs = compact({
		'person.id': filters.personId ? check.opaqueId('Filters > Person ID', filters.personId) : undefined,
		start_date: start,
		end_date: end,
	});
	return await getManyV2.call(this, itemIndex, compensations, { qs });
}
