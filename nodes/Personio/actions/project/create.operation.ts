import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { personioRequest } from '../../../shared/transport';
import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { projectBody, projectFields, projects, projectStatusOptions } from './fields';
import { additionalFieldsCollection } from '../../../shared/descriptions';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Unique, at most 255 characters',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'ACTIVE',
		required: true,
		options: projectStatusOptions,
	},
	additionalFieldsCollection(projectFields('create')),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['project'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const additional = collectionOf.call(this, 'additionalFields', itemIndex);
	const body = {
		...projectBody(check, { name: this.getNodeParameter('name', itemIndex, '') as string }, ''),
		...projectBody(
			check,
			{ status: this.getNodeParameter('status', itemIndex, 'ACTIVE') as string },
			'',
		),
		...projectBody(check, additional, 'Additional Fields > '),
	};
	if (body.name === undefined) check.fail('Name', 'set');
	const response = await personioRequest.call(this, {
		method: 'POST',
		path: projects.listPath,
		body,
		itemIndex,
	});
	return { ...body, ...withoutMeta(response) };
}
