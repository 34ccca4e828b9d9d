import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { attendanceFilterMoment, attendancePeriods } from '../shared/attendancePeriods';
import { ENDPOINTS } from '../shared/endpoints';
import type { Pagination, PersonioRequest } from '../shared/transport';
import { paginate, path, personioRequest } from '../shared/transport';
import { recordId } from './sources';

/**
 * Absence and attendance periods are compared only within this window: periods that end on or after
 * the start of the day this many days before the check (open periods included). A known period the
 * list no longer shows is read once by its id: only a 404 makes it a deletion; one that still exists
 * (it ended before the window, or the list's filter does not show it) is no longer tracked.
 */
export const DELETION_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/** Everything that exists now, listed to find deletions, to emit a mirror's initial load, or to record watched values. */
export interface Inventory {
	/** `kind` of a deleted record's item. */
	kind: 'employee' | 'absence-period' | 'attendance';
	/** The list; `attributes` = only these employee attributes (a projection), or every one when undefined. */
	request(now: number, attributes?: string[]): PersonioRequest;
	pagination: Pagination;
	/** GET one record by id: 404 means deleted. */
	itemPath: string;
	/** Whether only a window of the records is listed (see `DELETION_WINDOW_DAYS`). */
	windowed: boolean;
}

function windowStart(now: number): string {
	const start = new Date(now - DELETION_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
	return `${start}T00:00:00`;
}

export const INVENTORIES: Record<string, Inventory> = {
	employeeUpdated: {
		kind: 'employee',
		// `attributes[]` is a projection (https://developer.personio.de/reference/get_company-employees):
		// the id read asks for the id alone, the smallest page Personio sends.
		request: (_now, attributes) => ({
			path: ENDPOINTS.employees.path,
			qs: attributes ? { attributes } : {},
		}),
		pagination: { style: 'offset', offset: 'record', pageSize: ENDPOINTS.employees.pageSize },
		itemPath: ENDPOINTS.employee.path,
		windowed: false,
	},
	absenceChanged: {
		kind: 'absence-period',
		// https://developer.personio.de/reference/get_v2-absence-periods
		request: (now) => ({
			path: ENDPOINTS.absencePeriods.path,
			qs: { 'ends_at.date_time.gte': windowStart(now) },
		}),
		pagination: { style: 'cursor', pageSize: ENDPOINTS.absencePeriods.pageSize },
		itemPath: ENDPOINTS.absencePeriod.path,
		windowed: true,
	},
	attendanceChanged: {
		kind: 'attendance',
		// https://developer.personio.de/reference/get_v2-attendance-periods: local date-times, and
		// `duration_type=ALL` so that periods recorded as a duration are listed too.
		request: (now) => ({
			path: attendancePeriods.listPath,
			qs: {
				'end.date_time.gte': attendanceFilterMoment(`${windowStart(now)}Z`),
				duration_type: 'ALL',
			},
		}),
		pagination: { style: 'cursor', pageSize: attendancePeriods.pageSize },
		itemPath: ENDPOINTS.attendancePeriod.path,
		windowed: true,
	},
};

/** Reads the whole inventory, page by page, paced like every read; calls `each` per record with its id. */
export async function readInventory(
	this: IPollFunctions,
	inventory: Inventory,
	now: number,
	attributes: string[] | undefined,
	each: (id: string, record: IDataObject) => void,
): Promise<void> {
	for await (const page of paginate.call(
		this,
		inventory.request(now, attributes),
		inventory.pagination,
	)) {
		for (const record of page) {
			const id = recordId(record);
			if (id !== undefined) each(id, record);
		}
	}
}

/** Whether a record the list no longer shows still exists: only Personio's 404 says it was deleted. */
export async function stillExists(
	this: IPollFunctions,
	inventory: Inventory,
	id: string,
): Promise<boolean> {
	const failure = await personioRequest.call(this, { path: path(inventory.itemPath, { id }) }).then(
		() => undefined,
		(error: unknown) => error,
	);
	if (failure === undefined) return true;
	if (failure instanceof NodeApiError && String(failure.httpCode) === '404') return false;
	throw failure;
}
