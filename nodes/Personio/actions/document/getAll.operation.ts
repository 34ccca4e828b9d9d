import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { getManyV2 } from '../../../shared/v2Reads';
import { documents } from './fields';
import { personLocator } from '../common.descriptions';
import { personIdOf } from '../common.parameters';

const properties: INodeProperties[] = [
	personLocator({
		displayName: 'Owner',
		name: 'ownerId',
		description: 'The person whose documents to list',
	}),
	...returnAllOrLimit(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const ownerId = personIdOf.call(this, itemIndex, 'ownerId', 'Owner');
	return await getManyV2.call(this, itemIndex, documents, { qs: { owner_id: ownerId } });
}
