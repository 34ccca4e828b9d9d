import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import { simplifyRecord } from '../../../shared/simplify';
import type { V2ListEndpoint } from '../../../shared/v2Reads';
import type { InputValidator } from '../../../shared/validation';

/**
 * Reads and deletes use v2 absence periods, which hold day- and hour-based absences alike (ids are
 * UUIDs). Creating still uses v1 (see docs/absences-v1-v2.md): there Personio keeps absences counted
 * in days (time-offs) and in hours (absence periods) apart.
 */
export type AbsenceUnit = 'days' | 'hours';

export const ABSENCE_UNITS: readonly AbsenceUnit[] = ['days', 'hours'];

/** v1 create endpoint of each unit. */
export const ABSENCE_CREATE_PATHS: Record<AbsenceUnit, string> = {
	days: ENDPOINTS.timeOffs.path,
	hours: ENDPOINTS.hourlyAbsencePeriods.path,
};

/** `GET /v2/absence-periods[/{id}]`: `limit` 1-100 (reference page get_v2-absence-periods). */
export const absencePeriods: V2ListEndpoint = {
	listPath: ENDPOINTS.absencePeriods.path,
	itemPath: ENDPOINTS.absencePeriod.path,
	pageSize: ENDPOINTS.absencePeriods.pageSize,
};

/** `GET /v2/absence-periods/{id}/breakdowns`: one entry per day, `limit` 1-28 (reference page
 * get_v2-absence-periods-id-breakdowns). */
export const absenceBreakdowns: V2ListEndpoint = {
	listPath: ENDPOINTS.absencePeriodBreakdowns.path,
	pageSize: ENDPOINTS.absencePeriodBreakdowns.pageSize,
};

export const unitField: INodeProperties = {
	displayName: 'Unit',
	name: 'unit',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['absence'], operation: ['create'] } },
	options: [
		{
			name: 'Days (Time-Offs)',
			value: 'days',
			description: 'Absence types counted in days, such as paid vacation',
		},
		{
			name: 'Hours (Absence Periods)',
			value: 'hours',
			description: 'Absence types counted in hours',
		},
	],
	default: 'days',
	description:
		'The time unit of the absence type. Personio keeps day-based and hour-based absence types apart.',
};

export const absenceIdField: INodeProperties = {
	displayName: 'Absence ID',
	name: 'absenceId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '9bba303f-0fbc-4514-9958-0befa21923fb',
	description: 'The UUID of the absence period (day- or hour-based), as Get Many returns it',
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

export function absenceUnit(
	this: IExecuteFunctions,
	check: InputValidator,
	itemIndex: number,
): AbsenceUnit {
	return check.oneOf('Unit', this.getNodeParameter('unit', itemIndex, 'days'), ABSENCE_UNITS);
}

export function absenceId(
	this: IExecuteFunctions,
	check: InputValidator,
	itemIndex: number,
): string {
	return check.uuid('Absence ID', this.getNodeParameter('absenceId', itemIndex));
}

export function outputRecords(
	this: IExecuteFunctions,
	itemIndex: number,
	records: IDataObject[],
): IDataObject[] {
	return this.getNodeParameter('simplify', itemIndex, true) ? records.map(simplifyRecord) : records;
}
