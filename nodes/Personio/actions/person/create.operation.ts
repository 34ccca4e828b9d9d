import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { nameAndEmail, collectionOf } from '../../../shared/parameters';
import { employmentBody, employmentFields } from '../employment/fields';
import { personBody, personFields } from './fields';
import { customAttributesField } from '../common.descriptions';
import { ENDPOINTS } from '../../../shared/endpoints';
import { additionalFieldsCollection, nameAndEmailFields } from '../../../shared/descriptions';
import type { V2Answer } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';

const properties: INodeProperties[] = [
	...nameAndEmailFields,
	additionalFieldsCollection(personFields),
	{
		displayName: 'Employment',
		name: 'employment',
		type: 'collection',
		placeholder: 'Add Employment Field',
		default: {},
		description: 'The first employment of the new person',
		options: employmentFields,
	},
	customAttributesField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['person'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const person = personBody.call(
		this,
		itemIndex,
		{
			...collectionOf.call(this, 'additionalFields', itemIndex),
			...nameAndEmail.call(this, itemIndex),
		},
		'Additional Fields',
	);
	person.employments = [
		employmentBody(check, collectionOf.call(this, 'employment', itemIndex), 'Employment'),
	];
	const response = await (requestJson<V2Answer>).call(this, {
		method: 'POST',
		path: ENDPOINTS.persons.path,
		body: person,
		itemIndex,
	});
	return { ...person, ...withoutMeta(response) };
}
