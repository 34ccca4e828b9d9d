import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { fileNameFromDisposition, megabytes } from '../../../shared/files';
import type { PersonioResponse } from '../../../shared/transport';
import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { documentIdField, documentIdOf } from './fields';
import { ENDPOINTS } from '../../../shared/endpoints';
import { collectionOf } from '../../../shared/parameters';

/** The default of Maximum File Size: far above a usual HR document, far below what strains n8n. */
const DEFAULT_MAX_MB = 100;
const MAX_FILE_SIZE_FIELD = 'Options > Maximum File Size (MB)';

const properties: INodeProperties[] = [
	documentIdField,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Maximum File Size (MB)',
				name: 'maxFileSizeMb',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1024 },
				default: DEFAULT_MAX_MB,
				description:
					"A larger document is not downloaded: the node fails with an error instead of filling n8n's memory",
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['download'] } },
	properties,
);

/** The body as a Buffer that shares the downloaded bytes instead of copying them. */
function asBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	return Buffer.from(typeof body === 'string' ? body : '');
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const id = documentIdOf.call(this, itemIndex);
	const propertyName = check.required(
		'Put Output File in Field',
		this.getNodeParameter('binaryPropertyName', itemIndex),
	);
	const options = collectionOf.call(this, 'options', itemIndex);
	const maxMb = check.number(MAX_FILE_SIZE_FIELD, options.maxFileSizeMb ?? DEFAULT_MAX_MB, {
		min: 1,
		max: 1024,
	});
	const maxBytes = Math.floor(maxMb * 1024 * 1024);
	const response = (await personioRequest.call(this, {
		path: path(ENDPOINTS.documentDownload.path, { id }),
		response: 'binary',
		returnFullResponse: true,
		maxBytes,
		itemIndex,
	})) as PersonioResponse;
	const content = asBuffer(response.body);
	if (content.length > maxBytes) {
		throw new NodeOperationError(
			this.getNode(),
			`The document is larger than ${MAX_FILE_SIZE_FIELD} allows (${maxMb} MB): it has ${megabytes(content.length)}`,
			{ itemIndex, description: `Raise "${MAX_FILE_SIZE_FIELD}" to download it.` },
		);
	}
	const headers = response.headers;
	const mimeType = String(headers['content-type'] ?? 'application/octet-stream')
		.split(';')[0]
		.trim();
	const fileName = fileNameFromDisposition(headers['content-disposition']) ?? `document-${id}`;
	const binary = await this.helpers.prepareBinaryData(content, fileName, mimeType);
	const json: IDataObject = {
		id,
		file_name: binary.fileName,
		mime_type: binary.mimeType,
		file_size: binary.fileSize,
	};
	return { json, binary: { [propertyName]: binary } };
}
