import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { applyReadableCustomAttributes, readableCustomAttributesField } from './customAttributes';
import { employeeLocator, simplifyField } from '../../../shared/descriptions';
import { path, personioRequest } from '../../../shared/transport';
import { simplifyRecord } from '../../../shared/simplify';
import { ENDPOINTS } from '../../../shared/endpoints';
import { employeeIdOf } from '../common.parameters';

const properties: INodeProperties[] = [
	employeeLocator(),
	simplifyField,
	readableCustomAttributesField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = employeeIdOf.call(this, itemIndex);
	const response = (await personioRequest.call(this, {
		path: path(ENDPOINTS.employee.path, { id }),
		itemIndex,
	})) as IDataObject;
	const record = response.data as IDataObject;
	const output = this.getNodeParameter('simplify', itemIndex, true)
		? simplifyRecord(record)
		: record;
	return (await applyReadableCustomAttributes.call(this, itemIndex, [output]))[0];
}
