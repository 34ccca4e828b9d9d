import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { paginate } from '../../../shared/transport';
import { maxResults } from '../../../shared/v2Collection';
import { compact, InputValidator } from '../../../shared/validation';
import { ABSENCE_PAGE_SIZE, ABSENCE_PATHS, absenceTypeIdOf, absenceUnit, employeeIdsFilter, outputRecords } from './fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Absence Type Names or IDs',
				name: 'absenceTypes',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getAbsenceTypes', loadOptionsDependsOn: ['unit'] },
				default: [],
				description:
					'Only absences of these types. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			employeeIdsFilter,
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'Only absences on or before this day',
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'Only absences on or after this day',
			},
			{
				displayName: 'Updated Since',
				name: 'updatedSince',
				type: 'dateTime',
				default: '',
				description: 'Only absences created or changed since this moment (day-based absences: since this day)',
			},
		],
	},
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['absence'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const unit = absenceUnit.call(this, check, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const max = maxResults.call(this, itemIndex);

	const startDate = check.optionalDate('Filters > Start Date', filters.startDate);
	const endDate = check.optionalDate('Filters > End Date', filters.endDate);
	if (startDate && endDate) check.notBefore('Filters > Start Date', startDate, 'Filters > End Date', endDate);
	const employees = check.integerIds('Filters > Employee IDs', filters.employeeIds);
	const types = new Set(check.integerIds('Filters > Absence Type Names or IDs', filters.absenceTypes));
	const qs = compact({
		start_date: startDate,
		end_date: endDate,
		// Time-offs filter by day, absence periods by moment.
		updated_from:
			unit === 'days'
				? check.optionalDate('Filters > Updated Since', filters.updatedSince)
				: check.optionalUtcDateTime('Filters > Updated Since', filters.updatedSince),
	});
	if (employees.length) qs.employees = employees;

	// Time-offs have no type filter in Personio, so types are matched here, for both units alike.
	const records: IDataObject[] = [];
	const pages = paginate.call(
		this,
		{ path: ABSENCE_PATHS[unit], qs, itemIndex },
		{ style: 'offset', offset: 'page', pageSize: ABSENCE_PAGE_SIZE },
		types.size ? Infinity : max,
	);
	for await (const page of pages) {
		for (const record of page) {
			if (types.size && !types.has(absenceTypeIdOf(record) as number)) continue;
			records.push(record);
			if (records.length >= max) break;
		}
		if (records.length >= max) break;
	}
	return outputRecords.call(this, itemIndex, records);
}
