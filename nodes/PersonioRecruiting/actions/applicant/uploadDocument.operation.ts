import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryPropertyField, prepareDocument, uploadDocument } from './documents';

const properties: INodeProperties[] = [
	{
		...binaryPropertyField,
		description:
			'The file to upload (at most 20 MB; pdf, docx, doc, odt, rtf, txt, images, archives, spreadsheets, presentations or videos). Use the UUID it returns in an application.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['applicant'], operation: ['uploadDocument'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const document = await prepareDocument.call(
		this,
		itemIndex,
		'Input Binary Field',
		this.getNodeParameter('binaryPropertyName', itemIndex),
	);
	return await uploadDocument.call(this, itemIndex, document);
}
