/** Bad input rows: absences, absence types and attendances. */
import type { Operation } from './operation';
import { P, rl, V2_OPAQUE_ENCODED } from './operation';
import {
	BAD_DATE,
	BAD_DATE_TIME,
	DATE,
	EMPTY,
	INTEGER_ID,
	LIMIT,
	OPAQUE_ID,
	OPTION,
	OPTIONAL_OPAQUE_ID,
	TIME,
	TOO_LONG,
	UUID,
} from './values';

export const ABSENCE_AND_ATTENDANCE_OPERATIONS: Record<string, Operation> = {
	'absence.create': {
		node: P,
		base: {
			resource: 'absence',
			operation: 'create',
			employeeId: rl('1'),
			absenceTypeId: '7',
			startDate: '2024-05-01',
			endDate: '2024-05-02',
			additionalFields: {},
		},
		fields: [
			['employeeId.value', 'Employee', INTEGER_ID],
			['absenceTypeId', 'Absence Type Name or ID', OPAQUE_ID],
			['startDate', 'Start Date', DATE],
			['endDate', 'End Date', [...BAD_DATE, '2024-04-30']],
			['additionalFields.substituteId', 'Additional Fields > Substitute ID', OPTIONAL_OPAQUE_ID],
		],
	},
	'absence.create (hours)': {
		node: P,
		base: {
			resource: 'absence',
			operation: 'create',
			employeeId: rl('1'),
			absenceTypeId: '7',
			startDate: '2024-05-01',
			endDate: '2024-05-01',
			additionalFields: { startTime: '09:00', endTime: '12:00' },
		},
		fields: [
			[
				'additionalFields.startTime',
				'Additional Fields > Start Time',
				TIME.filter((value) => !EMPTY.includes(value as never)),
			],
			['additionalFields.endTime', 'Additional Fields > End Time', [...TIME, '08:00']],
		],
	},
	'absence.update': {
		node: P,
		base: {
			resource: 'absence',
			operation: 'update',
			absenceId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c',
			skipApproval: true,
			updateFields: { comment: 'x' },
		},
		fields: [
			['absenceId', 'Absence ID', UUID],
			['updateFields', 'Update Fields', [{}]],
			['updateFields.startDate', 'Update Fields > Start Date', BAD_DATE],
			['updateFields.endDate', 'Update Fields > End Date', BAD_DATE],
		],
	},
	'absence.get': {
		node: P,
		base: {
			resource: 'absence',
			operation: 'get',
			absenceId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c',
		},
		fields: [['absenceId', 'Absence ID', UUID]],
	},
	'absence.delete': {
		node: P,
		base: {
			resource: 'absence',
			operation: 'delete',
			absenceId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c',
		},
		fields: [['absenceId', 'Absence ID', UUID]],
	},
	'absence.getBreakdowns': {
		node: P,
		base: {
			resource: 'absence',
			operation: 'getBreakdowns',
			absenceId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c',
			returnAll: false,
			limit: 5,
		},
		fields: [
			['absenceId', 'Absence ID', UUID],
			['limit', 'Limit', LIMIT],
		],
	},
	'absence.getAll': {
		node: P,
		base: { resource: 'absence', operation: 'getAll', returnAll: false, limit: 5, filters: {} },
		fields: [
			['limit', 'Limit', LIMIT],
			['filters.startDate', 'Filters > Start Date', BAD_DATE],
			['filters.endDate', 'Filters > End Date', BAD_DATE],
			['filters.personIds', 'Filters > Person IDs', ['1,a/b', '1,,2', '../1', '1;2']],
			['filters.absenceTypes', 'Filters > Absence Type Names or IDs', [['a/b'], ['1', '../2']]],
			['filters.updatedSince', 'Filters > Updated Since', BAD_DATE],
		],
	},
	'absenceType.get': {
		node: P,
		base: {
			resource: 'absenceType',
			operation: 'get',
			absenceTypeId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c',
		},
		fields: [['absenceTypeId', 'Absence Type ID', UUID]],
	},
	'absenceType.getAll': {
		node: P,
		base: { resource: 'absenceType', operation: 'getAll', returnAll: false, limit: 5 },
		fields: [['limit', 'Limit', LIMIT]],
	},
	'attendance.create': {
		node: P,
		base: {
			resource: 'attendance',
			operation: 'create',
			personId: rl('1'),
			type: 'WORK',
			start: '2024-05-01T09:00:00',
			skipApproval: false,
			additionalFields: { end: '2024-05-01T17:00:00', projectId: rl('42') },
		},
		fields: [
			['personId.value', 'Person', OPAQUE_ID],
			['type', 'Type', OPTION],
			['start', 'Start', [...EMPTY, ...BAD_DATE_TIME]],
			[
				'additionalFields.end',
				'Additional Fields > End',
				[...BAD_DATE_TIME, '2024-05-01T08:00:00', '2024-05-01T09:00:00', '2024-05-02T09:00:01'],
			],
			['additionalFields.projectId.value', 'Additional Fields > Project', OPTIONAL_OPAQUE_ID],
			['additionalFields.comment', 'Additional Fields > Comment', TOO_LONG(1000)],
			['skipApproval', 'Skip Approval', ['yes', 1, {}]],
		],
	},
	'attendance.update': {
		node: P,
		base: {
			resource: 'attendance',
			operation: 'update',
			attendanceId: 'a-1',
			skipApproval: false,
			updateFields: { comment: 'x' },
		},
		fields: [
			['attendanceId', 'Attendance ID', OPAQUE_ID],
			['updateFields', 'Update Fields', [{}]],
			['updateFields.start', 'Update Fields > Start', BAD_DATE_TIME],
			['updateFields.end', 'Update Fields > End', BAD_DATE_TIME],
			[
				'updateFields.projectId',
				'Update Fields > Project',
				OPTIONAL_OPAQUE_ID.map((value) => ({ mode: 'id', value })),
			],
		],
	},
	'attendance.delete': {
		node: P,
		base: { resource: 'attendance', operation: 'delete', attendanceId: 'a-1' },
		fields: [['attendanceId', 'Attendance ID', OPAQUE_ID]],
		encoded: V2_OPAQUE_ENCODED('attendanceId', '/v2/attendance-periods/'),
	},
	'attendance.get': {
		node: P,
		base: { resource: 'attendance', operation: 'get', attendanceId: 'a-1' },
		fields: [['attendanceId', 'Attendance ID', OPAQUE_ID]],
		encoded: V2_OPAQUE_ENCODED('attendanceId', '/v2/attendance-periods/'),
	},
	'attendance.getAll': {
		node: P,
		base: { resource: 'attendance', operation: 'getAll', returnAll: false, limit: 5, filters: {} },
		fields: [
			['limit', 'Limit', LIMIT],
			...['Start', 'End', 'Updated'].flatMap((what): Operation['fields'] => [
				[`filters.${what.toLowerCase()}From`, `Filters > ${what} From`, BAD_DATE_TIME],
				[`filters.${what.toLowerCase()}To`, `Filters > ${what} To`, BAD_DATE_TIME],
			]),
			['filters.personIds', 'Filters > Person IDs', ['../1', '1,a/b', 'a b', {}, [1, '../2']]],
			['filters.status', 'Filters > Status', OPTION],
		],
	},
};
