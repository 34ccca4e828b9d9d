import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { path, personioRequestAllItems } from './transport';
import { InputValidator } from './validation';
import { compact } from './compact';
import { maxResults } from './parameters';
import type { V2Answer } from './answers';
import { requestJson } from './answers';

/**
 * One Personio v2 list endpoint and its single-record endpoint, declared once, and the Get Many / Get
 * that read them (`getManyV2` / `getOneV2`). A resource that offers several such lists behind an
 * "Object" selector builds its operations with `objectSelectorResource.ts`.
 */
export interface V2ListEndpoint {
	/** List path; may hold parameters such as `{person_id}`. */
	listPath: string;
	/** Single-record path with `{id}`; absent when Personio has no such endpoint. */
	itemPath?: string;
	/** Largest `limit` the endpoint accepts. */
	pageSize: number;
	/** Extra headers, such as `Beta: true` for endpoints Personio still marks as beta. */
	headers?: Record<string, string>;
}

/** `updated_at.gt` / `updated_at.lt`, sent as literal dotted query keys. */
export function updatedAtQuery(
	check: InputValidator,
	filters: IDataObject,
	prefix = 'Filters',
): IDataObject {
	const after = check.optionalDateTime(`${prefix} > Updated After`, filters.updatedAfter);
	const before = check.optionalDateTime(`${prefix} > Updated Before`, filters.updatedBefore);
	if (after && before && Date.parse(before) < Date.parse(after)) {
		check.fail(`${prefix} > Updated Before`, `after ${prefix} > Updated After (${after})`, before);
	}
	return compact({ 'updated_at.gt': after, 'updated_at.lt': before });
}

/** Get Many of a v2 list with cursor pagination, honouring Return All / Limit. */
export async function getManyV2(
	this: IExecuteFunctions,
	itemIndex: number,
	collection: V2ListEndpoint,
	{ params = {}, qs = {} }: { params?: Record<string, string | number>; qs?: IDataObject } = {},
	max = maxResults.call(this, itemIndex),
): Promise<IDataObject[]> {
	return await personioRequestAllItems.call(
		this,
		{ path: path(collection.listPath, params), qs, headers: collection.headers, itemIndex },
		{ style: 'cursor', pageSize: collection.pageSize },
		max,
	);
}

/** Get of one v2 record; v2 answers with the record itself (some endpoints wrap it in `_data`). */
export async function getOneV2(
	this: IExecuteFunctions,
	itemIndex: number,
	collection: V2ListEndpoint,
	params: Record<string, string | number>,
	qs?: IDataObject,
): Promise<IDataObject> {
	if (!collection.itemPath) throw new Error('This record type cannot be read one at a time');
	const response = await (requestJson<V2Answer>).call(this, {
		path: path(collection.itemPath, params),
		qs,
		headers: collection.headers,
		itemIndex,
	});
	const data = response._data;
	return data && typeof data === 'object' && !Array.isArray(data) ? data : response;
}

/** A v2 write answer without its `_meta` links (a 204 gives an empty object). */
export function withoutMeta(response: unknown): IDataObject {
	if (!response || typeof response !== 'object' || Array.isArray(response)) return {};
	const copy = { ...(response as IDataObject) };
	delete copy._meta;
	return copy;
}
