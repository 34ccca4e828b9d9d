import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getOneV2 } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { absenceId, absenceIdField, absencePeriods } from './fields';

const properties: INodeProperties[] = [absenceIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['absence'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = absenceId.call(this, InputValidator.for(this, itemIndex), itemIndex);
	return await getOneV2.call(this, itemIndex, absencePeriods, { id });
}
