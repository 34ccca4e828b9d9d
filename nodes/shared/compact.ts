import type { IDataObject } from 'n8n-workflow';

import { isBlank } from './validation';

/** Drops unset optional fields so Personio never receives empty strings for "not given". */
export function compact(data: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(data)) {
		if (isBlank(value)) continue;
		result[key] = value;
	}
	return result;
}
