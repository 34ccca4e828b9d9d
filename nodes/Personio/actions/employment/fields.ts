import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { withSnakeCaseKeys } from '../../../shared/snakeCaseKeys';
import type { V2ListEndpoint } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { ENDPOINTS } from '../../../shared/endpoints';

/** v2 employments of one person: `limit` 1–50. */
export const employments: V2ListEndpoint = {
	listPath: ENDPOINTS.employments.path,
	itemPath: ENDPOINTS.employment.path,
	pageSize: ENDPOINTS.employments.pageSize,
};

const EMPLOYMENT_STATUSES = ['ACTIVE', 'INACTIVE', 'LEAVE', 'ONBOARDING'] as const;
const EMPLOYMENT_TYPES = ['EXTERNAL', 'INTERNAL'] as const;

const hours = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	default: 40,
	typeOptions: { minValue: 0, maxValue: 168, numberPrecision: 2 },
	description,
});

/** Employment fields Personio v2 accepts when creating a person and when updating an employment. */
export const employmentFields: INodeProperties[] = [
	{ displayName: 'Contract End Date', name: 'contractEndDate', type: 'dateTime', default: '' },
	{
		displayName: 'Employment Start Date',
		name: 'employmentStartDate',
		type: 'dateTime',
		default: '',
	},
	hours(
		'Full Time Weekly Working Hours',
		'fullTimeWeeklyWorkingHours',
		'Hours per week that count as full time',
	),
	{
		displayName: 'Job ID',
		name: 'jobId',
		type: 'string',
		default: '',
		description: 'ID of an existing job',
	},
	{
		displayName: 'Legal Entity ID',
		name: 'legalEntityId',
		type: 'string',
		default: '',
		description: 'ID of an existing legal entity',
	},
	{
		displayName: 'Office ID',
		name: 'officeId',
		type: 'string',
		default: '',
		description: 'ID of an existing office',
	},
	{ displayName: 'Position Title', name: 'positionTitle', type: 'string', default: '' },
	{ displayName: 'Probation End Date', name: 'probationEndDate', type: 'dateTime', default: '' },
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'ACTIVE',
		options: EMPLOYMENT_STATUSES.map((value) => ({
			name: value[0] + value.slice(1).toLowerCase(),
			value,
		})),
	},
	{
		displayName: 'Supervisor ID',
		name: 'supervisorId',
		type: 'string',
		default: '',
		description: 'Person ID of the supervisor',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'INTERNAL',
		options: EMPLOYMENT_TYPES.map((value) => ({
			name: value[0] + value.slice(1).toLowerCase(),
			value,
		})),
	},
	hours('Weekly Working Hours', 'weeklyWorkingHours', 'Hours per week of this employment'),
];

const DATES: Record<string, string> = {
	contract_end_date: 'Contract End Date',
	employment_start_date: 'Employment Start Date',
	probation_end_date: 'Probation End Date',
};
const HOURS: Record<string, string> = {
	full_time_weekly_working_hours: 'Full Time Weekly Working Hours',
	weekly_working_hours: 'Weekly Working Hours',
};
const REFERENCES: Record<string, [string, string]> = {
	job_id: ['job', 'Job ID'],
	legal_entity_id: ['legal_entity', 'Legal Entity ID'],
	office_id: ['office', 'Office ID'],
	supervisor_id: ['supervisor', 'Supervisor ID'],
};

/** Validates employment fields; returns them in Personio v2's shape (`{supervisor: {id}}`, `{position: {title}}`). */
export function employmentBody(
	check: InputValidator,
	fields: IDataObject,
	prefix: string,
): IDataObject {
	const given = compact(withSnakeCaseKeys(fields));
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(given)) {
		if (DATES[key]) body[key] = check.date(`${prefix} > ${DATES[key]}`, value);
		else if (HOURS[key])
			body[key] = check.number(`${prefix} > ${HOURS[key]}`, value, { min: 0, max: 168 });
		else if (REFERENCES[key])
			body[REFERENCES[key][0]] = { id: check.opaqueId(`${prefix} > ${REFERENCES[key][1]}`, value) };
		else if (key === 'position_title')
			body.position = { title: check.maxLength(`${prefix} > Position Title`, String(value), 255) };
		else if (key === 'status')
			body.status = check.oneOf(`${prefix} > Status`, value, EMPLOYMENT_STATUSES);
		else if (key === 'type') body.type = check.oneOf(`${prefix} > Type`, value, EMPLOYMENT_TYPES);
	}
	return body;
}

export const employmentIdField: INodeProperties = {
	displayName: 'Employment ID',
	name: 'employmentId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'c85d978e-1104-4762-be94-c868525eef45',
	description: 'ID of the employment, as listed in the person\'s "employments"',
};

export function employmentIdOf(this: IExecuteFunctions, itemIndex: number): string {
	return InputValidator.for(this, itemIndex).opaqueId(
		'Employment ID',
		this.getNodeParameter('employmentId', itemIndex),
	);
}
