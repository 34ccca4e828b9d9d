import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalFieldsCollection, employeeLocator } from '../../../shared/descriptions';
import { personioRequest } from '../../../shared/transport';
import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import {
	absencePeriods,
	explainingConflicts,
	periodBody,
	periodOptions,
	skipApprovalField,
	skipApprovalOf,
} from './fields';

const properties: INodeProperties[] = [
	employeeLocator({ description: 'The person taking the absence' }),
	{
		displayName: 'Absence Type Name or ID',
		name: 'absenceTypeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAbsenceTypeIds' },
		default: '',
		required: true,
		description:
			'A v2 absence type (UUID), counted in days or hours. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'First day of the absence, in the time zone of the person',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description:
			'Last day of the absence. Leave empty for an absence without a known end (e.g. long sick leave).',
	},
	skipApprovalField,
	additionalFieldsCollection(periodOptions),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absence'], operation: ['create'] } },
	properties,
);

/**
 * `POST /v2/absence-periods?skip_approval=` with `person {id}`, `absence_type {id}`, `starts_from`,
 * `ends_at` (or null), `comment`, `substitute {id}`; answers 201
 * (https://developer.personio.de/reference/post_v2-absence-periods). The id it returns is the v2 UUID
 * that Get, Update and Delete take.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const person = check.integerId(
		'Employee',
		this.getNodeParameter('employeeId', itemIndex, '', { extractValue: true }),
	);
	const absenceType = check.opaqueId(
		'Absence Type Name or ID',
		this.getNodeParameter('absenceTypeId', itemIndex),
	);
	const startDate = check.required('Start Date', this.getNodeParameter('startDate', itemIndex));
	const body: IDataObject = {
		person: { id: String(person) },
		absence_type: { id: absenceType },
		...periodBody(check, {
			startDate,
			endDate: this.getNodeParameter('endDate', itemIndex, ''),
			openEnded: true,
			fields: this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
			datePrefix: '',
			prefix: 'Additional Fields > ',
		}),
	};
	const skipApproval = skipApprovalOf.call(this, check, itemIndex);
	const response = await explainingConflicts(
		async () =>
			await personioRequest.call(this, {
				method: 'POST',
				path: absencePeriods.listPath,
				qs: { skip_approval: skipApproval },
				body,
				itemIndex,
			}),
	);
	return { ...body, ...withoutMeta(response) };
}
