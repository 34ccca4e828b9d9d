import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path } from '../../../shared/transport';
import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { personBody, personFields } from './fields';
import { customAttributesField, personLocator } from '../common.descriptions';
import { personIdOf } from '../common.parameters';
import { ENDPOINTS } from '../../../shared/endpoints';
import { updateFieldsCollection } from '../../../shared/descriptions';
import type { V2Answer } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	personLocator(),
	updateFieldsCollection(
		(
			[
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
				},
				{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
				{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
				...personFields,
			] as INodeProperties[]
		).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
	customAttributesField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['person'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = personIdOf.call(this, itemIndex);
	const person = personBody.call(
		this,
		itemIndex,
		collectionOf.call(this, 'updateFields', itemIndex),
		'Update Fields',
	);
	if (Object.keys(person).length === 0)
		InputValidator.for(this, itemIndex).fail(
			'Update Fields',
			'given: add at least one field to change',
		);
	const response = await (requestJson<V2Answer>).call(this, {
		method: 'PATCH',
		path: path(ENDPOINTS.person.path, { id }),
		body: person,
		itemIndex,
	});
	return { id, ...person, ...withoutMeta(response) };
}
