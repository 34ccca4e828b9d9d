import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { InputValidator } from '../../shared/validation';

/** Readers, checked before any request, of the fields in common.descriptions.ts. */

/** The v1 employee ID of the item, from the Employee locator (`employeeLocator`). */
export function employeeIdOf(this: IExecuteFunctions, itemIndex: number): number {
	return InputValidator.for(this, itemIndex).integerId(
		'Employee',
		this.getNodeParameter('employeeId', itemIndex, '', { extractValue: true }),
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
