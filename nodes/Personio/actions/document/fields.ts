import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { V2ListEndpoint } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { ENDPOINTS } from '../../../shared/endpoints';

/** v2 documents of one owner (listing requires `owner_id`); there is no v2 upload. */
export const documents: V2ListEndpoint = {
	listPath: ENDPOINTS.documents.path,
	itemPath: ENDPOINTS.document.path,
	pageSize: ENDPOINTS.documents.pageSize,
};
/** Personio refuses files above 30 MB. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

export const documentIdField: INodeProperties = {
	displayName: 'Document ID',
	name: 'documentId',
	type: 'string',
	default: '',
	required: true,
};

export function documentIdOf(this: IExecuteFunctions, itemIndex: number): string {
	return InputValidator.for(this, itemIndex).opaqueId(
		'Document ID',
		this.getNodeParameter('documentId', itemIndex),
	);
}

export const binaryPropertyField = (
	description: string,
	name = 'binaryPropertyName',
): INodeProperties => ({
	displayName: 'Input Binary Field',
	name,
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the input binary field containing the file',
	description,
});
