import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { projectName, PROJECTS_PATH, simplifyProject } from './fields';

const properties: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether attendances can be booked on the project',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['project'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const body = {
		name: projectName(check, 'Name', this.getNodeParameter('name', itemIndex)),
		active: this.getNodeParameter('active', itemIndex, true) as boolean,
	};
	const response = (await personioRequest.call(this, { method: 'POST', path: PROJECTS_PATH, body, itemIndex })) as IDataObject;
	return simplifyProject((response.data ?? {}) as IDataObject);
}
