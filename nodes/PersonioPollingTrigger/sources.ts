import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import {
	attendanceFilterMoment,
	attendancePeriods,
	EVERY_DURATION_TYPE,
} from '../shared/attendancePeriods';
import { ENDPOINTS } from '../shared/endpoints';
import { simplifyRecord as simplifyV1Record } from '../shared/simplify';
import type { Pagination, PersonioRequest } from '../shared/transport';
import { v1DateTime } from '../shared/validation';
import { toMillis } from './cursor';

/** What each polling event reads: one Personio list, by change time. */
export interface FeedQuery {
	/** Start of the change window (ms); the feed asks for records changed since then. */
	since: number;
	/** The poll's start (ms). */
	now: number;
}

export interface Feed {
	/** Prefix of the record key, and the `kind` of a deleted record's item. */
	kind: string;
	request(query: FeedQuery): PersonioRequest;
	pagination: Pagination;
	/** The attribute holding the change time that defines the event. */
	timeField: string;
}

export interface PollingEvent {
	option: INodePropertyOptions;
	feed: Feed;
}

/** Reads an attribute of a v1 record (`{attributes: {x: {value}}}`, `{attributes: {x}}`) or a v2 record (`{x}`). */
export function attribute(record: IDataObject, name: string): unknown {
	const attributes = record.attributes as IDataObject | undefined;
	const value = record[name] ?? attributes?.[name];
	if (
		value !== null &&
		typeof value === 'object' &&
		'value' in (value as IDataObject) &&
		'label' in (value as IDataObject)
	) {
		return (value as IDataObject).value;
	}
	return value;
}

export function recordId(record: IDataObject): string | undefined {
	const id = attribute(record, 'id');
	return id === undefined || id === null || id === '' ? undefined : String(id);
}

export function recordTime(record: IDataObject, field: string): number | undefined {
	return toMillis(attribute(record, field));
}

/** Plain JSON: v1 `{label, value}` wrappers and `{type, attributes}` objects unwrapped, the id kept. */
export function simplifyRecord(record: IDataObject): IDataObject {
	return 'attributes' in record ? simplifyV1Record(record) : record;
}

const employeeFeed = (timeField: string): Feed => ({
	kind: 'employee',
	// Personio ignores `email` with `updated_since`, but pagination stays mandatory.
	request: ({ since }) => ({
		path: ENDPOINTS.employees.path,
		qs: { updated_since: v1DateTime(since) },
	}),
	pagination: { style: 'offset', offset: 'record', pageSize: ENDPOINTS.employees.pageSize },
	timeField,
});

const applicationFeed = (timeField: string): Feed => ({
	kind: 'application',
	request: ({ since }) => ({
		path: ENDPOINTS.recruitingApplications.path,
		qs: { 'updated_at.gt': new Date(since).toISOString() },
	}),
	pagination: { style: 'cursor', pageSize: ENDPOINTS.recruitingApplications.pageSize },
	timeField,
});

export const POLLING_EVENTS: Record<string, PollingEvent> = {
	absenceChanged: {
		option: {
			name: 'New or Updated Absence',
			value: 'absenceChanged',
			description: 'An absence (days or hours) was created or changed',
		},
		feed: {
			// v2 lists day- and hour-based absences together (reference page get_v2-absence-periods).
			kind: 'absence-period',
			request: ({ since }) => ({
				path: ENDPOINTS.absencePeriods.path,
				qs: { 'updated_at.gte': new Date(since).toISOString().slice(0, 19) },
			}),
			pagination: { style: 'cursor', pageSize: ENDPOINTS.absencePeriods.pageSize },
			timeField: 'updated_at',
		},
	},
	applicationCreated: {
		option: {
			name: 'New Application',
			value: 'applicationCreated',
			description: 'A candidate applied to a job',
		},
		feed: applicationFeed('created_at'),
	},
	applicationUpdated: {
		option: {
			name: 'Updated Application',
			value: 'applicationUpdated',
			description: 'An application changed, for example moved to another stage',
		},
		feed: applicationFeed('updated_at'),
	},
	attendanceChanged: {
		option: {
			name: 'New or Updated Attendance',
			value: 'attendanceChanged',
			description: 'An attendance period was recorded or changed',
		},
		feed: {
			kind: 'attendance',
			// v2 periods by change time: Personio retired the v1 attendances list on 2026-08-30.
			request: ({ since }) => ({
				path: attendancePeriods.listPath,
				qs: {
					'updated_at.gte': attendanceFilterMoment(since),
					duration_type: EVERY_DURATION_TYPE,
				},
			}),
			pagination: { style: 'cursor', pageSize: attendancePeriods.pageSize },
			timeField: 'updated_at',
		},
	},
	employeeCreated: {
		option: {
			name: 'New Employee',
			value: 'employeeCreated',
			description: 'An employee was added',
		},
		feed: employeeFeed('created_at'),
	},
	employeeUpdated: {
		option: {
			name: 'Updated Employee',
			value: 'employeeUpdated',
			description: 'An employee changed',
		},
		feed: employeeFeed('last_modified_at'),
	},
};
