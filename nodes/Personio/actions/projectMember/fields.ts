import type { IExecuteFunctions } from 'n8n-workflow';

import type { V2ListEndpoint } from '../../../shared/v2Reads';
import { personIdOf, projectIdOf } from '../common.parameters';
import { ENDPOINTS } from '../../../shared/endpoints';

/** Members of one project: `limit` 1–200 (100 per page is asked for). */
export const projectMembers: V2ListEndpoint = {
	listPath: ENDPOINTS.projectMembers.path,
	pageSize: ENDPOINTS.projectMembers.pageSize,
};

/** The project and the person of one item; both are checked before any request. */
export function memberOf(this: IExecuteFunctions, itemIndex: number) {
	return {
		project_id: projectIdOf.call(this, itemIndex),
		person_id: personIdOf.call(this, itemIndex),
	};
}
