import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import type { PersonioContext } from '../../../shared/transport';
import { personioRequestAllItems } from '../../../shared/transport';
import type { V2ListEndpoint } from '../../../shared/v2Reads';

/** `GET /v2/absence-types[/{id}]`: UUIDs, `unit` DAY or HOUR, `limit` 1-100 (reference page get_v2-absence-types). */
export const absenceTypes: V2ListEndpoint = {
	listPath: ENDPOINTS.absenceTypes.path,
	itemPath: ENDPOINTS.absenceType.path,
	pageSize: ENDPOINTS.absenceTypes.pageSize,
};

/** v1 time-off types (numeric ids), which the v1 create endpoints still take. */
export async function fetchTimeOffTypes(this: PersonioContext): Promise<IDataObject[]> {
	return await personioRequestAllItems.call(
		this,
		{ path: ENDPOINTS.timeOffTypes.path },
		{ style: 'offset', offset: 'record', pageSize: ENDPOINTS.timeOffTypes.pageSize },
	);
}
