import type { INodeProperties } from 'n8n-workflow';

import { get, getAll } from './objects';

export const operations = { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['organization'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a legal entity, org unit, cost center or workplace',
				action: 'Get an organization record',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many legal entities, org units, cost centers or workplaces',
				action: 'Get many organization records',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
];
