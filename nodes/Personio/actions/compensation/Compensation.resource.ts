import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';

export const operations = { create, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['compensation'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a compensation (cannot be undone)',
				action: 'Create a compensation',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many compensations',
				action: 'Get many compensations',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
];
