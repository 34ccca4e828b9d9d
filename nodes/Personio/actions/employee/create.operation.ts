import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { nameAndEmail, collectionOf } from '../../../shared/parameters';
import { snakeCaseName } from '../../../shared/snakeCaseKeys';
import { employeeBody, employeeFields } from './fields';
import { customAttributesField } from '../common.descriptions';
import { ENDPOINTS } from '../../../shared/endpoints';
import { additionalFieldsCollection, nameAndEmailFields } from '../../../shared/descriptions';
import type { V1Answer, V1Record } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';

const properties: INodeProperties[] = [
	...nameAndEmailFields,
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
		...employeeBody.call(this, itemIndex, collectionOf.call(this, 'additionalFields', itemIndex)),
	};
	const response = await (requestJson<V1Answer<V1Record>>).call(this, {
		method: 'POST',
		path: ENDPOINTS.employees.path,
		body: { employee },
		itemIndex,
	});
	const data = response.data ?? {};
	return { id: data.id, message: data.message, ...employee };
}
