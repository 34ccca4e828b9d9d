import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getOneV2 } from '../../../shared/v2Reads';
import { employmentIdField, employmentIdOf, employments } from './fields';
import { personLocator } from '../common.descriptions';
import { personIdOf } from '../common.parameters';

const properties: INodeProperties[] = [personLocator(), employmentIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['employment'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const personId = personIdOf.call(this, itemIndex);
	const id = employmentIdOf.call(this, itemIndex);
	return await getOneV2.call(this, itemIndex, employments, { person_id: personId, id });
}
