import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteAttendance from './delete.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: deleteAttendance, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['attendance'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Record an attendance', action: 'Create an attendance' },
			{ name: 'Delete', value: 'delete', description: 'Delete an attendance', action: 'Delete an attendance' },
			{ name: 'Get Many', value: 'getAll', description: 'Get many attendances', action: 'Get many attendances' },
			{ name: 'Update', value: 'update', description: 'Update an attendance', action: 'Update an attendance' },
		],
		default: 'getAll',
	},
	...create.description,
	...deleteAttendance.description,
	...getAll.description,
	...update.description,
];
