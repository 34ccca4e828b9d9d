import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { projects } from './fields';
import { projectLocator } from '../common.descriptions';
import { projectIdOf } from '../common.parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'Personio deletes the project together with all its sub-projects',
		name: 'subProjectsNotice',
		type: 'notice',
		default: '',
	},
	projectLocator({ description: 'The project to delete; its sub-projects are deleted with it' }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['project'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = projectIdOf.call(this, itemIndex);
	await personioRequest.call(this, {
		method: 'DELETE',
		path: path(projects.itemPath!, { id }),
		itemIndex,
	});
	return { id, deleted: true };
}
