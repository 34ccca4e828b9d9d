import { updatedAtFilters, updatedAtQuery } from '../../../shared/v2Collection';
import type { V2Object } from '../../../shared/v2Objects';
import { v2ObjectOperations } from '../../../shared/v2Objects';

/** v2 recruiting reads (scope personio:recruiting:read), each endpoint declared once. */
const recruiting = (name: string, value: string, slug: string): V2Object => ({
	name,
	value,
	listPath: `/v2/recruiting/${slug}`,
	itemPath: `/v2/recruiting/${slug}/{id}`,
	pageSize: 50,
	filters: updatedAtFilters,
	query: (check, filters) => updatedAtQuery(check, filters),
});

export const { get, getAll } = v2ObjectOperations('applicant', [
	recruiting('Application', 'application', 'applications'),
	recruiting('Candidate', 'candidate', 'candidates'),
	recruiting('Category', 'category', 'categories'),
	recruiting('Job', 'job', 'jobs'),
]);
