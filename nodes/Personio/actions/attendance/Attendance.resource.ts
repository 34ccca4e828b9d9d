import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteAttendance from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: deleteAttendance, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['attendance'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Record a work or break period',
				action: 'Create an attendance',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete an attendance period',
				action: 'Delete an attendance',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get an attendance period',
				action: 'Get an attendance',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many attendance periods',
				action: 'Get many attendances',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Update an attendance period',
				action: 'Update an attendance',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...deleteAttendance.description,
	...get.description,
	...getAll.description,
	...update.description,
];
