import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteAbsence from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getBreakdowns from './getBreakdowns.operation';
import * as update from './update.operation';

export const operations = { create, delete: deleteAbsence, get, getAll, getBreakdowns, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['absence'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an absence',
				action: 'Create an absence',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete an absence',
				action: 'Delete an absence',
			},
			{ name: 'Get', value: 'get', description: 'Get an absence', action: 'Get an absence' },
			{
				name: 'Get Breakdowns',
				value: 'getBreakdowns',
				description: 'Get how much each day of an absence counts',
				action: 'Get the daily breakdown of an absence',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many absences',
				action: 'Get many absences',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the dates, comment or substitute of an absence',
				action: 'Update an absence',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...deleteAbsence.description,
	...get.description,
	...getAll.description,
	...getBreakdowns.description,
	...update.description,
];
