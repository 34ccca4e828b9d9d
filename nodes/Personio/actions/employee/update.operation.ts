import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { employeeLocator, updateFieldsCollection } from '../../../shared/descriptions';
import { path } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { employeeBody, employeeFields } from './fields';
import { customAttributesField } from '../common.descriptions';
import { ENDPOINTS } from '../../../shared/endpoints';
import { employeeIdOf } from '../common.parameters';
import type { V1Answer, V1Record } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';
import { collectionOf } from '../../../shared/parameters';

const nameFields: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
];

const properties: INodeProperties[] = [
	employeeLocator(),
	updateFieldsCollection(
		[...nameFields, ...employeeFields].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		{
			description: "Personio does not allow changing an employee's email address through the API",
		},
	),
	customAttributesField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const id = employeeIdOf.call(this, itemIndex);
	const employee = employeeBody.call(
		this,
		itemIndex,
		collectionOf.call(this, 'updateFields', itemIndex),
	);
	if (Object.keys(employee).length === 0)
		check.fail('Update Fields', 'given: add at least one field to change');
	const response = await (requestJson<V1Answer<V1Record>>).call(this, {
		method: 'PATCH',
		path: path(ENDPOINTS.employee.path, { id }),
		body: { employee },
		itemIndex,
	});
	const data = response.data ?? {};
	return { id, message: data.message, ...employee };
}
