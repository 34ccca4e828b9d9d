import type { LedgerEntry } from './ledger';

/**
 * Endpoints Personio has retired: part of the ledger (the test fails when a node calls one, and
 * docs/reference/endpoints.md lists them), kept out of nodes/ so the published package does not name them.
 */
const ATTENDANCE_V1_RETIRED =
	'https://developer.personio.de/changelog/deprecation-of-attendances-and-projects-v1-endpoints';

const retired = (path: string, methods: string[]): LedgerEntry => ({
	path,
	methods,
	api: 'v1',
	status: 'retired',
	removal: '2026-08-30',
	source: ATTENDANCE_V1_RETIRED,
});

export const RETIRED_ENDPOINTS: Record<string, LedgerEntry> = {
	attendancesV1: retired('/v1/company/attendances', ['GET', 'POST']),
	attendanceV1: retired('/v1/company/attendances/{id}', ['PATCH', 'DELETE']),
	attendanceProjectsV1: retired('/v1/company/attendances/projects', ['GET', 'POST']),
	attendanceProjectV1: retired('/v1/company/attendances/projects/{id}', ['PATCH', 'DELETE']),
};
