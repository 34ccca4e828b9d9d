import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, filtersCollection } from '../../../shared/descriptions';
import { maxResults, collectionOf } from '../../../shared/parameters';
import { InputValidator } from '../../../shared/validation';
import { simplifyReport } from './fields';
import { ENDPOINTS } from '../../../shared/endpoints';
import type { V1Answer } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';

const properties: INodeProperties[] = [
	...returnAllOrLimit('Personio sends all reports in one response; the limit is applied after it'),
	filtersCollection([
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'up_to_date',
			options: [
				{ name: 'Up to Date', value: 'up_to_date' },
				{ name: 'Updating', value: 'updating' },
				{ name: 'Update Failed', value: 'update_failed' },
			],
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customReport'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const max = maxResults.call(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const qs: IDataObject = filters.status
		? {
				status: InputValidator.for(this, itemIndex).oneOf('Filters > Status', filters.status, [
					'up_to_date',
					'updating',
					'update_failed',
				]),
			}
		: {};
	const response = await (requestJson<V1Answer<IDataObject[]>>).call(this, {
		path: ENDPOINTS.customReports.path,
		qs,
		itemIndex,
	});
	const reports = Array.isArray(response.data) ? response.data : [];
	return reports.slice(0, max).map(simplifyReport);
}
