import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';
import * as getRows from './getRows.operation';

export const operations = { getAll, getRows };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customReport'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many custom reports',
				action: 'Get many custom reports',
			},
			{
				name: 'Get Report Rows',
				value: 'getRows',
				description: 'Get the rows of a custom report',
				action: 'Get the rows of a custom report',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...getRows.description,
];
