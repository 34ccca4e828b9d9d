import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['absenceType'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get an absence type',
				action: 'Get an absence type',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many absence types',
				action: 'Get many absence types',
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
];
