import type { IDataObject } from 'n8n-workflow';

import { simplifyRecord, simplifyRecordInPlace } from '../../../shared/simplify';

/**
 * Personio v1 wraps every employee field as `{label, value, type, universal_id}` and nested objects
 * (department, office, supervisor) as `{type, attributes}`; this returns plain `{key: value}` JSON.
 */
export function simplifyEmployee(record: IDataObject): IDataObject {
	return simplifyRecord(record);
}

/** The same for a record just read that nothing else holds: it is turned into the plain record in place. */
export function simplifyReadEmployee(record: IDataObject): IDataObject {
	return simplifyRecordInPlace(record);
}
