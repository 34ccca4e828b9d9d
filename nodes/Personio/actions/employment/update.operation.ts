import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path } from '../../../shared/transport';
import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import {
	employmentBody,
	employmentFields,
	employmentIdField,
	employmentIdOf,
	employments,
} from './fields';
import { personLocator } from '../common.descriptions';
import { personIdOf } from '../common.parameters';
import { updateFieldsCollection } from '../../../shared/descriptions';
import type { V2Answer } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	personLocator(),
	employmentIdField,
	updateFieldsCollection(employmentFields),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employment'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const personId = personIdOf.call(this, itemIndex);
	const id = employmentIdOf.call(this, itemIndex);
	const employment = employmentBody(
		check,
		collectionOf.call(this, 'updateFields', itemIndex),
		'Update Fields',
	);
	if (Object.keys(employment).length === 0)
		check.fail('Update Fields', 'given: add at least one field to change');
	const response = await (requestJson<V2Answer>).call(this, {
		method: 'PATCH',
		path: path(employments.itemPath!, { person_id: personId, id }),
		body: employment,
		itemIndex,
	});
	return { id, person: { id: personId }, ...employment, ...withoutMeta(response) };
}
