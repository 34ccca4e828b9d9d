import type { V2ListEndpoint } from './v2Reads';
import { ENDPOINTS } from './endpoints';

/**
 * v2 attendance periods (`limit` 1–100), read by the Attendance resource and the Polling Trigger. They
 * replaced the v1 attendances, which Personio retired on 2026-08-30.
 */
export const attendancePeriods: V2ListEndpoint = {
	listPath: ENDPOINTS.attendancePeriods.path,
	itemPath: ENDPOINTS.attendancePeriod.path,
	pageSize: ENDPOINTS.attendancePeriods.pageSize,
};

/**
 * `duration_type` for lists that must show every period. Personio leaves out periods recorded as a
 * duration only (no start) unless `duration_type=ALL` or `DURATION_ONLY` is sent (changelog "attendance
 * API additions related to duration-only time tracking", https://developer.personio.de/changelog).
 */
export const EVERY_DURATION_TYPE = 'ALL';

/** Personio's `duration_type` values, and the node's name for Personio's default (no `duration_type`). */
export const DURATION_TYPES = ['ALL', 'DURATION_ONLY', 'START_AND_END'] as const;

/**
 * A moment as the `updated_at` filters of attendance periods take it: UTC to the second, without a zone.
 * Personio answers `2023-01-01T12:00:00Z` with 400 "Invalid request content" (developer hub discussion
 * "Wrong date format for List attendance periods").
 */
export function attendanceFilterMoment(moment: number | string): string {
	return new Date(moment).toISOString().slice(0, 19);
}
