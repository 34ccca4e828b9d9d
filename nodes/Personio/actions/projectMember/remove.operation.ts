import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { memberOf, projectMembers } from './fields';
import { personLocator, projectLocator } from '../common.descriptions';

const properties: INodeProperties[] = [
	projectLocator(),
	personLocator({ description: 'The member to remove' }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['projectMember'], operation: ['remove'] } },
	properties,
);

/**
 * Without `person_id` Personio removes every member, so the person is required and checked before the
 * request. Answers 204; removing a non-member changes nothing.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const member = memberOf.call(this, itemIndex);
	await personioRequest.call(this, {
		method: 'DELETE',
		path: path(projectMembers.listPath, { id: member.project_id }),
		qs: { person_id: member.person_id },
		itemIndex,
	});
	return { ...member, removed: true };
}
