import { ENDPOINTS } from '../../../shared/endpoints';
import type { V2ListEndpoint } from '../../../shared/v2Reads';

/** `GET /v2/absence-types[/{id}]`: UUIDs, `unit` DAY or HOUR, `limit` 1-100 (reference page get_v2-absence-types). */
export const absenceTypes: V2ListEndpoint = {
	listPath: ENDPOINTS.absenceTypes.path,
	itemPath: ENDPOINTS.absenceType.path,
	pageSize: ENDPOINTS.absenceTypes.pageSize,
};
