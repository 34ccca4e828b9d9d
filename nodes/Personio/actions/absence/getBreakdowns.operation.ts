import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { getManyV2 } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { absenceBreakdowns, absenceId, absenceIdField } from './fields';

const properties: INodeProperties[] = [absenceIdField, ...returnAllOrLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['absence'], operation: ['getBreakdowns'] } },
	properties,
);

/** One item per day of the absence: the date and how much it counts (`effective_duration`). */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = absenceId.call(this, InputValidator.for(this, itemIndex), itemIndex);
	return await getManyV2.call(this, itemIndex, absenceBreakdowns, { params: { id } });
}
