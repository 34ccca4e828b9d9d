import type { INodeProperties } from 'n8n-workflow';

import * as del from './delete.operation';
import * as download from './download.operation';
import * as getAll from './getAll.operation';
import * as upload from './upload.operation';

export const operations = { delete: del, download, getAll, upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['document'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a document',
				action: 'Delete a document',
			},
			{
				name: 'Download',
				value: 'download',
				description: 'Download a document as a file',
				action: 'Download a document',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get many documents of a person',
				action: 'Get many documents',
			},
			{
				name: 'Upload',
				value: 'upload',
				description: "Upload a file to an employee's documents",
				action: 'Upload a document',
			},
		],
		default: 'getAll',
	},
	...del.description,
	...download.description,
	...getAll.description,
	...upload.description,
];
