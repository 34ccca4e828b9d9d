import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { nextCursor, personioRequest } from '../../../shared/transport';
import type { V2List } from '../../../shared/transport';
import type { V2ListEndpoint } from '../../../shared/v2Reads';

/**
 * One page of a v2 list for a list search: the records whose label holds the search term, and the
 * cursor of the next page (Personio's `next` link, relative or absolute).
 */
export async function searchV2Page(
	this: ILoadOptionsFunctions,
	collection: V2ListEndpoint,
	search: { filter?: string; paginationToken?: string; qs?: IDataObject },
	label: (record: IDataObject) => string,
): Promise<INodeListSearchResult> {
	const term = (search.filter ?? '').trim().toLowerCase();
	const qs: IDataObject = { limit: collection.pageSize, ...search.qs };
	if (search.paginationToken) qs.cursor = search.paginationToken;
	const response = (await personioRequest.call(this, { path: collection.listPath, qs })) as V2List;
	const page = Array.isArray(response._data) ? response._data : [];
	const results = page
		.map((record) => ({ name: label(record), value: String(record.id) }))
		.filter((result) => !term || result.name.toLowerCase().includes(term));
	const next = nextCursor(response);
	return { results, paginationToken: next && next !== search.paginationToken ? next : undefined };
}
