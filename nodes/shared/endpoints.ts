/**
 * The ledger of every Personio endpoint the nodes and credentials call: API, status, and the Personio
 * source of that status. A test (test/ledger) fails when a node calls a path missing here, or one whose
 * removal date has passed; `npm run endpoints` prints it as the README's tables. Endpoints Personio has
 * retired are recorded in test/ledger/retired.ts, so the package itself never names them.
 */

export type EndpointStatus = 'current' | 'deprecated' | 'retired';

export interface Endpoint {
	/** Path below the host, parameters in braces. */
	path: string;
	methods: readonly string[];
	api: 'v1' | 'v2' | 'recruiting' | 'careers';
	status: EndpointStatus;
	/** Deprecated: the day Personio removes it. Retired: the day it was removed. YYYY-MM-DD. */
	removal?: string;
	/** The Personio changelog entry or reference page the status comes from. */
	source: string;
}

const HUB = 'https://developer.personio.de';
const V1_SPEC = 'personio/api-docs personio-personnel-data-api-oa3.yaml; no deprecation announced';
const RECRUITING_SPEC = 'personio/api-docs personio-recruiting-api.yaml; no deprecation announced';
const CUSTOM_REPORTS_V1 = `${HUB}/changelog/deprecation-of-custom-reports-api-v1 (v2 Report API reference not found)`;
const ABSENCES_V2_GA = `${HUB}/v2.0/changelog "Absences and Attendances v2 APIs - Promotion to General Availability (GA)"`;
const ref = (operation: string) => `${HUB}/reference/${operation}`;
// Personio's published v2 definitions, copied in test/contract/specs (see SOURCES.md there).
const V2_SPEC = (name: string) =>
	`Personio's v2 definition ${name} (test/contract/specs); no deprecation announced`;
const RECRUITING_V2 = `Recruiting API v2: ${['candidates', 'jobs', 'applications-id']
	.map((page) => ref(`get_v2-recruiting-${page}`))
	.join(', ')}`;

const v1 = (path: string, methods: string[], source = V1_SPEC): Endpoint => ({
	path,
	methods,
	api: 'v1',
	status: 'current',
	source,
});
const v2 = (path: string, methods: string[], source: string): Endpoint => ({
	path,
	methods,
	api: 'v2',
	status: 'current',
	source,
});
const recruitingV2 = (slug: string): Endpoint =>
	v2(`/v2/recruiting/${slug}`, ['GET'], RECRUITING_V2);
const recruitingV2Item = (slug: string): Endpoint =>
	v2(`/v2/recruiting/${slug}/{id}`, ['GET'], RECRUITING_V2);

