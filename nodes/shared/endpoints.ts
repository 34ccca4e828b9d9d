/**
 * Every Personio endpoint the nodes and credentials call: its path below the host (parameters in
 * braces), its methods and, for a list, its page size. Requests name their path from here
 * (`ENDPOINTS.<key>.path`). Each row's API, status and the Personio page that status comes from are kept beside the tests
 * (test/ledger/status.ts), which fail when a node calls a path missing here or one Personio retired.
 */

export interface Endpoint {
	path: string;
	methods: readonly string[];
	/**
	 * A list's page size: the largest `limit` it accepts (v1 employees: 100 since January 2025, see
	 * https://developer.personio.de/changelog/pagination-enforcement-v1-employees-api; v2 absence
	 * periods 1-100 and breakdowns 1-28, https://developer.personio.de/reference/get_v2-absence-periods
	 * and .../get_v2-absence-periods-id-breakdowns; v2 recruiting lists 1-200, https://developer.personio.de/reference/get_v2-recruiting-candidates).
	 */
	pageSize?: number;
}

export const ENDPOINTS = {
	token: { path: '/v2/auth/token', methods: ['POST'] },
	employees: { path: '/v1/company/employees', methods: ['GET', 'POST'], pageSize: 100 },
	employee: { path: '/v1/company/employees/{id}', methods: ['GET', 'PATCH'] },
	employeeAbsenceBalance: { path: '/v1/company/employees/{id}/absences/balance', methods: ['GET'] },
	employeeAttributes: { path: '/v1/company/employees/attributes', methods: ['GET'] },
	documentUpload: { path: '/v1/company/documents', methods: ['POST'] },
	documentCategories: { path: '/v1/company/document-categories', methods: ['GET'] },
	customReports: { path: '/v1/company/custom-reports/reports', methods: ['GET'] },
	customReport: {
		path: '/v1/company/custom-reports/reports/{id}',
		methods: ['GET'],
		pageSize: 100,
	},
	persons: { path: '/v2/persons', methods: ['GET', 'POST'], pageSize: 50 },
	person: { path: '/v2/persons/{id}', methods: ['GET', 'PATCH'] },
	employments: { path: '/v2/persons/{person_id}/employments', methods: ['GET'], pageSize: 50 },
	employment: { path: '/v2/persons/{person_id}/employments/{id}', methods: ['GET', 'PATCH'] },
	absencePeriods: { path: '/v2/absence-periods', methods: ['GET', 'POST'], pageSize: 100 },
	absencePeriod: { path: '/v2/absence-periods/{id}', methods: ['GET', 'PATCH', 'DELETE'] },
	absencePeriodBreakdowns: {
		path: '/v2/absence-periods/{id}/breakdowns',
		methods: ['GET'],
		pageSize: 28,
	},
	absenceTypes: { path: '/v2/absence-types', methods: ['GET'], pageSize: 100 },
	absenceType: { path: '/v2/absence-types/{id}', methods: ['GET'] },
	attendancePeriods: { path: '/v2/attendance-periods', methods: ['GET', 'POST'], pageSize: 100 },
	attendancePeriod: { path: '/v2/attendance-periods/{id}', methods: ['GET', 'PATCH', 'DELETE'] },
	projects: { path: '/v2/projects', methods: ['GET', 'POST'], pageSize: 100 },
	project: { path: '/v2/projects/{id}', methods: ['GET', 'PATCH', 'DELETE'] },
	projectMembers: {
		path: '/v2/projects/{id}/members',
		methods: ['GET', 'POST', 'DELETE'],
		pageSize: 100,
	},
	compensations: { path: '/v2/compensations', methods: ['GET', 'POST'], pageSize: 100 },
	legalEntities: { path: '/v2/legal-entities', methods: ['GET'], pageSize: 50 },
	legalEntity: { path: '/v2/legal-entities/{id}', methods: ['GET'] },
	orgUnits: { path: '/v2/org-units', methods: ['GET'], pageSize: 50 },
	orgUnit: { path: '/v2/org-units/{id}', methods: ['GET'] },
	costCenters: { path: '/v2/cost-centers', methods: ['GET'], pageSize: 50 },
	workplaces: { path: '/v2/workplaces', methods: ['GET'], pageSize: 50 },
	documents: { path: '/v2/document-management/documents', methods: ['GET'], pageSize: 100 },
	document: { path: '/v2/document-management/documents/{id}', methods: ['PATCH', 'DELETE'] },
	documentDownload: { path: '/v2/document-management/documents/{id}/download', methods: ['GET'] },
	recruitingApplications: { path: '/v2/recruiting/applications', methods: ['GET'], pageSize: 200 },
	recruitingApplication: { path: '/v2/recruiting/applications/{id}', methods: ['GET'] },
	recruitingCandidates: { path: '/v2/recruiting/candidates', methods: ['GET'], pageSize: 200 },
	recruitingCandidate: { path: '/v2/recruiting/candidates/{id}', methods: ['GET'] },
	recruitingCategories: { path: '/v2/recruiting/categories', methods: ['GET'], pageSize: 200 },
	recruitingCategory: { path: '/v2/recruiting/categories/{id}', methods: ['GET'] },
	recruitingJobs: { path: '/v2/recruiting/jobs', methods: ['GET'], pageSize: 200 },
	recruitingJob: { path: '/v2/recruiting/jobs/{id}', methods: ['GET'] },
	webhooks: { path: '/v2/webhooks', methods: ['GET', 'POST'], pageSize: 100 },
	webhook: { path: '/v2/webhooks/{id}', methods: ['GET', 'PATCH', 'DELETE'] },
	// The subscription's 30-day event log, read by the Polling Trigger's catch-up (scope personio:webhooks:read).
	webhookEvents: { path: '/v2/webhooks/{id}/events', methods: ['GET'], pageSize: 200 },
	applications: { path: '/v1/recruiting/applications', methods: ['POST'] },
	applicationDocuments: { path: '/v1/recruiting/applications/documents', methods: ['POST'] },
	careersFeed: { path: '/xml', methods: ['GET'] },
} satisfies Record<string, Endpoint>;

export type EndpointKey = keyof typeof ENDPOINTS;
