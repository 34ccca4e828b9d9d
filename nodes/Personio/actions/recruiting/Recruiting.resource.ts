import type { INodeProperties } from 'n8n-workflow';

import { get, getAll } from './objects';

export const operations = { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['recruiting'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get an application, candidate, job or recruiting category',
				action: 'Get a recruiting record',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many applications, candidates, jobs or recruiting categories',
				action: 'Get many recruiting records',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
];
