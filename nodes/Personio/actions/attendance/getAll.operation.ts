import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { personioRequestAllItems } from '../../../shared/transport';
import { maxResults } from '../../../shared/v2Collection';
import { compact, InputValidator } from '../../../shared/validation';
import { employeeIdsFilter, outputRecords } from '../absence/fields';
import { ATTENDANCES_PATH } from './fields';

export const ATTENDANCES_PAGE_SIZE = 200;

const properties: INodeProperties[] = [
	{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', required: true, description: 'First day to include' },
	{ displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', required: true, description: 'Last day to include' },
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			employeeIdsFilter,
			{
				displayName: 'Include Pending',
				name: 'includePending',
				type: 'boolean',
				default: false,
				description: 'Whether to include pending and rejected attendances, not only confirmed ones',
			},
			{
				displayName: 'Updated From',
				name: 'updatedFrom',
				type: 'dateTime',
				default: '',
				description: 'Only attendances created or changed at or after this moment',
			},
			{
				displayName: 'Updated To',
				name: 'updatedTo',
				type: 'dateTime',
				default: '',
				description: 'Only attendances created or changed at or before this moment',
			},
		],
	},
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['attendance'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const max = maxResults.call(this, itemIndex);
	const startDate = check.date('Start Date', this.getNodeParameter('startDate', itemIndex, ''));
	const endDate = check.date('End Date', this.getNodeParameter('endDate', itemIndex, ''));
	check.notBefore('Start Date', startDate, 'End Date', endDate);
	const updatedFrom = check.optionalUtcDateTime('Filters > Updated From', filters.updatedFrom);
	const updatedTo = check.optionalUtcDateTime('Filters > Updated To', filters.updatedTo);
	if (updatedFrom && updatedTo) check.notBefore('Filters > Updated From', updatedFrom, 'Filters > Updated To', updatedTo);
	const employees = check.integerIds('Filters > Employee IDs', filters.employeeIds);
	const qs = compact({
		start_date: startDate,
		end_date: endDate,
		updated_from: updatedFrom,
		updated_to: updatedTo,
		includePending: filters.includePending ? true : undefined,
	});
	if (employees.length) qs.employees = employees;

	const records = await personioRequestAllItems.call(
		this,
		{ path: ATTENDANCES_PATH, qs, itemIndex },
		{ style: 'offset', offset: 'record', pageSize: ATTENDANCES_PAGE_SIZE },
		max,
	);
	return outputRecords.call(this, itemIndex, records);
}
