import type { IExecuteFunctions } from 'n8n-workflow';

import { runOperation } from '../../shared/runOperation';
import { resources } from './resources';

export async function router(this: IExecuteFunctions) {
	return await runOperation.call(this, resources, 'Personio Recruiting');
}
