import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import { RECRUITING_PAGE_SIZE } from '../../../shared/pageSizes';
import { updatedAtFilters, updatedAtQuery } from '../../../shared/v2Collection';
import type { InputValidator } from '../../../shared/validation';
import type { V2Object } from '../../../shared/v2Objects';
import { v2ObjectOperations } from '../../../shared/v2Objects';

/** Personio's recruiting lists answer 400 when `updated_at.gt` and `updated_at.lt` come together. */
function onlyOneUpdatedFilter(check: InputValidator, filters: IDataObject): IDataObject {
	const query = updatedAtQuery(check, filters);
	if (query['updated_at.gt'] !== undefined && query['updated_at.lt'] !== undefined) {
		check.fail(
			'Filters > Updated After',
			'left empty when Filters > Updated Before is set (Personio accepts only one of Updated After and Updated Before)',
		);
	}
	return query;
}

/** v2 recruiting reads (scope personio:recruiting:read), each endpoint taken from the ledger. */
const recruiting = (name: string, value: string, listPath: string, itemPath: string): V2Object => ({
	name,
	value,
	listPath,
	itemPath,
	pageSize: RECRUITING_PAGE_SIZE,
	filters: updatedAtFilters.map((filter) => ({
		...filter,
		description: `${String(filter.description)}. Only one of Updated After and Updated Before can be used.`,
	})),
	query: onlyOneUpdatedFilter,
});

export const { get, getAll } = v2ObjectOperations('recruiting', [
	recruiting(
		'Application',
		'application',
		ENDPOINTS.recruitingApplications.path,
		ENDPOINTS.recruitingApplication.path,
	),
	recruiting(
		'Candidate',
		'candidate',
		ENDPOINTS.recruitingCandidates.path,
		ENDPOINTS.recruitingCandidate.path,
	),
	// `GET /v2/recruiting/categories` documents no query parameters besides paging: no filters.
	{
		...recruiting(
			'Category',
			'category',
			ENDPOINTS.recruitingCategories.path,
			ENDPOINTS.recruitingCategory.path,
		),
		filters: undefined,
		query: undefined,
	},
	recruiting('Job', 'job', ENDPOINTS.recruitingJobs.path, ENDPOINTS.recruitingJob.path),
]);
