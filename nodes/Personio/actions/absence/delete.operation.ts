import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { absenceId, absenceIdField, absencePeriods } from './fields';

const properties: INodeProperties[] = [absenceIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['absence'], operation: ['delete'] } },
	properties,
);

/** `DELETE /v2/absence-periods/{id}` answers 204 (reference page delete_v2-absence-periods-id). */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = absenceId.call(this, InputValidator.for(this, itemIndex), itemIndex);
	await personioRequest.call(this, {
		method: 'DELETE',
		path: path(absencePeriods.itemPath!, { id }),
		itemIndex,
	});
	return { deleted: true, id };
}
