import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { applyReadableCustomAttributes, readableCustomAttributesField } from './customAttributes';
import { returnAllOrLimit, simplifyField, filtersCollection } from '../../../shared/descriptions';
import { maxResults, collectionOf } from '../../../shared/parameters';
import { paginate } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { simplifyRecordInPlace } from '../../../shared/simplify';
import { ENDPOINTS } from '../../../shared/endpoints';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Attribute Names or IDs',
			name: 'attributes',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getEmployeeAttributes' },
			default: [],
			description:
				'Return only these attributes. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Only the employee with this email address',
		},
		{
			displayName: 'Updated Since',
			name: 'updatedSince',
			type: 'dateTime',
			default: '',
			description:
				'Only employees changed since this moment. Personio then ignores the Email filter.',
		},
	]),
	simplifyField,
	readableCustomAttributesField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const max = maxResults.call(this, itemIndex);
	const qs = compact({
		email: filters.email ? check.email('Filters > Email', filters.email) : undefined,
		updated_since: check.optionalUtcDateTime('Filters > Updated Since', filters.updatedSince),
	});
	if (Array.isArray(filters.attributes) && filters.attributes.length)
		qs.attributes = filters.attributes;

	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	// Simplified page by page: each raw page is freed once read, and the records become plain in place,
	// so a Return All of 50,000 employees never holds the wrapped and the plain records at once.
	const records: IDataObject[] = [];
	const pages = paginate.call(
		this,
		{ path: ENDPOINTS.employees.path, qs, itemIndex },
		{ style: 'offset', offset: 'record', pageSize: ENDPOINTS.employees.pageSize },
		max,
	);
	for await (const page of pages) {
		for (const record of page) records.push(simplify ? simplifyRecordInPlace(record) : record);
	}
	return await applyReadableCustomAttributes.call(this, itemIndex, records);
}
