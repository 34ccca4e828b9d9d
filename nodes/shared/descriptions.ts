import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputValidator } from './validation';

/** The "Return All" / "Limit" pair every Get Many operation shows. */
export function returnAllOrLimit(maxPageHint?: string): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			hint: maxPageHint,
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		"Whether to return plain field values instead of Personio's raw {label, value} attribute wrappers",
};

/** The standard locator for a v1 employee: pick from a searchable list, or give the numeric ID. */
export function employeeLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Employee',
		name: 'employeeId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select an employee…',
				typeOptions: {
					searchListMethod: 'searchEmployees',
					searchable: true,
					searchFilterRequired: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '123456',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[0-9]+$', errorMessage: 'An employee ID is a whole number' },
					},
				],
			},
		],
		...overrides,
	};
}

/** Reads Return All / Limit of the item. */
export function maxResults(this: IExecuteFunctions, itemIndex: number): number {
	if (this.getNodeParameter('returnAll', itemIndex, false) as boolean) return Infinity;
	return InputValidator.for(this, itemIndex).number(
		'Limit',
		this.getNodeParameter('limit', itemIndex, 50),
		{ min: 1 },
	);
}
