import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getOneV2 } from '../../../shared/v2Reads';
import { projects } from './fields';
import { projectLocator } from '../common.descriptions';
import { projectIdOf } from '../common.parameters';

const properties: INodeProperties[] = [projectLocator()];

export const description = updateDisplayOptions(
	{ show: { resource: ['project'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await getOneV2.call(this, itemIndex, projects, { id: projectIdOf.call(this, itemIndex) });
}
