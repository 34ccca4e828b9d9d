import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { PersonioResponse } from '../../../shared/transport';
import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { documentIdField, documentIdOf, DOWNLOAD_PATH } from './fields';

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
];

export const description = updateDisplayOptions({ show: { resource: ['document'], operation: ['download'] } }, properties);

function fileNameOf(disposition: unknown): string | undefined {
	const header = Array.isArray(disposition) ? String(disposition[0]) : typeof disposition === 'string' ? disposition : '';
	const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
	if (encoded) {
		try {
			return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
		} catch {
			// fall through to the plain name
		}
	}
	const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
	return plain ? plain[1].trim() : undefined;
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = documentIdOf.call(this, itemIndex);
	const propertyName = InputValidator.for(this, itemIndex).required('Put Output File in Field', this.getNodeParameter('binaryPropertyName', itemIndex));
	const response = (await personioRequest.call(this, {
		path: path(DOWNLOAD_PATH, { id }),
		response: 'binary',
		returnFullResponse: true,
		itemIndex,
	})) as PersonioResponse;
	const headers = response.headers;
	const mimeType = String(headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim();
	const fileName = fileNameOf(headers['content-disposition']) ?? `document-${id}`;
	const body = response.body as ArrayBuffer | Uint8Array;
	const content = Buffer.from(body instanceof ArrayBuffer ? new Uint8Array(body) : body);
	const binary = await this.helpers.prepareBinaryData(content, fileName, mimeType);
	const json: IDataObject = { id, file_name: binary.fileName, mime_type: binary.mimeType, file_size: binary.fileSize };
	return { json, binary: { [propertyName]: binary } };
}
