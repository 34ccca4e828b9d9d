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
 * `POST /v2/projects/{id}/members` answers 201 (https://developer.personio.de/reference/post_v2-projects-id-members).
 * Unconfirmed body: the page names it "Request object for adding project members" but its schema could not
 * be read in full; it lists no properties (a page of an object body lists them, as post_v2-absence-periods
 * does), its examples are "valid request" and "valid request single item", and
 * PK-Consulting/n8n-nodes-personio-hr sends the same list of `{person: {id}}`. The sandbox refuses every
 * other shape. Adding a member of a project assigned to all employees turns it into a project with members;
 * adding an existing member changes nothing.
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
