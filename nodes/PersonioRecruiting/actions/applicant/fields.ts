import type { INodeProperties } from 'n8n-workflow';

import { binaryPropertyField, DOCUMENT_CATEGORIES } from './documents';
import { additionalFieldsCollection } from '../../../shared/descriptions';

export const SYSTEM_PHASES = [
	{ name: 'Accepted', value: 'accepted' },
	{ name: 'Offer', value: 'offer' },
	{ name: 'Rejected', value: 'rejected' },
	{ name: 'Unassigned', value: 'unassigned' },
	{ name: 'Withdrawn', value: 'withdrawn' },
];

export const GENDERS = [
	{ name: 'Diverse', value: 'diverse' },
	{ name: 'Female', value: 'female' },
	{ name: 'Male', value: 'male' },
	{ name: 'Undefined', value: 'undefined' },
];

export const values = (options: Array<{ value: string }>) => options.map((option) => option.value);

export const additionalFields: INodeProperties = additionalFieldsCollection([
	{
		displayName: 'Application Date',
		name: 'applicationDate',
		type: 'dateTime',
		default: '',
		description: 'The day the candidate applied; today or earlier. Defaults to today.',
	},
	{
		displayName: 'Available From',
		name: 'availableFrom',
		type: 'string',
		default: '',
		description: 'When the candidate can start, as they put it',
	},
	{ displayName: 'Birthday', name: 'birthday', type: 'dateTime', default: '' },
	{
		displayName: 'External Posting ID',
		name: 'externalPostingId',
		type: 'string',
		default: '',
		description:
			'The ID a job board forwarded for this posting (for example the pid of a multiposting service)',
	},
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		options: GENDERS,
		default: 'undefined',
	},
	{
		displayName: 'Location',
		name: 'location',
		type: 'string',
		default: '',
		description: 'Where the candidate lives',
	},
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: "The candidate's message, such as a short cover note",
	},
	{
		displayName: 'Phase',
		name: 'phase',
		type: 'fixedCollection',
		default: {},
		description:
			"The application's phase. Without it, Personio uses the first phase of the job's category; an unknown phase becomes Unassigned.",
		options: [
			{
				displayName: 'Phase',
				name: 'value',
				values: [
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'System', value: 'system' },
							{ name: 'Custom', value: 'custom' },
						],
						default: 'system',
					},
					{
						displayName: 'System Phase',
						name: 'systemId',
						type: 'options',
						options: SYSTEM_PHASES,
						default: 'unassigned',
						displayOptions: { show: { type: ['system'] } },
					},
					{
						displayName: 'Custom Phase ID',
						name: 'customId',
						type: 'string',
						default: '',
						placeholder: '12345',
						description: 'The ID of a custom phase, from Personio > Settings > Recruiting > Phases',
						displayOptions: { show: { type: ['custom'] } },
					},
				],
			},
		],
	},
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{
		displayName: 'Recruiting Channel ID',
		name: 'recruitingChannelId',
		type: 'string',
		default: '',
		placeholder: '12345',
		description:
			'The channel the candidate came through, from Personio > Settings > Recruiting > Channels',
	},
	{
		displayName: 'Salary Expectations',
		name: 'salaryExpectations',
		type: 'string',
		default: '',
		description: 'Free text, such as "minimum 50k"',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag' },
		default: [],
		description: 'Tags for the application; Personio creates tags it does not have yet',
	},
]);

export const customAttributesField: INodeProperties = {
	displayName: 'Custom Attributes',
	name: 'customAttributes',
	type: 'fixedCollection',
	placeholder: 'Add Custom Attribute',
	typeOptions: { multipleValues: true },
	default: {},
	options: [
		{
			displayName: 'Attribute',
			name: 'attribute',
			values: [
				{
					displayName: 'Attribute ID',
					name: 'id',
					type: 'string',
					default: '',
					placeholder: 'custom_attribute_123',
					description:
						'The API name of the attribute (Personio > Settings > Recruiting > Attributes), or just its number',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description:
						'For a date attribute write YYYY-MM-DD; for an option attribute one of its options',
				},
			],
		},
	],
};

export const documentsField: INodeProperties = {
	displayName: 'Documents',
	name: 'documents',
	type: 'fixedCollection',
	placeholder: 'Add Document',
	typeOptions: { multipleValues: true },
	default: {},
	description:
		'Files of the input item to attach: each is checked, uploaded, then referenced by the application',
	options: [
		{
			displayName: 'Document',
			name: 'document',
			values: [
				binaryPropertyField,
				{
					displayName: 'Category',
					name: 'category',
					type: 'options',
					options: DOCUMENT_CATEGORIES,
					default: 'cv',
				},
			],
		},
	],
};
