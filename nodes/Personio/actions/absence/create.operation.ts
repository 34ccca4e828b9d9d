import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	employeeLocator,
	simplifyField,
	additionalFieldsCollection,
} from '../../../shared/descriptions';
import { InputValidator, isBlank } from '../../../shared/validation';
import { ABSENCE_CREATE_PATHS, absenceUnit, outputRecords, skipApprovalField } from './fields';
import { employeeIdOf } from '../common.parameters';
import type { V1Answer, V1Record } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	employeeLocator(),
	{
		displayName: 'Absence Type Name or ID',
		name: 'absenceTypeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAbsenceTypes', loadOptionsDependsOn: ['unit'] },
		default: '',
		required: true,
		description:
			'An absence type of the chosen unit. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'First day of the absence',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Last day of the absence',
	},
	skipApprovalField('absence'),
	additionalFieldsCollection([
		{ displayName: 'Comment', name: 'comment', type: 'string', default: '' },
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'string',
			default: '',
			placeholder: '17:00',
			description: 'For a part of one day: when the absence ends, as HH:mm',
			displayOptions: { show: { '/unit': ['hours'] } },
		},
		{
			displayName: 'Half Day End',
			name: 'halfDayEnd',
			type: 'boolean',
			default: false,
			description: 'Whether only the first half of the last day is taken off',
		},
		{
			displayName: 'Half Day Start',
			name: 'halfDayStart',
			type: 'boolean',
			default: false,
			description: 'Whether only the second half of the first day is taken off',
		},
		{
			displayName: 'Start Time',
			name: 'startTime',
			type: 'string',
			default: '',
			placeholder: '09:00',
			description: 'For a part of one day: when the absence starts, as HH:mm',
			displayOptions: { show: { '/unit': ['hours'] } },
		},
	]),
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absence'], operation: ['create'] } },
	properties,
);

/** Personio's form endpoints validate booleans as 1/0. */
const flag = (value: unknown) => (value ? 1 : 0);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const unit = absenceUnit.call(this, check, itemIndex);
	const additional = collectionOf.call(this, 'additionalFields', itemIndex);
	const form: IDataObject = {
		employee_id: employeeIdOf.call(this, itemIndex),
		time_off_type_id: check.integerId(
			'Absence Type Name or ID',
			this.getNodeParameter('absenceTypeId', itemIndex),
		),
		start_date: check.date('Start Date', this.getNodeParameter('startDate', itemIndex)),
		end_date: check.date('End Date', this.getNodeParameter('endDate', itemIndex)),
	};
	check.notBefore('Start Date', form.start_date as string, 'End Date', form.end_date as string);
	if (unit === 'hours' && (!isBlank(additional.startTime) || !isBlank(additional.endTime))) {
		form.start_time = check.time('Additional Fields > Start Time', additional.startTime);
		form.end_time = check.time('Additional Fields > End Time', additional.endTime);
		if (form.start_date !== form.end_date) {
			check.fail(
				'End Date',
				`the same day as Start Date when Start Time and End Time are set`,
				form.end_date,
			);
		}
		if (form.end_time <= form.start_time) {
			check.fail(
				'Additional Fields > End Time',
				`after Start Time (${String(form.start_time)})`,
				form.end_time,
			);
		}
	}
	// Since 2025-01-24 Personio answers 400 "Both half day start and half day end are true for a
	// single-day period" (changelog "Absence Period Creation Update").
	if (form.start_date === form.end_date && additional.halfDayStart && additional.halfDayEnd) {
		check.fail(
			'Additional Fields > Half Day End',
			'off when Additional Fields > Half Day Start is on for a single-day absence (Personio refuses both; ' +
				'for a full day leave both off)',
		);
	}
	form.half_day_start = flag(additional.halfDayStart);
	form.half_day_end = flag(additional.halfDayEnd);
	if (!isBlank(additional.comment)) form.comment = String(additional.comment);
	form.skip_approval = flag(this.getNodeParameter('skipApproval', itemIndex, true));

	const response = await (requestJson<V1Answer<V1Record | V1Record[]>>).call(this, {
		method: 'POST',
		path: ABSENCE_CREATE_PATHS[unit],
		form,
		itemIndex,
	});
	// Time-offs answer with the created record, absence periods with an array of them.
	const data = response.data;
	const created = Array.isArray(data) ? data : data ? [data] : [];
	return outputRecords.call(this, itemIndex, created);
}
