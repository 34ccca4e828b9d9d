/** The shape of an operation's table row, and what many rows share. */
import type { IDataObject } from 'n8n-workflow';

import { BAD_DATE_TIME, LIMIT, OPAQUE_ID, OPTION } from './values';

export type Params = IDataObject;
export interface Operation {
	node: 'personio' | 'recruiting';
	/** Valid parameters: with these the operation gets as far as its first request. */
	base: Params;
	/** [parameter path, label the error must name, bad values]. */
	fields: Array<[string, string, unknown[]]>;
	/** Accepted opaque ids: [parameter path, value, the exact path Personio must see]. */
	encoded?: Array<[string, string, string]>;
}

export const rl = (value: string) => ({ mode: 'id', value });
export const TODAY = new Date().toISOString().slice(0, 10);
export const FUTURE = `${Number(TODAY.slice(0, 4)) + 1}${TODAY.slice(4)}`.replace(
	'-02-29',
	'-02-28',
);
export const P = 'personio' as const;
export const R = 'recruiting' as const;

export const V2_OPAQUE_ENCODED = (
	param: string,
	prefix: string,
): Array<[string, string, string]> => [
	[param, 'abc-DEF_123', `${prefix}abc-DEF_123`],
	[param, 'a.b:c', `${prefix}a.b%3Ac`],
	[param, '...', `${prefix}...`],
];

/** The v2 date-time pair of many Get Many filters. */
export const UPDATED_AT: Operation['fields'] = [
	['filters.updatedAfter', 'Filters > Updated After', BAD_DATE_TIME],
	['filters.updatedBefore', 'Filters > Updated Before', BAD_DATE_TIME],
];

/** Get and Get Many of a resource built on v2 objects (an "Object" selector, an opaque ID). */
export function v2ObjectOperations(
	resource: string,
	getObject: string,
	listObject: string,
	filters: Operation['fields'],
): Record<string, Operation> {
	return {
		[`${resource}.get`]: {
			node: P,
			base: { resource, operation: 'get', object: getObject, id: 'x-1' },
			fields: [
				['object', 'Object', OPTION],
				['id', 'ID', OPAQUE_ID],
			],
		},
		[`${resource}.getAll`]: {
			node: P,
			base: {
				resource,
				operation: 'getAll',
				object: listObject,
				returnAll: false,
				limit: 5,
				filters: {},
			},
			fields: [['object', 'Object', OPTION], ['limit', 'Limit', LIMIT], ...filters],
		},
	};
}
