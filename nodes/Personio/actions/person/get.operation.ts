import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getOneV2 } from '../../../shared/v2Reads';
import { persons } from './fields';
import { personLocator } from '../common.descriptions';
import { personIdOf } from '../common.parameters';

const properties: INodeProperties[] = [personLocator()];

export const description = updateDisplayOptions(
	{ show: { resource: ['person'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = personIdOf.call(this, itemIndex);
	return await getOneV2.call(this, itemIndex, persons, { id });
}
