import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { personioRequest } from '../../../shared/transport';
import { nameAndEmail } from '../../../shared/parameters';
import { snakeCaseName } from '../../../shared/snakeCaseKeys';
import { employeeBody, employeeFields } from './fields';
import { customAttributesField } from '../common.descriptions';
import { ENDPOINTS } from '../../../shared/endpoints';
import { additionalFieldsCollection } from '../../../shared/descriptions';

const properties: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', required: true },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', required: true },
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
	},
	additionalFieldsCollection(employeeFields),
	customAttributesField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const employee: IDataObject = {
		...snakeCaseName(nameAndEmail.call(this, itemIndex)),
		...employeeBody.call(
			this,
			itemIndex,
			this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
		),
	};
	const response = (await personioRequest.call(this, {
		method: 'POST',
		path: ENDPOINTS.employees.path,
		body: { employee },
		itemIndex,
	})) as IDataObject;
	const data = (response.data ?? {}) as IDataObject;
	return { id: data.id, message: data.message, ...employee };
}
