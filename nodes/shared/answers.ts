import type { IDataObject } from 'n8n-workflow';

import type { PersonioContext, PersonioRequest } from './transport';
import { personioRequest } from './transport';

/** Personio v1's answer: `{ success, data }`, where `data` is a record, a list or a message. */
export interface V1Answer<T = IDataObject> {
	success?: boolean;
	data?: T;
}

/** A v1 record as Personio sends it: `{ type, id, attributes }`. */
export interface V1Record extends IDataObject {
	id?: number | string;
	type?: string;
	attributes?: IDataObject;
	message?: string;
}

/** A v2 answer about one record: the record (some endpoints wrap it in `_data`) with its `_meta` links. */
export type V2Answer = IDataObject & { _data?: IDataObject | IDataObject[]; _meta?: IDataObject };

/**
 * A JSON request whose answer has the shape `T`: the one place where an answer, untyped as it comes
 * off the wire, is given the type Personio documents for it.
 */
export async function requestJson<T extends object = IDataObject>(
	this: PersonioContext,
	request: PersonioRequest,
): Promise<T> {
	return (await personioRequest.call(this, request)) as T;
}
