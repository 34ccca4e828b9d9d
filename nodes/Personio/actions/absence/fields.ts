import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyRecord } from '../../../shared/simplify';
import type { InputValidator } from '../../../shared/validation';

/** Personio keeps absences counted in days (time-offs) and in hours (absence periods) apart. */
export type AbsenceUnit = 'days' | 'hours';

export const ABSENCE_UNITS: readonly AbsenceUnit[] = ['days', 'hours'];

/** v1 endpoint of each unit; both page with `offset` = 1-based page number. */
export const ABSENCE_PATHS: Record<AbsenceUnit, string> = {
	days: '/v1/company/time-offs',
	hours: '/v1/company/absence-periods',
};

export const ABSENCE_PAGE_SIZE = 200;

export const unitField: INodeProperties = {
	displayName: 'Unit',
	name: 'unit',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['absence'] } },
	options: [
		{
			name: 'Days (Time-Offs)',
			value: 'days',
			description: 'Absence types counted in days, such as paid vacation; IDs are numbers',
		},
		{
			name: 'Hours (Absence Periods)',
			value: 'hours',
			description: 'Absence types counted in hours; IDs are UUIDs',
		},
	],
	default: 'days',
	description: 'The time unit of the absence type. Personio keeps day-based and hour-based absences apart.',
};

export const absenceIdField: INodeProperties = {
	displayName: 'Absence ID',
	name: 'absenceId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '12345 or 9bba303f-0fbc-4514-9958-0befa21923fb',
	description: 'A number for day-based absences, a UUID for hour-based ones',
};

export const employeeIdsFilter: INodeProperties = {
	displayName: 'Employee IDs',
	name: 'employeeIds',
	type: 'string',
	default: '',
	placeholder: '123, 456',
	description: 'Only records of these employees: Personio IDs separated by commas, or an array from an expression',
};

/** Shown on every write: Personio v1 skips approval unless told otherwise, v2 does the opposite. */
export function skipApprovalField(what: string): INodeProperties {
	return {
		displayName: 'Skip Approval',
		name: 'skipApproval',
		type: 'boolean',
		default: true,
		description: `Whether to record the ${what} without Personio's approval flow. Personio's v1 API skips approval by default; turn this off to start the approval flow set for the type (status pending).`,
	};
}

export function absenceUnit(this: IExecuteFunctions, check: InputValidator, itemIndex: number): AbsenceUnit {
	return check.oneOf('Unit', this.getNodeParameter('unit', itemIndex, 'days'), ABSENCE_UNITS);
}

/** Time-off ids are numbers, absence-period ids UUIDs: refused before any request when they do not fit. */
export function absenceId(check: InputValidator, unit: AbsenceUnit, value: unknown): number | string {
	return unit === 'days' ? check.integerId('Absence ID', value) : check.uuid('Absence ID', value);
}

/** The time-off type id of a day- or hour-based absence record, raw or simplified. */
export function absenceTypeIdOf(record: IDataObject): number | undefined {
	const plain = simplifyRecord(record);
	const type = (plain.time_off_type ?? plain.absence_type) as IDataObject | undefined;
	const id = type?.time_off_type_id ?? type?.id;
	return id === undefined || id === null ? undefined : Number(id);
}

export function outputRecords(this: IExecuteFunctions, itemIndex: number, records: IDataObject[]): IDataObject[] {
	return this.getNodeParameter('simplify', itemIndex, true) ? records.map(simplifyRecord) : records;
}
