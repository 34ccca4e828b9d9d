import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	attendanceFilterMoment,
	attendancePeriods,
	DURATION_TYPES,
	EVERY_DURATION_TYPE,
} from '../../../shared/attendancePeriods';
import { returnAllOrLimit, filtersCollection } from '../../../shared/descriptions';
import { getManyV2 } from '../../../shared/v2Reads';
import { InputValidator, isBlank } from '../../../shared/validation';
import { localDateTime } from './fields';
import { collectionOf } from '../../../shared/parameters';

const range = (what: string, key: string, hint: string): INodeProperties[] => [
	{
		displayName: `${what} From`,
		name: `${key}From`,
		type: 'dateTime',
		default: '',
		description: `Only periods ${hint} at or after this moment`,
	},
	{
		displayName: `${what} To`,
		name: `${key}To`,
		type: 'dateTime',
		default: '',
		description: `Only periods ${hint} at or before this moment`,
	},
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Duration Type',
			name: 'durationType',
			type: 'options',
			default: EVERY_DURATION_TYPE,
			description:
				'Without this filter every period is returned, those recorded as a duration only included',
			options: [
				{
					name: 'All Periods',
					value: 'ALL',
					description: 'Periods with a start and end, and periods recorded as a duration only',
				},
				{
					name: 'Duration Only',
					value: 'DURATION_ONLY',
					description: 'Only periods recorded as a duration on a day, without start or end',
				},
				{
					name: 'With Start and End',
					value: 'START_AND_END',
					description: "Personio's own default: periods recorded as a duration only are left out",
				},
			],
		},
		...range('End', 'end', 'ending (local clock time)'),
		{
			displayName: 'Person IDs',
			name: 'personIds',
			type: 'string',
			default: '',
			placeholder: '123, 456',
			description:
				'Only periods of these persons: IDs separated by commas, or an array from an expression',
		},
		...range('Start', 'start', 'starting (local clock time)'),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'CONFIRMED',
			options: [
				{ name: 'Confirmed', value: 'CONFIRMED' },
				{ name: 'Pending', value: 'PENDING', description: 'Waiting for approval' },
				{ name: 'Rejected', value: 'REJECTED' },
			],
		},
		...range('Updated', 'updated', 'created or changed'),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['attendance'], operation: ['getAll'] } },
	properties,
);

/** `{key}.gte` / `{key}.lte` of one range; `from` must not be after `to`. */
function rangeQuery(
	check: InputValidator,
	filters: IDataObject,
	what: string,
	key: string,
	format: (field: string, value: unknown) => string,
) {
	const from = isBlank(filters[`${key}From`])
		? undefined
		: format(`Filters > ${what} From`, filters[`${key}From`]);
	const to = isBlank(filters[`${key}To`])
		? undefined
		: format(`Filters > ${what} To`, filters[`${key}To`]);
	if (from && to) check.notBefore(`Filters > ${what} From`, from, `Filters > ${what} To`, to);
	const query: IDataObject = {};
	if (from) query[`${key === 'updated' ? 'updated_at' : `${key}.date_time`}.gte`] = from;
	if (to) query[`${key === 'updated' ? 'updated_at' : `${key}.date_time`}.lte`] = to;
	return query;
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const local = (field: string, value: unknown) => localDateTime(check, field, value);
	const moment = (field: string, value: unknown) =>
		attendanceFilterMoment(check.dateTime(field, value));
	const qs: IDataObject = {
		...rangeQuery(check, filters, 'Start', 'start', local),
		...rangeQuery(check, filters, 'End', 'end', local),
		...rangeQuery(check, filters, 'Updated', 'updated', moment),
	};
	const personIds = check.opaqueIds('Filters > Person IDs', filters.personIds);
	if (personIds) qs['person.id'] = personIds;
	const durationType = isBlank(filters.durationType)
		? EVERY_DURATION_TYPE
		: check.oneOf('Filters > Duration Type', filters.durationType, DURATION_TYPES);
	// Personio's default (no duration_type) is periods with a start; the others are asked for by name.
	if (durationType !== 'START_AND_END') qs.duration_type = durationType;
	if (!isBlank(filters.status))
		qs.status = check.oneOf('Filters > Status', filters.status, [
			'CONFIRMED',
			'PENDING',
			'REJECTED',
		]);
	return await getManyV2.call(this, itemIndex, attendancePeriods, { qs });
}
