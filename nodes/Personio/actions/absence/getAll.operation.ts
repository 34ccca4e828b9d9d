import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, filtersCollection } from '../../../shared/descriptions';
import { getManyV2 } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { absencePeriods, withoutOffset } from './fields';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Absence Type Names or IDs',
			name: 'absenceTypes',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getAbsenceTypeIds' },
			default: [],
			description:
				'Only absences of these types. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description: 'Only absences that start on or before this day',
		},
		{
			displayName: 'Person IDs',
			name: 'personIds',
			type: 'string',
			default: '',
			placeholder: '123, 456',
			description:
				'Only absences of these people: Personio IDs separated by commas, or an array from an expression',
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'Only absences that end on or after this day',
		},
		{
			displayName: 'Updated Since',
			name: 'updatedSince',
			type: 'dateTime',
			default: '',
			description: 'Only absences created or changed since this moment',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absence'], operation: ['getAll'] } },
	properties,
);

/**
 * `GET /v2/absence-periods`: date ranges match absences overlapping them (reference page
 * get_v2-absence-periods). Absence date-times are local date-times without an offset ("No timezone offset
 * should be included (e.g no "+00:00" or "Z" suffix)", reference page post_v2-absence-periods), so the
 * filters are sent in that form too; Updated Since is sent as its UTC clock time.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const startDate = check.optionalDate('Filters > Start Date', filters.startDate);
	const endDate = check.optionalDate('Filters > End Date', filters.endDate);
	if (startDate && endDate)
		check.notBefore('Filters > Start Date', startDate, 'Filters > End Date', endDate);
	const updatedSince = check.optionalDateTime('Filters > Updated Since', filters.updatedSince);
	const qs = compact({
		'person.id': check.opaqueIds('Filters > Person IDs', filters.personIds),
		'absence_type.id': check.opaqueIds('Filters > Absence Type Names or IDs', filters.absenceTypes),
		'ends_at.date_time.gte': startDate && `${startDate}T00:00:00`,
		'starts_from.date_time.lte': endDate && `${endDate}T23:59:59`,
		'updated_at.gte': updatedSince && withoutOffset(updatedSince),
	});
	return await getManyV2.call(this, itemIndex, absencePeriods, { qs });
}
