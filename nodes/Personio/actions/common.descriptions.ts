import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../../shared/descriptions';

/** Fields that several resources of the Personio node share; their readers are in common.parameters.ts. */

const OPAQUE_ID_PATTERN = '^[A-Za-z0-9._:-]+$';

/** The standard locator for a v2 person: pick from a searchable list of persons, or give the ID. */
export function personLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			displayName: 'Person',
			name: 'personId',
			placeholder: 'Select a person…',
			searchListMethod: 'searchPersons',
			idPlaceholder: '123456',
			idRegex: OPAQUE_ID_PATTERN,
			idError: 'A person ID is made of letters, digits, dots or dashes',
		},
		overrides,
	);
}

/** Pick a project from a searchable list, or give its ID. */
export function projectLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			displayName: 'Project',
			name: 'projectId',
			placeholder: 'Select a project…',
			searchListMethod: 'searchProjects',
			idPlaceholder: '1234',
			idRegex: OPAQUE_ID_PATTERN,
			idError: 'A project ID is made of letters, digits, dots or dashes',
		},
		overrides,
	);
}

export const customAttributesField: INodeProperties = {
	displayName: 'Custom Attributes',
	name: 'customAttributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Custom Attribute',
	default: {},
	options: [
		{
			displayName: 'Attribute',
			name: 'attribute',
			values: [
				{
					displayName: 'Attribute Name or ID',
					name: 'key',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCustomAttributes' },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};
