import type { INodeProperties } from 'n8n-workflow';

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

/** What tells one locator from another: its record, search method, and what an ID looks like. */
export interface LocatorSpec {
	displayName: string;
	name: string;
	placeholder: string;
	searchListMethod: string;
	idPlaceholder: string;
	idRegex: string;
	idError: string;
}

/** A record to pick from a searchable list, or to give by ID. */
export function locator(
	spec: LocatorSpec,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: spec.placeholder,
				typeOptions: {
					searchListMethod: spec.searchListMethod,
					searchable: true,
					searchFilterRequired: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder,
				validation: [
					{ type: 'regex', properties: { regex: spec.idRegex, errorMessage: spec.idError } },
				],
			},
		],
		...overrides,
	};
}

/** The standard locator for a v1 employee: pick from a searchable list, or give the numeric ID. */
export function employeeLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			displayName: 'Employee',
			name: 'employeeId',
			placeholder: 'Select an employee…',
			searchListMethod: 'searchEmployees',
			idPlaceholder: '123456',
			idRegex: '^[0-9]+$',
			idError: 'An employee ID is a whole number',
		},
		overrides,
	);
}

/** A "Filters" collection with these options. */
export function filtersCollection(
	options: INodeProperties[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
		...overrides,
	};
}

/** The "Updated After" / "Updated Before" pair of v2 lists. */
export const updatedAtFilters: INodeProperties[] = [
	{
		displayName: 'Updated After',
		name: 'updatedAfter',
		type: 'dateTime',
		default: '',
		description: 'Only records changed after this moment',
	},
	{
		displayName: 'Updated Before',
		name: 'updatedBefore',
		type: 'dateTime',
		default: '',
		description: 'Only records changed before this moment',
	},
];

/** The "Additional Fields" collection of a Create: its optional fields. */
export function additionalFieldsCollection(
	options: INodeProperties[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return filtersCollection(options, {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		placeholder: 'Add Field',
		...overrides,
	});
}

/** The "Update Fields" collection of an Update: the fields to change. */
export function updateFieldsCollection(
	options: INodeProperties[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return additionalFieldsCollection(options, {
		displayName: 'Update Fields',
		name: 'updateFields',
		...overrides,
	});
}

/** First Name, Last Name and Email of a new person, read by `nameAndEmail` (parameters.ts). */
export const nameAndEmailFields: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', required: true },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', required: true },
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
	},
];
