import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export const operations = { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['absenceType'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', description: 'Get many absence types', action: 'Get many absence types' },
		],
		default: 'getAll',
	},
	...getAll.description,
];
