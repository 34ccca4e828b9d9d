import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { maxResults, collectionOf } from '../../../shared/parameters';
import { path, personioRequestAllItems } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { reportRows, simplifyRow } from './fields';
import { ENDPOINTS } from '../../../shared/endpoints';

const properties: INodeProperties[] = [
	{
		displayName: 'Report ID',
		name: 'reportId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'eea50309-d1b1-47d6-bc7e-27de7a3ab491',
	},
	...returnAllOrLimit(),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				placeholder: 'de',
				description: 'Language of translated values, such as de or en',
			},
		],
	},
	{
		...simplifyField,
		description:
			"Whether to return each row as {employee_id, column: value} instead of Personio's attribute list",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customReport'], operation: ['getRows'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const id = check.opaqueId('Report ID', this.getNodeParameter('reportId', itemIndex));
	const options = collectionOf.call(this, 'options', itemIndex);
	const locale = options.locale ? String(options.locale).trim() : undefined;
	if (locale && !/^[a-z]{2}([-_][A-Za-z]{2})?$/.test(locale))
		check.fail('Options > Locale', 'a language code such as de', locale);
	const rows = await personioRequestAllItems.call(
		this,
		{ path: path(ENDPOINTS.customReport.path, { id }), qs: compact({ locale }), itemIndex },
		{ style: 'page', pageSize: ENDPOINTS.customReport.pageSize, items: reportRows },
		maxResults.call(this, itemIndex),
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return rows.map((row) => ({ report_id: id, ...(simplify ? simplifyRow(row) : row) }));
}
