import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { attendancePeriods } from '../../../shared/attendancePeriods';
import { getOneV2 } from '../../../shared/v2Reads';
import { attendanceIdField, attendanceIdOf } from './fields';

const properties: INodeProperties[] = [attendanceIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['attendance'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await getOneV2.call(this, itemIndex, attendancePeriods, {
		id: attendanceIdOf.call(this, itemIndex),
	});
}
