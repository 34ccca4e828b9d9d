import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import type { V1Answer, V1Record } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';

/** Document categories for uploads: `data: [{id, attributes: {name}}]`. */
export async function getDocumentCategories(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const response = await (requestJson<V1Answer<V1Record[]>>).call(this, {
		path: ENDPOINTS.documentCategories.path,
	});
	const categories = Array.isArray(response.data) ? response.data : [];
	return categories
		.map((category) => ({
			name: String(category.attributes?.name ?? category.id),
			value: String(category.id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
