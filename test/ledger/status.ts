import type { EndpointKey } from '../../nodes/shared/endpoints';

/**
 * The status of every endpoint in nodes/shared/endpoints.ts and the Personio source of that status:
 * kept here, beside the tests that read it (test/ledger), so the published package carries only
 * paths and methods. `npm run endpoints` prints both, with the retired ones of retired.ts, as tables.
 * Type-only imports: scripts/endpoints.js compiles this file on its own.
 */

export type EndpointStatus = 'current' | 'deprecated' | 'retired';

export interface StatusInfo {
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
const CUSTOM_REPORTS_V1 = `${HUB}/changelog/deprecation-of-custom-reports-api-v1 (v2 Report API shapes not confirmed: no reference page or reports-v2.yaml found, nativeship/n8n-nodes-personio names /v2/reports without parameters or answers)`;
const ABSENCES_V2_GA = `${HUB}/v2.0/changelog "Absences and Attendances v2 APIs - Promotion to General Availability (GA)"`;
const ref = (operation: string) => `${HUB}/reference/${operation}`;
// Personio's published v2 definitions, copied in test/contract/specs (see SOURCES.md there).
const V2_SPEC = (name: string) =>
	`Personio's v2 definition ${name} (test/contract/specs); no deprecation announced`;
const RECRUITING_V2 = `Recruiting API v2 (limit 1-200, default 100; categories take no filters): ${[
	'candidates',
	'jobs',
	'applications-id',
]
	.map((page) => ref(`get_v2-recruiting-${page}`))
	.join(', ')}`;

const v1 = (source = V1_SPEC): StatusInfo => ({ api: 'v1', status: 'current', source });
const v2 = (source: string): StatusInfo => ({ api: 'v2', status: 'current', source });

export const ENDPOINT_STATUS: Record<EndpointKey, StatusInfo> = {
	token: v2(V2_SPEC('credentials-service-api-v2')),
	employees: v1(),
	employee: v1(),
	employeeAbsenceBalance: v1(),
	employeeAttributes: v1(),
	documentUpload: v1(),
	documentCategories: v1(),
	customReports: { ...v1(CUSTOM_REPORTS_V1), status: 'deprecated', removal: '2027-06-30' },
	customReport: { ...v1(CUSTOM_REPORTS_V1), status: 'deprecated', removal: '2027-06-30' },
	persons: v2(V2_SPEC('persons-service-api-v2')),
	person: v2(V2_SPEC('persons-service-api-v2')),
	employments: v2(V2_SPEC('employment-contract-v2')),
	employment: v2(V2_SPEC('employment-contract-v2')),
	absencePeriods: v2(
		`${ref('get_v2-absence-periods')}, ${ref('post_v2-absence-periods')} (Create moved from v1 time-offs and absence periods; half-day \`type\` values unconfirmed); ${ABSENCES_V2_GA}`,
	),
	absencePeriod: v2(
		`${ref('patch_v2-absence-periods-id')} (Update, new), ${ref('delete_v2-absence-periods-id')}`,
	),
	absencePeriodBreakdowns: v2(ref('get_v2-absence-periods-id-breakdowns')),
	absenceTypes: v2(ref('get_v2-absence-types')),
	absenceType: v2(ref('get_v2-absence-types-id')),
	attendancePeriods: v2(`${ref('get_v2-attendance-periods')}; ${ABSENCES_V2_GA}`),
	attendancePeriod: v2(ref('patch_v2-attendance-periods-id')),
	projects: v2(ref('get_v2-projects')),
	project: v2(ref('get_v2-projects')),
	projectMembers: v2(
		`${ref('get_v2-projects-id-members')}; POST body unconfirmed: ${ref('post_v2-projects-id-members')} could not be read in full, a list of {person: {id}} is sent (PK-Consulting/n8n-nodes-personio-hr)`,
	),
	compensations: v2(
		`${ref('post_v2-compensations')} (Create: optional currency, ISO 4217, and interval)`,
	),
	legalEntities: v2(ref('listlegalentities')),
	legalEntity: v2(ref('getlegalentitybyid')),
	orgUnits: v2(ref('getorgunit')),
	orgUnit: v2(ref('getorgunit')),
	costCenters: v2(ref('listcostcenters')),
	workplaces: v2(ref('listworkplaces')),
	documents: v2(ref('get_v2-document-management-documents')),
	document: v2(ref('patch_v2-document-management-documents-document-id')),
	documentDownload: v2(`Document Management API: ${ref('get_v2-document-management-documents')}`),
	recruitingApplications: v2(RECRUITING_V2),
	recruitingApplication: v2(RECRUITING_V2),
	recruitingCandidates: v2(RECRUITING_V2),
	recruitingCandidate: v2(RECRUITING_V2),
	recruitingCategories: v2(RECRUITING_V2),
	recruitingCategory: v2(RECRUITING_V2),
	recruitingJobs: v2(RECRUITING_V2),
	recruitingJob: v2(RECRUITING_V2),
	webhooks: v2(ref('post_v2-webhooks')),
	webhook: v2(ref('patch_v2-webhooks-id')),
	webhookEvents: v2(ref('get_v2-webhooks-id-events')),
	applications: { ...v1(RECRUITING_SPEC), api: 'recruiting' },
	applicationDocuments: { ...v1(RECRUITING_SPEC), api: 'recruiting' },
	careersFeed: { ...v1(RECRUITING_SPEC), api: 'careers' },
};
