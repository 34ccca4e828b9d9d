import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { compensations } from './getAll.operation';
import { personLocator } from '../common.descriptions';
import { personIdOf } from '../common.parameters';
import { additionalFieldsCollection } from '../../../shared/descriptions';
import type { V2Answer } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'I Understand This Cannot Be Undone',
		name: 'confirmIrreversible',
		type: 'boolean',
		default: false,
		required: true,
		description:
			'Whether you understand that Personio offers no way to delete a compensation through the API: a wrong value stays in payroll data until someone corrects it in Personio',
	},
	personLocator(),
	{
		displayName: 'Compensation Type ID',
		name: 'typeId',
		type: 'string',
		default: '',
		required: true,
		description:
			'ID of the compensation type (one time, recurring, fixed or hourly; bonuses are not supported)',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		default: 0,
		required: true,
		typeOptions: { numberPrecision: 2 },
	},
	{
		displayName: 'Effective From',
		name: 'effectiveFrom',
		type: 'dateTime',
		default: '',
		required: true,
	},
	additionalFieldsCollection([
		{ displayName: 'Comment', name: 'comment', type: 'string', default: '' },
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['compensation'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	if (this.getNodeParameter('confirmIrreversible', itemIndex, false) !== true) {
		check.fail('I Understand This Cannot Be Undone', 'turned on to create a compensation');
	}
	const additional = collectionOf.call(this, 'additionalFields', itemIndex);
	const body: IDataObject = {
		person: { id: personIdOf.call(this, itemIndex) },
		type: {
			id: check.opaqueId('Compensation Type ID', this.getNodeParameter('typeId', itemIndex)),
		},
		value: check.number('Value', this.getNodeParameter('value', itemIndex)),
		effective_from: check.date('Effective From', this.getNodeParameter('effectiveFrom', itemIndex)),
		...compact({ comment: additional.comment }),
	};
	const response = await (requestJson<V2Answer>).call(this, {
		method: 'POST',
		path: compensations.listPath,
		body,
		itemIndex,
	});
	return { ...body, ...withoutMeta(response) };
}
