import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { withoutMeta } from '../../../shared/v2Reads';
import { memberOf, projectMembers } from './fields';
import { personLocator, projectLocator } from '../common.descriptions';

const properties: INodeProperties[] = [
	projectLocator({ description: 'A top-level project: sub-projects have no members of their own' }),
	personLocator({ description: 'The person who may track time on the project' }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['projectMember'], operation: ['add'] } },
	properties,
);

/**
 * The body is a list of `{person: {id}}` (PK-Consulting/n8n-nodes-personio-hr; Personio's reference names it
 * "a list of project members"). Adding a member of a project assigned to all employees turns it into a
 * project with members; adding an existing member changes nothing.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const member = memberOf.call(this, itemIndex);
	const response = await personioRequest.call(this, {
		method: 'POST',
		path: path(projectMembers.listPath, { id: member.project_id }),
		body: [{ person: { id: member.person_id } }],
		itemIndex,
	});
	return { ...withoutMeta(response), ...member, added: true };
}
