import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { skipApprovalField } from '../absence/fields';
import { attendanceIdField, ATTENDANCES_PATH } from './fields';

const properties: INodeProperties[] = [attendanceIdField, skipApprovalField('deletion')];

export const description = updateDisplayOptions({ show: { resource: ['attendance'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = InputValidator.for(this, itemIndex).integerId('Attendance ID', this.getNodeParameter('attendanceId', itemIndex));
	await personioRequest.call(this, {
		method: 'DELETE',
		path: path(`${ATTENDANCES_PATH}/{id}`, { id }),
		qs: { skip_approval: this.getNodeParameter('skipApproval', itemIndex, true) as boolean },
		itemIndex,
	});
	return { deleted: true, id };
}
