import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { updateFieldsCollection } from '../../../shared/descriptions';
import { collectionOf } from '../../../shared/parameters';
import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import {
	absenceId,
	absenceIdField,
	absencePeriods,
	explainingConflicts,
	periodBody,
	periodOptions,
	skipApprovalField,
	skipApprovalOf,
} from './fields';

const properties: INodeProperties[] = [
	absenceIdField,
	skipApprovalField,
	updateFieldsCollection(
		[
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'New last day of the absence',
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'New first day of the absence',
			},
			...periodOptions,
		],
		{ description: 'The person and the absence type of an absence cannot change' },
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absence'], operation: ['update'] } },
	properties,
);

/**
 * `PATCH /v2/absence-periods/{id}?skip_approval=` answers 204 without a body
 * (https://developer.personio.de/reference/patch_v2-absence-periods-id): the output is what was changed.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const id = absenceId.call(this, check, itemIndex);
	const fields = collectionOf.call(this, 'updateFields', itemIndex);
	const body = periodBody(check, {
		startDate: fields.startDate,
		endDate: fields.endDate,
		fields,
		datePrefix: 'Update Fields > ',
		prefix: 'Update Fields > ',
	});
	if (Object.keys(body).length === 0)
		check.fail('Update Fields', 'given: add at least one field to change');
	const skipApproval = skipApprovalOf.call(this, check, itemIndex);
	await explainingConflicts(
		async () =>
			await personioRequest.call(this, {
				method: 'PATCH',
				path: path(absencePeriods.itemPath!, { id }),
				qs: { skip_approval: skipApproval },
				body,
				itemIndex,
			}),
	);
	return { id, updated: true, ...body };
}
