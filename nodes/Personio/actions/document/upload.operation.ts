import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { employeeLocator, additionalFieldsCollection } from '../../../shared/descriptions';
import { inputFileSize, megabytes } from '../../../shared/files';
import { InputValidator } from '../../../shared/validation';
import { binaryPropertyField, MAX_UPLOAD_BYTES } from './fields';
import { ENDPOINTS } from '../../../shared/endpoints';
import { employeeIdOf } from '../common.parameters';
import type { V1Answer, V1Record } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	employeeLocator(),
	binaryPropertyField('The file to upload, at most 30 MB'),
	{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true },
	{
		displayName: 'Category Name or ID',
		name: 'categoryId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDocumentCategories' },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	additionalFieldsCollection([
		{ displayName: 'Comment', name: 'comment', type: 'string', default: '' },
		{
			displayName: 'Date',
			name: 'date',
			type: 'dateTime',
			default: '',
			description: 'Date of the document',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['upload'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const employeeId = employeeIdOf.call(this, itemIndex);
	const title = check.maxLength(
		'Title',
		check.required('Title', this.getNodeParameter('title', itemIndex)),
		255,
	);
	const categoryId = check.integerId(
		'Category Name or ID',
		this.getNodeParameter('categoryId', itemIndex),
	);
	const additional = collectionOf.call(this, 'additionalFields', itemIndex);
	const date = check.optionalDate('Additional Fields > Date', additional.date);
	const propertyName = check.required(
		'Input Binary Field',
		this.getNodeParameter('binaryPropertyName', itemIndex),
	);
	const binary = this.helpers.assertBinaryData(itemIndex, propertyName);
	const tooLarge = (bytes: number) =>
		check.fail('Input Binary Field', 'a file of at most 30 MB', megabytes(bytes));
	// Checked before the file is read: a file far above the limit is never loaded into memory.
	const declared = await inputFileSize(this, binary);
	if (declared !== undefined && declared > MAX_UPLOAD_BYTES) tooLarge(declared);
	const content = await this.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	if (content.length > MAX_UPLOAD_BYTES) tooLarge(content.length);

	const form = new FormData();
	form.append('title', title);
	form.append('employee_id', String(employeeId));
	form.append('category_id', String(categoryId));
	if (additional.comment) form.append('comment', String(additional.comment));
	if (date) form.append('date', date);
	// A view of the buffer, not a copy: the Blob makes the one copy FormData needs.
	const bytes = new Uint8Array(
		content.buffer,
		content.byteOffset,
		content.byteLength,
	) as Uint8Array<ArrayBuffer>;
	form.append('file', new Blob([bytes], { type: binary.mimeType }), binary.fileName ?? 'file');

	const response = await (requestJson<V1Answer<V1Record>>).call(this, {
		method: 'POST',
		path: ENDPOINTS.documentUpload.path,
		body: form,
		itemIndex,
	});
	const data = response.data ?? {};
	return { id: data.id, ...data.attributes };
}
