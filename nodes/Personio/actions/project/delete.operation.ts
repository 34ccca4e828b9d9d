import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { PROJECT_PATH, projectIdField, projectIdOf } from './fields';

const properties: INodeProperties[] = [projectIdField];

export const description = updateDisplayOptions({ show: { resource: ['project'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = projectIdOf.call(this, itemIndex);
	await personioRequest.call(this, { method: 'DELETE', path: path(PROJECT_PATH, { id }), itemIndex });
	return { id, deleted: true };
}
