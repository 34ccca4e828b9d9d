import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAbsenceBalance from './getAbsenceBalance.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, getAbsenceBalance, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['employee'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an employee',
				action: 'Create an employee',
			},
			{ name: 'Get', value: 'get', description: 'Get an employee', action: 'Get an employee' },
			{
				name: 'Get Absence Balance',
				value: 'getAbsenceBalance',
				description: "Get an employee's remaining time off per absence type",
				action: 'Get the absence balance of an employee',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many employees',
				action: 'Get many employees',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Update an employee',
				action: 'Update an employee',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...getAbsenceBalance.description,
	...update.description,
];
