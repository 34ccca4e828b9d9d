import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	returnAllOrLimit,
	filtersCollection,
	updatedAtFilters,
} from '../../../shared/descriptions';
import { getManyV2, updatedAtQuery } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { employments } from './fields';
import { personLocator } from '../common.descriptions';
import { personIdOf } from '../common.parameters';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	personLocator(),
	...returnAllOrLimit(),
	filtersCollection(updatedAtFilters),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employment'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const personId = personIdOf.call(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const qs = updatedAtQuery(InputValidator.for(this, itemIndex), filters);
	return await getManyV2.call(this, itemIndex, employments, {
		params: { person_id: personId },
		qs,
	});
}
