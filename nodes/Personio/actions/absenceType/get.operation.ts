import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getOneV2 } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { absenceTypes } from './fetch';

const properties: INodeProperties[] = [
	{
		displayName: 'Absence Type ID',
		name: 'absenceTypeId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'abc6fa09-d8fe-4de0-be03-f0a1d48df766',
		description: 'The UUID of the absence type',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceType'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = InputValidator.for(this, itemIndex).uuid(
		'Absence Type ID',
		this.getNodeParameter('absenceTypeId', itemIndex),
	);
	return await getOneV2.call(this, itemIndex, absenceTypes, { id });
}
