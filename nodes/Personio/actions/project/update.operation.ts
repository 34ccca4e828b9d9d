import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { projectBody, projectFields, projects } from './fields';
import { projectLocator } from '../common.descriptions';
import { projectIdOf } from '../common.parameters';
import { updateFieldsCollection } from '../../../shared/descriptions';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	projectLocator(),
	updateFieldsCollection(projectFields('update')),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['project'], operation: ['update'] } },
	properties,
);

/** Personio answers 204 without a body: the output is what was changed. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const id = projectIdOf.call(this, itemIndex);
	const fields = collectionOf.call(this, 'updateFields', itemIndex);
	const body = projectBody(check, fields, 'Update Fields > ');
	if (Object.keys(body).length === 0)
		check.fail('Update Fields', 'given: add at least one field to change');
	await personioRequest.call(this, {
		method: 'PATCH',
		path: path(projects.itemPath!, { id }),
		body,
		itemIndex,
	});
	return { id, updated: true, ...body };
}
