import type { IDataObject } from 'n8n-workflow';

import type { Endpoint } from '../../../shared/endpoints';
import { ENDPOINTS } from '../../../shared/endpoints';
import { updatedAtQuery } from '../../../shared/v2Reads';
import { updatedAtFilters } from '../../../shared/descriptions';
import type { InputValidator } from '../../../shared/validation';
import type { V2Object } from '../../../shared/objectSelectorResource';
import { v2ObjectOperations } from '../../../shared/objectSelectorResource';

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
const recruiting = (
	name: string,
	value: string,
	list: Required<Endpoint>,
	item: Endpoint,
): V2Object => ({
	name,
	value,
	listPath: list.path,
	itemPath: item.path,
	pageSize: list.pageSize,
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
		ENDPOINTS.recruitingApplications,
		ENDPOINTS.recruitingApplication,
	),
	recruiting(
		'Candidate',
		'candidate',
		ENDPOINTS.recruitingCandidates,
		ENDPOINTS.recruitingCandidate,
	),
	// `GET /v2/recruiting/categories` documents no query parameters besides paging: no filters.
	{
		...recruiting(
			'Category',
			'category',
			ENDPOINTS.recruitingCategories,
			ENDPOINTS.recruitingCategory,
		),
		filters: undefined,
		query: undefined,
	},
	recruiting('Job', 'job', ENDPOINTS.recruitingJobs, ENDPOINTS.recruitingJob),
]);
