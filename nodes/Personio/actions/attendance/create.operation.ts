import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { employeeLocator } from '../../../shared/descriptions';
import { personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { skipApprovalField } from '../absence/fields';
import { attendanceBody, attendanceFields, ATTENDANCES_PATH } from './fields';

const pick = (name: string, overrides: Partial<INodeProperties> = {}): INodeProperties => ({
	...attendanceFields.find((field) => field.name === name)!,
	...overrides,
});

const properties: INodeProperties[] = [
	employeeLocator(),
	pick('date', { name: 'date', required: true }),
	pick('start_time', { displayName: 'Start Time', name: 'startTime', required: true }),
	pick('end_time', { displayName: 'End Time', name: 'endTime', required: true }),
	pick('break', { name: 'breakMinutes' }),
	skipApprovalField('attendance'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [pick('comment'), pick('project_id')],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['attendance'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const employee = check.integerId('Employee', this.getNodeParameter('employeeId', itemIndex, '', { extractValue: true }));
	const date = check.required('Date', this.getNodeParameter('date', itemIndex, ''));
	const startTime = check.required('Start Time', this.getNodeParameter('startTime', itemIndex, ''));
	const endTime = check.required('End Time', this.getNodeParameter('endTime', itemIndex, ''));
	const attendance: IDataObject = {
		employee,
		...attendanceBody(check, {
			date,
			start_time: startTime,
			end_time: endTime,
			break: this.getNodeParameter('breakMinutes', itemIndex, 0),
		}),
		...attendanceBody(check, this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, 'Additional Fields > '),
	};
	const skip_approval = this.getNodeParameter('skipApproval', itemIndex, true) as boolean;
	const response = (await personioRequest.call(this, {
		method: 'POST',
		path: ATTENDANCES_PATH,
		body: { attendances: [attendance], skip_approval },
		itemIndex,
	})) as IDataObject;
	const data = (response.data ?? {}) as IDataObject;
	const id = Array.isArray(data.id) ? data.id[0] : data.id;
	return { id, ...attendance, skip_approval };
}
