import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { attendancePeriods } from '../../../shared/attendancePeriods';
import { path, personioRequest } from '../../../shared/transport';
import { attendanceIdField, attendanceIdOf } from './fields';

const properties: INodeProperties[] = [attendanceIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['attendance'], operation: ['delete'] } },
	properties,
);

/** Personio answers 204 without a body; v2 deletes take no `skip_approval`. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = attendanceIdOf.call(this, itemIndex);
	await personioRequest.call(this, {
		method: 'DELETE',
		path: path(attendancePeriods.itemPath!, { id }),
		itemIndex,
	});
	return { id, deleted: true };
}
