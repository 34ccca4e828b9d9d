import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { personioRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/endpoints';

/** Document categories for uploads: `data: [{id, attributes: {name}}]`. */
export async function getDocumentCategories(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const response = (await personioRequest.call(this, {
		path: ENDPOINTS.documentCategories.path,
	})) as IDataObject;
	const categories = Array.isArray(response.data) ? (response.data as IDataObject[]) : [];
	return categories
		.map((category) => ({
			name: String((category.attributes as IDataObject | undefined)?.name ?? category.id),
			value: String(category.id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
