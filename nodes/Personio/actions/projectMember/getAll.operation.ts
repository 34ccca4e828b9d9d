import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { getManyV2 } from '../../../shared/v2Reads';
import { projectMembers } from './fields';
import { projectLocator } from '../common.descriptions';
import { projectIdOf } from '../common.parameters';

const properties: INodeProperties[] = [projectLocator(), ...returnAllOrLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['projectMember'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = projectIdOf.call(this, itemIndex);
	return await getManyV2.call(this, itemIndex, projectMembers, { params: { id } });
}
