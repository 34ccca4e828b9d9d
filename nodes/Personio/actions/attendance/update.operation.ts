import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { skipApprovalField } from '../absence/fields';
import { attendanceBody, attendanceFields, attendanceIdField, ATTENDANCES_PATH } from './fields';

const properties: INodeProperties[] = [
	attendanceIdField,
	skipApprovalField('change'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: attendanceFields,
	},
];

export const description = updateDisplayOptions({ show: { resource: ['attendance'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const id = check.integerId('Attendance ID', this.getNodeParameter('attendanceId', itemIndex));
	const fields = attendanceBody(check, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, 'Update Fields > ');
	if (Object.keys(fields).length === 0) check.fail('Update Fields', 'given: add at least one field to change');
	const skip_approval = this.getNodeParameter('skipApproval', itemIndex, true) as boolean;
	const response = (await personioRequest.call(this, {
		method: 'PATCH',
		path: path(`${ATTENDANCES_PATH}/{id}`, { id }),
		body: { ...fields, skip_approval },
		itemIndex,
	})) as IDataObject;
	const data = (response.data ?? {}) as IDataObject;
	return { id, message: data.message, ...fields, skip_approval };
}
