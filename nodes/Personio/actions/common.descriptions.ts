import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locator } from '../../shared/descriptions';
import { InputValidator } from '../../shared/validation';

/** Fields and their readers that several resources of the Personio node share. */

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

/** The person ID of the item, from the locator named `name`. */
export function personIdOf(
	this: IExecuteFunctions,
	itemIndex: number,
	name = 'personId',
	field = 'Person',
): string {
	return InputValidator.for(this, itemIndex).opaqueId(
		field,
		this.getNodeParameter(name, itemIndex, '', { extractValue: true }),
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

/** The value of a resource locator that sits inside a collection (`{mode, value}`), or the value itself. */
export function locatorValue(value: unknown): unknown {
	if (
		value &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		'mode' in value &&
		'value' in value
	) {
		return (value as IDataObject).value;
	}
	return value;
}

/** The project ID of the item, from the locator named `name`. */
export function projectIdOf(
	this: IExecuteFunctions,
	itemIndex: number,
	name = 'projectId',
	field = 'Project',
): string {
	const value = this.getNodeParameter(name, itemIndex, '', { extractValue: true });
	return InputValidator.for(this, itemIndex).opaqueId(field, locatorValue(value));
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

/** The item's Custom Attributes as `[key, value]` pairs, each key checked to be a `dynamic_…` key. */
export function customAttributesOf(
	this: IExecuteFunctions,
	itemIndex: number,
): Array<[string, string]> {
	const check = InputValidator.for(this, itemIndex);
	const field = 'Custom Attributes > Attribute Name or ID';
	const attributes = this.getNodeParameter(
		'customAttributes.attribute',
		itemIndex,
		[],
	) as IDataObject[];
	return attributes.map(({ key, value }) => {
		const name = check.required(field, key);
		if (!/^dynamic_\d+$/.test(name))
			check.fail(field, 'a custom attribute key such as dynamic_123456', name);
		return [name, value as string];
	});
}
