import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['project'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create an attendance project', action: 'Create a project' },
			{ name: 'Delete', value: 'delete', description: 'Delete an attendance project', action: 'Delete a project' },
			{ name: 'Get Many', value: 'getAll', description: 'Get many attendance projects', action: 'Get many projects' },
			{ name: 'Update', value: 'update', description: 'Update an attendance project', action: 'Update a project' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...getAll.description,
	...update.description,
];
