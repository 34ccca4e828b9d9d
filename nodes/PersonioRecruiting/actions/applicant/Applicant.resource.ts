import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as uploadDocument from './uploadDocument.operation';

export const operations = { create, uploadDocument };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['applicant'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an application for an open job, with its documents',
				action: 'Create an applicant',
			},
			{
				name: 'Upload Document',
				value: 'uploadDocument',
				description: 'Upload a file to attach to an application later',
				action: 'Upload an applicant document',
			},
		],
		default: 'create',
	},
	...create.description,
	...uploadDocument.description,
];
