import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { employeeLocator } from '../../../shared/descriptions';
import { path } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/endpoints';
import { employeeIdOf } from '../common.parameters';
import type { V1Answer } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';

const properties: INodeProperties[] = [employeeLocator()];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getAbsenceBalance'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = employeeIdOf.call(this, itemIndex);
	const response = await (requestJson<V1Answer<IDataObject[]>>).call(this, {
		path: path(ENDPOINTS.employeeAbsenceBalance.path, { id }),
		itemIndex,
	});
	const balances = Array.isArray(response.data) ? response.data : [];
	return balances.map((balance) => ({ employee_id: id, ...balance }));
}
