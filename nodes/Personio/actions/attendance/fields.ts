import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/validation';

export const ATTENDANCES_PATH = '/v1/company/attendances';

export const attendanceIdField: INodeProperties = {
	displayName: 'Attendance ID',
	name: 'attendanceId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '1234',
};

/** The attendance fields Personio accepts on create and update, by their API names. */
export const attendanceFields: INodeProperties[] = [
	{
		displayName: 'Break (Minutes)',
		name: 'break',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Length of the break in whole minutes',
	},
	{ displayName: 'Comment', name: 'comment', type: 'string', default: '' },
	{ displayName: 'Date', name: 'date', type: 'dateTime', default: '', description: 'The day worked' },
	{ displayName: 'End Time', name: 'end_time', type: 'string', default: '', placeholder: '17:00', description: 'As HH:mm' },
	{ displayName: 'Project ID', name: 'project_id', type: 'string', default: '', description: 'Personio ID of an attendance project' },
	{ displayName: 'Start Time', name: 'start_time', type: 'string', default: '', placeholder: '09:00', description: 'As HH:mm' },
];

const label = (prefix: string, name: string) =>
	`${prefix}${attendanceFields.find((field) => field.name === name)?.displayName ?? name}`;

/**
 * Validates the attendance fields that are set and returns them in Personio's shape. `prefix` names the
 * collection the fields are in, as the UI shows it.
 */
export function attendanceBody(check: InputValidator, fields: IDataObject, prefix = ''): IDataObject {
	const body = compact({ ...fields });
	if (body.date !== undefined) body.date = check.date(label(prefix, 'date'), body.date);
	if (body.start_time !== undefined) body.start_time = check.time(label(prefix, 'start_time'), body.start_time);
	if (body.end_time !== undefined) body.end_time = check.time(label(prefix, 'end_time'), body.end_time);
	if (body.start_time !== undefined && body.end_time !== undefined && body.end_time <= body.start_time) {
		check.fail(label(prefix, 'end_time'), `after Start Time (${String(body.start_time)})`, body.end_time);
	}
	if (body.break !== undefined) {
		const minutes = check.number(label(prefix, 'break'), body.break, { min: 0 });
		if (!Number.isInteger(minutes)) check.fail(label(prefix, 'break'), 'a whole number of minutes', body.break);
		body.break = minutes;
	}
	if (body.project_id !== undefined) body.project_id = check.integerId(label(prefix, 'project_id'), body.project_id);
	if (body.comment !== undefined) body.comment = String(body.comment);
	return body;
}
