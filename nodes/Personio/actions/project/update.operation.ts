import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { PROJECT_PATH, projectIdField, projectIdOf, projectName, simplifyProject } from './fields';

const properties: INodeProperties[] = [
	projectIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether attendances can be booked on the project' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['project'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const id = projectIdOf.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.name !== undefined) body.name = projectName(check, 'Update Fields > Name', fields.name);
	if (fields.active !== undefined) body.active = fields.active === true;
	if (Object.keys(body).length === 0) check.fail('Update Fields', 'given: add at least one field to change');
	const response = (await personioRequest.call(this, { method: 'PATCH', path: path(PROJECT_PATH, { id }), body, itemIndex })) as IDataObject;
	return { id, ...body, ...simplifyProject((response.data ?? {}) as IDataObject) };
}
