import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['employment'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get an employment of a person',
				action: 'Get an employment',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many employments of a person',
				action: 'Get many employments',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Update an employment of a person',
				action: 'Update an employment',
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
	...update.description,
];