export const ENDPOINTS = {
	token: v2('/v2/auth/token', ['POST'], V2_SPEC('credentials-service-api-v2')),

	employees: v1('/v1/company/employees', ['GET', 'POST']),
	employee: v1('/v1/company/employees/{id}', ['GET', 'PATCH']),
	employeeAbsenceBalance: v1('/v1/company/employees/{id}/absences/balance', ['GET']),
	employeeAttributes: v1('/v1/company/employees/attributes', ['GET']),
	timeOffs: v1('/v1/company/time-offs', ['POST']),
	timeOffTypes: v1('/v1/company/time-off-types', ['GET']),
	hourlyAbsencePeriods: v1('/v1/company/absence-periods', ['POST']),
	documentUpload: v1('/v1/company/documents', ['POST']),
	documentCategories: v1('/v1/company/document-categories', ['GET']),
	customReports: {
		...v1('/v1/company/custom-reports/reports', ['GET']),
		status: 'deprecated',
		removal: '2027-06-30',
		source: CUSTOM_REPORTS_V1,
	},
	customReport: {
		...v1('/v1/company/custom-reports/reports/{id}', ['GET']),
		status: 'deprecated',
		removal: '2027-06-30',
		source: CUSTOM_REPORTS_V1,
	},

	persons: v2('/v2/persons', ['GET', 'POST'], V2_SPEC('persons-service-api-v2')),
	person: v2('/v2/persons/{id}', ['GET', 'PATCH'], V2_SPEC('persons-service-api-v2')),
	employments: v2(
		'/v2/persons/{person_id}/employments',
		['GET'],
		V2_SPEC('employment-contract-v2'),
	),
	employment: v2(
		'/v2/persons/{person_id}/employments/{id}',
		['GET', 'PATCH'],
		V2_SPEC('employment-contract-v2'),
	),
	absencePeriods: v2(
		'/v2/absence-periods',
		['GET'],
		`${ref('get_v2-absence-periods')}; ${ABSENCES_V2_GA}`,
	),
	absencePeriod: v2(
		'/v2/absence-periods/{id}',
		['GET', 'DELETE'],
		ref('delete_v2-absence-periods-id'),
	),
	absencePeriodBreakdowns: v2(
		'/v2/absence-periods/{id}/breakdowns',
		['GET'],
		ref('get_v2-absence-periods-id-breakdowns'),
	),
	absenceTypes: v2('/v2/absence-types', ['GET'], ref('get_v2-absence-types')),
	absenceType: v2('/v2/absence-types/{id}', ['GET'], ref('get_v2-absence-types-id')),
	attendancePeriods: v2(
		'/v2/attendance-periods',
		['GET', 'POST'],
		`${ref('get_v2-attendance-periods')}; ${ABSENCES_V2_GA}`,
	),
	attendancePeriod: v2(
		'/v2/attendance-periods/{id}',
		['GET', 'PATCH', 'DELETE'],
		ref('patch_v2-attendance-periods-id'),
	),
	projects: v2('/v2/projects', ['GET', 'POST'], ref('get_v2-projects')),
	project: v2('/v2/projects/{id}', ['GET', 'PATCH', 'DELETE'], ref('get_v2-projects')),
	projectMembers: v2(
		'/v2/projects/{id}/members',
		['GET', 'POST', 'DELETE'],
		ref('get_v2-projects-id-members'),
	),
	compensations: v2('/v2/compensations', ['GET', 'POST'], ref('post_v2-compensations')),
	legalEntities: v2('/v2/legal-entities', ['GET'], ref('listlegalentities')),
	legalEntity: v2('/v2/legal-entities/{id}', ['GET'], ref('getlegalentitybyid')),
	orgUnits: v2('/v2/org-units', ['GET'], ref('getorgunit')),
	orgUnit: v2('/v2/org-units/{id}', ['GET'], ref('getorgunit')),
	costCenters: v2('/v2/cost-centers', ['GET'], ref('listcostcenters')),
	workplaces: v2('/v2/workplaces', ['GET'], ref('listworkplaces')),
	documents: v2(
		'/v2/document-management/documents',
		['GET'],
		ref('get_v2-document-management-documents'),
	),
	document: v2(
		'/v2/document-management/documents/{id}',
		['PATCH', 'DELETE'],
		ref('patch_v2-document-management-documents-document-id'),
	),
	documentDownload: v2(
		'/v2/document-management/documents/{id}/download',
		['GET'],
		`Document Management API: ${ref('get_v2-document-management-documents')}`,
	),
	recruitingApplications: recruitingV2('applications'),
	recruitingApplication: recruitingV2Item('applications'),
	recruitingCandidates: recruitingV2('candidates'),
	recruitingCandidate: recruitingV2Item('candidates'),
	recruitingCategories: recruitingV2('categories'),
	recruitingCategory: recruitingV2Item('categories'),
	recruitingJobs: recruitingV2('jobs'),
	recruitingJob: recruitingV2Item('jobs'),
	webhooks: v2('/v2/webhooks', ['GET', 'POST'], ref('post_v2-webhooks')),
	webhook: v2('/v2/webhooks/{id}', ['GET', 'PATCH', 'DELETE'], ref('patch_v2-webhooks-id')),

	applications: {
		...v1('/v1/recruiting/applications', ['POST'], RECRUITING_SPEC),
		api: 'recruiting',
	},
	applicationDocuments: {
		...v1('/v1/recruiting/applications/documents', ['POST'], RECRUITING_SPEC),
		api: 'recruiting',
	},
	careersFeed: { ...v1('/xml', ['GET'], RECRUITING_SPEC), api: 'careers' },
} satisfies Record<string, Endpoint>;

export type EndpointKey = keyof typeof ENDPOINTS;

/** `{id}`, `{person_id}` and `${...}` all stand for one path segment. */
export function pathShape(path: string): string {
	return path.replace(/\$\{[^}]*\}|\{[^}]*\}/g, '{}').replace(/\/+$/, '');
}

/** The ledger entry of a path as the nodes write it, if any. */
export function findEndpoint(
	path: string,
	ledger: Record<string, Endpoint> = ENDPOINTS,
): Endpoint | undefined {
	const shape = pathShape(path);
	return Object.values(ledger).find((endpoint) => pathShape(endpoint.path) === shape);
}

/** `current`, `deprecated`, or `retired` once the removal day has come. */
export function statusOn(endpoint: Endpoint, day: string): EndpointStatus {
	if (endpoint.status === 'current') return 'current';
	return endpoint.removal !== undefined && endpoint.removal <= day ? 'retired' : endpoint.status;
}
