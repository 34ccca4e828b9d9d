import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { InputValidator } from './validation';

/** Readers of the node parameters that several operations share, each checked before any request. */

/** Reads Return All / Limit of the item. */
export function maxResults(this: IExecuteFunctions, itemIndex: number): number {
	if (this.getNodeParameter('returnAll', itemIndex, false) as boolean) return Infinity;
	return InputValidator.for(this, itemIndex).number(
		'Limit',
		this.getNodeParameter('limit', itemIndex, 50),
		{ min: 1 },
	);
}

/** The item's First Name and Last Name (required, at most 255 characters) and Email, checked. */
export function nameAndEmail(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const name = (label: string, parameter: string) =>
		check.maxLength(label, check.required(label, this.getNodeParameter(parameter, itemIndex)), 255);
	return {
		firstName: name('First Name', 'firstName'),
		lastName: name('Last Name', 'lastName'),
		email: check.email('Email', this.getNodeParameter('email', itemIndex)),
	};
}

/**
 * A collection parameter of the item (Filters, Additional Fields, Update Fields, Options, ...): the
 * fields set in it, or none when an expression gave something other than an object.
 */
export function collectionOf(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
): IDataObject {
	const value = this.getNodeParameter(name, itemIndex, {});
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};
}
