import type { INodeProperties } from 'n8n-workflow';

import * as add from './add.operation';
import * as getAll from './getAll.operation';
import * as remove from './remove.operation';

export const operations = { add, getAll, remove };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['projectMember'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				description: 'Add a person to a project',
				action: 'Add a project member',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the members of a project',
				action: 'Get many project members',
			},
			{
				name: 'Remove',
				value: 'remove',
				description: 'Remove a person from a project',
				action: 'Remove a project member',
			},
		],
		default: 'getAll',
	},
	...add.description,
	...getAll.description,
	...remove.description,
];
