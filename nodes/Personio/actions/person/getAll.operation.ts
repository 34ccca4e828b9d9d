import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	returnAllOrLimit,
	filtersCollection,
	updatedAtFilters,
} from '../../../shared/descriptions';
import { getManyV2, updatedAtQuery } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { persons } from './fields';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
		},
		{
			displayName: 'First Name',
			name: 'firstName',
			type: 'string',
			default: '',
		},
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'ACTIVE',
			options: [
				{
					name: 'Active',
					value: 'ACTIVE',
					description: 'Latest employment is active, on leave or onboarding',
				},
				{ name: 'Inactive', value: 'INACTIVE' },
			],
		},
		...updatedAtFilters,
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['person'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const qs = compact({
		email: filters.email ? check.email('Filters > Email', filters.email) : undefined,
		first_name: filters.firstName,
		last_name: filters.lastName,
		status: filters.status
			? check.oneOf('Filters > Status', filters.status, ['ACTIVE', 'INACTIVE'])
			: undefined,
		...updatedAtQuery(check, filters),
	});
	return await getManyV2.call(this, itemIndex, persons, { qs });
}
