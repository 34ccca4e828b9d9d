import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator, isBlank } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { COMPENSATION_INTERVALS, ISO_4217 } from './currencies';
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
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: '',
			placeholder: 'EUR',
			description: 'The ISO 4217 code of the currency, such as EUR, GBP or CHF',
		},
		{
			displayName: 'Interval',
			name: 'interval',
			type: 'options',
			default: 'MONTHLY',
			options: [
				{ name: 'Half-Yearly', value: 'HALF-YEARLY' },
				{ name: 'Monthly', value: 'MONTHLY' },
				{ name: 'Quarterly', value: 'QUARTERLY' },
				{ name: 'Yearly', value: 'YEARLY' },
			],
			description:
				'How often a recurring compensation is paid out (Personio uses Monthly when left out, and ignores it for one-time types). Yearly pays in the month of Effective From.',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['compensation'], operation: ['create'] } },
	properties,
);

function currencyOf(check: InputValidator, value: unknown): string | undefined {
	if (isBlank(value)) return undefined;
	const code = String(value).trim().toUpperCase();
	if (!ISO_4217.has(code))
		check.fail(
			'Additional Fields > Currency',
			'an ISO 4217 currency code such as EUR, USD or CHF',
			value,
		);
	return code;
}

/**
 * `POST /v2/compensations`: `person {id}`, `type {id}`, `value`, `effective_from`, optional `currency`
 * (ISO 4217), `interval` and `comment` (https://developer.personio.de/reference/post_v2-compensations).
 */
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
		...compact({
			currency: currencyOf(check, additional.currency),
			interval: isBlank(additional.interval)
				? undefined
				: check.oneOf('Additional Fields > Interval', additional.interval, COMPENSATION_INTERVALS),
			comment: additional.comment,
		}),
	};
	const response = await (requestJson<V2Answer>).call(this, {
		method: 'POST',
		path: compensations.listPath,
		body,
		itemIndex,
	});
	return { ...body, ...withoutMeta(response) };
}
