import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputFileSize, megabytes, safeFileName } from '../../../shared/files';
import { InputValidator } from '../../../shared/validation';
import { ENDPOINTS } from '../../../shared/endpoints';
import { requestJson } from '../../../shared/answers';

/** Personio's limits for `POST /v1/recruiting/applications/documents`. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const ALLOWED_EXTENSIONS = [
	'pdf',
	'pptx',
	'xlsx',
	'docx',
	'doc',
	'xls',
	'ppt',
	'ods',
	'odt',
	'7z',
	'gz',
	'rar',
	'zip',
	'bmp',
	'gif',
	'jpg',
	'png',
	'tif',
	'csv',
	'txt',
	'rtf',
	'mp4',
	'3gp',
	'mov',
	'avi',
	'wmv',
] as const;

/** Other spellings of an allowed type. */
const EXTENSION_ALIASES: Record<string, string> = { jpeg: 'jpg', tiff: 'tif' };

/** The extension of a file that came without a name, from its MIME type. */
const MIME_EXTENSIONS: Record<string, string> = {
	'application/pdf': 'pdf',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/msword': 'doc',
	'application/vnd.ms-excel': 'xls',
	'application/vnd.ms-powerpoint': 'ppt',
	'application/vnd.oasis.opendocument.spreadsheet': 'ods',
	'application/vnd.oasis.opendocument.text': 'odt',
	'application/x-7z-compressed': '7z',
	'application/gzip': 'gz',
	'application/vnd.rar': 'rar',
	'application/x-rar-compressed': 'rar',
	'application/zip': 'zip',
	'image/bmp': 'bmp',
	'image/gif': 'gif',
	'image/jpeg': 'jpg',
	'image/png': 'png',
	'image/tiff': 'tif',
	'text/csv': 'csv',
	'text/plain': 'txt',
	'application/rtf': 'rtf',
	'text/rtf': 'rtf',
	'video/mp4': 'mp4',
	'video/3gpp': '3gp',
	'video/quicktime': 'mov',
	'video/x-msvideo': 'avi',
	'video/x-ms-wmv': 'wmv',
};

export const DOCUMENT_CATEGORIES = [
	{ name: 'Certificate', value: 'certificate' },
	{ name: 'Cover Letter', value: 'cover-letter' },
	{ name: 'CV', value: 'cv' },
	{ name: 'Employment Reference', value: 'employment-reference' },
	{ name: 'Other', value: 'other' },
	{ name: 'Work Sample', value: 'work-sample' },
];

export const binaryPropertyField: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the input binary field containing the file to be uploaded',
};

export interface PreparedDocument {
	fileName: string;
	mimeType: string;
	buffer: Buffer;
}

function extensionOf(
	fileName: string | undefined,
	declared: string | undefined,
	mimeType: string,
): string | undefined {
	const fromName =
		fileName && fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1) : undefined;
	const raw = (
		fromName ||
		declared ||
		MIME_EXTENSIONS[mimeType.split(';')[0].trim().toLowerCase()] ||
		''
	).toLowerCase();
	return raw ? (EXTENSION_ALIASES[raw] ?? raw) : undefined;
}

/**
 * Reads one binary property of the input item and checks it against Personio's limits before
 * anything is sent: it exists, is not empty, is at most 20 MB and of an accepted type.
 */
export async function prepareDocument(
	this: IExecuteFunctions,
	itemIndex: number,
	field: string,
	binaryPropertyName: unknown,
): Promise<PreparedDocument> {
	const check = InputValidator.for(this, itemIndex);
	const property = check.required(field, binaryPropertyName);
	const available = Object.keys(this.getInputData()[itemIndex]?.binary ?? {});
	if (!available.includes(property)) {
		check.fail(
			field,
			`the name of a binary field of the input item (it has ${available.length ? available.join(', ') : 'none'})`,
			property,
		);
	}
	const binary = this.helpers.assertBinaryData(itemIndex, property);
	const mimeType = binary.mimeType || 'application/octet-stream';
	const extension = extensionOf(binary.fileName, binary.fileExtension, mimeType);
	if (!extension || !(ALLOWED_EXTENSIONS as readonly string[]).includes(extension)) {
		check.fail(
			field,
			`a file of a type Personio accepts (${ALLOWED_EXTENSIONS.join(', ')})`,
			binary.fileName ?? `${property} (${mimeType})`,
		);
	}
	const tooLarge = (bytes: number) =>
		check.fail(field, 'a file of at most 20 MB', megabytes(bytes));
	// Checked before the file is read: a file far above the limit is never loaded into memory.
	const declared = await inputFileSize(this, binary);
	if (declared !== undefined && declared > MAX_DOCUMENT_BYTES) tooLarge(declared);
	const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, property);
	if (buffer.length === 0)
		check.fail(field, 'a file that is not empty', binary.fileName ?? property);
	if (buffer.length > MAX_DOCUMENT_BYTES) tooLarge(buffer.length);
	const fileName = binary.fileName || `${property}.${extension}`;
	return { fileName, mimeType, buffer };
}

/** Uploads one checked file; Personio answers `{uuid, size, mimetype, original_filename, extension}`. */
export async function uploadDocument(
	this: IExecuteFunctions,
	itemIndex: number,
	document: PreparedDocument,
): Promise<IDataObject> {
	const form = new FormData();
	const { buffer } = document;
	// A view of the buffer, not a copy: the Blob makes the one copy FormData needs.
	const bytes = new Uint8Array(
		buffer.buffer,
		buffer.byteOffset,
		buffer.byteLength,
	) as Uint8Array<ArrayBuffer>;
	form.append('file', new Blob([bytes], { type: document.mimeType }), document.fileName);
	const uploaded = await (requestJson<IDataObject>).call(this, {
		method: 'POST',
		path: ENDPOINTS.applicationDocuments.path,
		body: form,
		credentialType: 'personioRecruitingApi',
		itemIndex,
	});
	// The name Personio echoes back is passed on as a file name: no path parts, no control characters.
	if (uploaded !== null && typeof uploaded === 'object' && 'original_filename' in uploaded) {
		const name = safeFileName(uploaded.original_filename);
		if (name === undefined) delete uploaded.original_filename;
		else uploaded.original_filename = name;
	}
	return uploaded;
}
