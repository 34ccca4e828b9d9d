import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { applyReadableCustomAttributes, readableCustomAttributesField } from './customAttributes';
import { employeeLocator, simplifyField } from '../../../shared/descriptions';
import { path } from '../../../shared/transport';
import { simplifyRecord } from '../../../shared/simplify';
import { ENDPOINTS } from '../../../shared/endpoints';
import { employeeIdOf } from '../common.parameters';
import type { V1Answer, V1Record } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';

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
	const response = await (requestJson<V1Answer<V1Record>>).call(this, {
		path: path(ENDPOINTS.employee.path, { id }),
		itemIndex,
	});
	const record = response.data ?? {};
	const output = this.getNodeParameter('simplify', itemIndex, true)
		? simplifyRecord(record)
		: record;
	return (await applyReadableCustomAttributes.call(this, itemIndex, [output]))[0];
}
