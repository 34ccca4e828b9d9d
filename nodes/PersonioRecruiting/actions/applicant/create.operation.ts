import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { personioRequest } from '../../../shared/transport';
import { compact, InputValidator, isBlank } from '../../../shared/validation';
import { jobLocator, jobPositionId } from '../descriptions';
import type { PreparedDocument } from './documents';
import { binaryPropertyField, DOCUMENT_CATEGORIES, prepareDocument, uploadDocument } from './documents';

const SYSTEM_PHASES = [
	{ name: 'Accepted', value: 'accepted' },
	{ name: 'Offer', value: 'offer' },
	{ name: 'Rejected', value: 'rejected' },
	{ name: 'Unassigned', value: 'unassigned' },
	{ name: 'Withdrawn', value: 'withdrawn' },
];

const GENDERS = [
	{ name: 'Diverse', value: 'diverse' },
	{ name: 'Female', value: 'female' },
	{ name: 'Male', value: 'male' },
	{ name: 'Undefined', value: 'undefined' },
];

const values = (options: Array<{ value: string }>) => options.map((option) => option.value);

const properties: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', required: true },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', required: true },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', required: true },
	jobLocator(),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
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
				description: 'The ID a job board forwarded for this posting (for example the pid of a multiposting service)',
			},
			{ displayName: 'Gender', name: 'gender', type: 'options', options: GENDERS, default: 'undefined' },
			{ displayName: 'Location', name: 'location', type: 'string', default: '', description: 'Where the candidate lives' },
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
				description: 'The channel the candidate came through, from Personio > Settings > Recruiting > Channels',
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
		],
	},
	{
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
						description: 'For a date attribute write YYYY-MM-DD; for an option attribute one of its options',
					},
				],
			},
		],
	},
	{
		displayName: 'Documents',
		name: 'documents',
		type: 'fixedCollection',
		placeholder: 'Add Document',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'Files of the input item to attach: each is checked, uploaded, then referenced by the application',
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
	},
];

export const description = updateDisplayOptions({ show: { resource: ['applicant'], operation: ['create'] } }, properties);

function phaseOf(check: InputValidator, phase: IDataObject | undefined): IDataObject | undefined {
	const chosen = phase?.value as IDataObject | undefined;
	if (!chosen) return undefined;
	const type = check.oneOf('Additional Fields > Phase > Type', chosen.type ?? 'system', ['system', 'custom']);
	return type === 'system'
		? { type, id: check.oneOf('Additional Fields > Phase > System Phase', chosen.systemId, values(SYSTEM_PHASES)) }
		: { type, id: check.integerId('Additional Fields > Phase > Custom Phase ID', chosen.customId) };
}

function tagsOf(value: unknown): string[] {
	const list = Array.isArray(value) ? value : isBlank(value) ? [] : String(value).split(',');
	return [...new Set(list.map((tag) => String(tag ?? '').trim()).filter((tag) => tag !== ''))];
}

/** The system attributes of the Additional Fields, then the custom attributes, as Personio's `attributes`. */
function attributesOf(check: InputValidator, fields: IDataObject, custom: IDataObject[]): IDataObject[] {
	const birthday = check.optionalDate('Additional Fields > Birthday', fields.birthday);
	if (birthday) check.notInFuture('Additional Fields > Birthday', birthday);
	const system = compact({
		birthday,
		gender: isBlank(fields.gender) ? undefined : check.oneOf('Additional Fields > Gender', fields.gender, values(GENDERS)),
		location: fields.location,
		phone: fields.phone,
		available_from: fields.availableFrom,
		salary_expectations: fields.salaryExpectations,
	});
	const attributes: IDataObject[] = Object.entries(system).map(([id, value]) => ({ id, value: String(value).trim() }));
	for (const entry of custom) {
		const raw = check.required('Custom Attributes > Attribute ID', entry.id);
		const match = /^(?:custom_attribute_)?(\d+)$/.exec(raw);
		if (!match) check.fail('Custom Attributes > Attribute ID', 'custom_attribute_<number> or just the number', raw);
		const value = check.required(`Custom Attributes > Value (of ${raw})`, entry.value);
		attributes.push({ id: `custom_attribute_${match![1]}`, value });
	}
	return attributes;
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const customAttributes = this.getNodeParameter('customAttributes.attribute', itemIndex, []) as IDataObject[];
	const documents = this.getNodeParameter('documents.document', itemIndex, []) as IDataObject[];

	// Every check runs before the first upload, so a bad field never leaves orphaned files behind.
	const application: IDataObject = {
		first_name: check.maxLength('First Name', check.required('First Name', this.getNodeParameter('firstName', itemIndex)), 255),
		last_name: check.maxLength('Last Name', check.required('Last Name', this.getNodeParameter('lastName', itemIndex)), 255),
		email: check.email('Email', this.getNodeParameter('email', itemIndex)),
		job_position_id: jobPositionId.call(this, itemIndex),
	};
	if (!isBlank(fields.recruitingChannelId)) {
		application.recruiting_channel_id = check.integerId('Additional Fields > Recruiting Channel ID', fields.recruitingChannelId);
	}
	if (!isBlank(fields.externalPostingId)) {
		application.external_posting_id = check.maxLength(
			'Additional Fields > External Posting ID',
			String(fields.externalPostingId).trim(),
			255,
		);
	}
	if (!isBlank(fields.message)) application.message = String(fields.message);
	const applicationDate = check.optionalDate('Additional Fields > Application Date', fields.applicationDate);
	if (applicationDate) {
		check.notInFuture('Additional Fields > Application Date', applicationDate);
		application.application_date = applicationDate;
	}
	const phase = phaseOf(check, fields.phase as IDataObject | undefined);
	if (phase) application.phase = phase;
	const tags = tagsOf(fields.tags);
	if (tags.length) application.tags = tags;
	const attributes = attributesOf(check, fields, customAttributes);
	if (attributes.length) application.attributes = attributes;

	const prepared: Array<{ category: string; document: PreparedDocument }> = [];
	for (const [index, entry] of documents.entries()) {
		const field = `Documents > Document ${index + 1}`;
		const category = check.oneOf(`${field} > Category`, entry.category, values(DOCUMENT_CATEGORIES));
		const document = await prepareDocument.call(this, itemIndex, `${field} > Input Binary Field`, entry.binaryPropertyName);
		prepared.push({ category, document });
	}

	const files: IDataObject[] = [];
	for (const { category, document } of prepared) {
		const uploaded = await uploadDocument.call(this, itemIndex, document);
		files.push({
			uuid: uploaded.uuid,
			original_filename: (uploaded.original_filename as string | undefined) ?? document.fileName,
			category,
		});
	}
	if (files.length) application.files = files;

	// 201 with an empty body: the summary is what was sent. Never retried after it may have reached Personio.
	await personioRequest.call(this, {
		method: 'POST',
		path: '/v1/recruiting/applications',
		body: application,
		credentialType: 'personioRecruitingApi',
		itemIndex,
	});
	return { created: true, ...application };
}
