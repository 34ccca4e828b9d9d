import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { attendancePeriods } from '../../../shared/attendancePeriods';
import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import {
	attendanceIdField,
	attendanceIdOf,
	periodBody,
	periodFields,
	skipApprovalField,
} from './fields';
import { updateFieldsCollection } from '../../../shared/descriptions';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	attendanceIdField,
	skipApprovalField,
	updateFieldsCollection(periodFields, {
		description: 'The type of a period (work or break) cannot change',
	}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['attendance'], operation: ['update'] } },
	properties,
);

/** Personio answers 204 without a body: the output is what was changed. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const id = attendanceIdOf.call(this, itemIndex);
	const body = periodBody(
		check,
		collectionOf.call(this, 'updateFields', itemIndex),
		'Update Fields > ',
	);
	if (Object.keys(body).length === 0)
		check.fail('Update Fields', 'given: add at least one field to change');
	const skipApproval = this.getNodeParameter('skipApproval', itemIndex, false);
	if (typeof skipApproval !== 'boolean') check.fail('Skip Approval', 'true or false', skipApproval);
	await personioRequest.call(this, {
		method: 'PATCH',
		path: path(attendancePeriods.itemPath!, { id }),
		qs: { skip_approval: skipApproval },
		body,
		itemIndex,
	});
	return { id, updated: true, ...body };
}
