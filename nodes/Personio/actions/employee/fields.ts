import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { withSnakeCaseKeys } from '../../../shared/snakeCaseKeys';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { customAttributesOf } from '../common.parameters';

/** Employee fields Personio accepts on create and update (email only on create). */
export const employeeFields: INodeProperties[] = [
	{
		displayName: 'Department',
		name: 'department',
		type: 'string',
		default: '',
		description: 'Name of an existing department; Personio ignores names it does not know',
	},
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		default: 'diverse',
		options: [
			{ name: 'Diverse', value: 'diverse' },
			{ name: 'Female', value: 'female' },
			{ name: 'Male', value: 'male' },
		],
	},
	{
		displayName: 'Hire Date',
		name: 'hireDate',
		type: 'dateTime',
		default: '',
		description: 'Without a status, sets the status to active or onboarding',
	},
	{
		displayName: 'Office',
		name: 'office',
		type: 'string',
		default: '',
		description: 'Name of an existing office; Personio ignores names it does not know',
	},
	{ displayName: 'Position', name: 'position', type: 'string', default: '' },
	{ displayName: 'Preferred Name', name: 'preferredName', type: 'string', default: '' },
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'active',
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'Inactive', value: 'inactive' },
			{ name: 'Leave', value: 'leave' },
			{ name: 'Onboarding', value: 'onboarding' },
		],
	},
	{
		displayName: 'Subcompany',
		name: 'subcompany',
		type: 'string',
		default: '',
		description: 'Name of an existing subcompany',
	},
	{
		displayName: 'Supervisor ID',
		name: 'supervisorId',
		type: 'string',
		default: '',
		description: 'Personio ID of the supervisor',
	},
	{
		displayName: 'Weekly Working Hours',
		name: 'weeklyWorkingHours',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, maxValue: 168 },
	},
];

/** Validates the optional fields of one item and returns them in Personio's shape. */
export function employeeBody(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const check = InputValidator.for(this, itemIndex);
	const body = compact(withSnakeCaseKeys(fields));
	for (const [key, label] of [
		['first_name', 'First Name'],
		['last_name', 'Last Name'],
		['preferred_name', 'Preferred Name'],
	]) {
		if (body[key] !== undefined)
			body[key] = check.maxLength(label, check.required(label, body[key]), 255);
	}
	for (const [key, label] of [
		['gender', 'Gender'],
		['status', 'Status'],
	]) {
		const allowed = employeeFields
			.find((field) => field.name === key)!
			.options!.map((option) => String((option as { value: string }).value));
		if (body[key] !== undefined) body[key] = check.oneOf(label, body[key], allowed);
	}
	if (body.hire_date !== undefined) body.hire_date = check.date('Hire Date', body.hire_date);
	if (body.supervisor_id !== undefined)
		body.supervisor_id = check.integerId('Supervisor ID', body.supervisor_id);
	if (body.weekly_working_hours !== undefined) {
		body.weekly_working_hours = check.number('Weekly Working Hours', body.weekly_working_hours, {
			min: 0,
			max: 168,
		});
	}
	const custom = customAttributesOf.call(this, itemIndex);
	if (custom.length) body.custom_attributes = Object.fromEntries(custom);
	return body;
}
