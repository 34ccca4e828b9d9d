import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { personioRequest } from '../../../shared/transport';
import { maxResults } from '../../../shared/v2Collection';
import { PROJECTS_PATH, simplifyProject } from './fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit('Personio sends all projects in one response; the limit is applied after it'),
	{
		displayName: 'Only Active',
		name: 'onlyActive',
		type: 'boolean',
		default: false,
		description: 'Whether to return only projects that can be booked',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['project'], operation: ['getAll'] } }, properties);

/** Personio returns every attendance project in one unpaginated list. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const max = maxResults.call(this, itemIndex);
	const response = (await personioRequest.call(this, { path: PROJECTS_PATH, itemIndex })) as IDataObject;
	const projects = (Array.isArray(response.data) ? (response.data as IDataObject[]) : []).map(simplifyProject);
	const wanted = this.getNodeParameter('onlyActive', itemIndex, false) ? projects.filter((project) => project.active === true) : projects;
	return wanted.slice(0, max);
}
