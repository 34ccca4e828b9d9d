import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { documentIdField, documentIdOf, documents } from './fields';

const properties: INodeProperties[] = [documentIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = documentIdOf.call(this, itemIndex);
	await personioRequest.call(this, {
		method: 'DELETE',
		path: path(documents.itemPath!, { id }),
		itemIndex,
	});
	return { id, deleted: true };
}
