import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { ABSENCE_PATHS, absenceId, absenceIdField, absenceUnit } from './fields';

const properties: INodeProperties[] = [absenceIdField];

export const description = updateDisplayOptions({ show: { resource: ['absence'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const unit = absenceUnit.call(this, check, itemIndex);
	const id = absenceId(check, unit, this.getNodeParameter('absenceId', itemIndex));
	await personioRequest.call(this, {
		method: 'DELETE',
		path: path(`${ABSENCE_PATHS[unit]}/{id}`, { id }),
		itemIndex,
	});
	return { deleted: true, id };
}
