import type { IExecuteFunctions } from 'n8n-workflow';

import type { ResourceMap } from '../../shared/runOperation';
import { runOperation } from '../../shared/runOperation';
import * as employee from './employee/Employee.resource';

export const resources: ResourceMap = {
	employee: employee.operations,
};

export async function router(this: IExecuteFunctions) {
	return await runOperation.call(this, resources, 'Personio');
}
