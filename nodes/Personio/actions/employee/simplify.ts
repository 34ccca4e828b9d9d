import type { IDataObject } from 'n8n-workflow';

import { simplifyRecord } from '../../../shared/simplify';

/**
 * Personio v1 wraps every employee field as `{label, value, type, universal_id}` and nested objects
 * (department, office, supervisor) as `{type, attributes}`; this returns plain `{key: value}` JSON.
 */
export function simplifyEmployee(record: IDataObject): IDataObject {
	return simplifyRecord(record);
}
