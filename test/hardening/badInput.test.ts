/**
 * Bad input, table-driven: every user-supplied field of every operation, given empty, wrongly typed,
 * wrongly formatted, out-of-range, too long and path-injecting values, must fail with a
 * NodeOperationError that names the field — before any request (no interceptor exists, so any
 * request would show up as a nock "no match", and no token may be minted). With Continue On Fail,
 * each bad item becomes an error item paired with its input. Opaque v2 ids that are accepted must
 * reach Personio encoded, on exactly the path expected.
 */
import nock from 'nock';
import type { IDataObject, INodeType } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { Personio } from '../../nodes/Personio/Personio.node';
import { PersonioPollingTrigger } from '../../nodes/PersonioPollingTrigger/PersonioPollingTrigger.node';
import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { PersonioTrigger } from '../../nodes/PersonioTrigger/PersonioTrigger.node';
import {
	BASE_URL,
	fastRetries,
	hookContext,
	initBinaryData,
	personioCredentials,
	pollContext,
	recruitingCredentials,
	runNode,
	TestCredentialsHelper,
} from '../helpers/harness';

beforeAll(async () => {
	fastRetries();
	await initBinaryData();
});

// ---------------------------------------------------------------------------------------------
// Value families
// ---------------------------------------------------------------------------------------------

const EMPTY = ['', '   ', null];
/** n8n hands a null parameter back as its default, so text fields with a default get blanks only. */
const BLANK = ['', '   ', '\t'];
const PATH_INJECTION = [
	'../1',
	'1/../2',
	'..',
	'.',
	'1/2',
	'1?admin=true',
	'1#frag',
	'1%2F2',
	'%2e%2e',
	'..%2F..%2Fv1',
	'1\n2',
	'1\r\nX-Injected: yes',
	'1 2',
	'1\u00002',
	'\\..\\1',
	'１２',
];
const WRONG_TYPE = [{}, { id: 1 }, [1, 2], true];
const INTEGER_ID = [...EMPTY, ...PATH_INJECTION, ...WRONG_TYPE, 'abc', '0', '-1', '1.5', '1e3', '0x10', '99999999999999999999', 0, -5, 2.5];
const OPAQUE_ID = [...EMPTY, ...PATH_INJECTION, ...WRONG_TYPE, 'a/b', 'a b', 'ä', 'x'.repeat(10) + '/'];
const OPTIONAL_INTEGER_ID = INTEGER_ID.filter((value) => !EMPTY.includes(value as never) && value !== 0);
const OPTIONAL_OPAQUE_ID = OPAQUE_ID.filter((value) => !EMPTY.includes(value as never));
const UUID = [...EMPTY, ...PATH_INJECTION, '123', 'not-a-uuid', '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3', '3f1c2b9e8c1d4e4f9a6b2d7e5c1a0b3c', '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3g', {}];
const BAD_DATE = ['2024-13-01', '2024-02-30', '2023-02-29', '01.02.2024', '2024/02/01', '2024-1-1', 'yesterday', '2024-02-01T25:00:00Z', '2024-02-01 junk', 20240201, {}, ['2024-02-01'], '../2024-02-01'];
const DATE = [...EMPTY, ...BAD_DATE];
const BAD_DATE_TIME = ['2024-13-01T00:00:00Z', 'tomorrow', '2024-02-01T09:00:00Z junk', '01/02/2024 09:00', 1706778000, {}, '2024-02-01T09:00:00Z/../'];
const BAD_EMAIL = ['ada', 'ada@', '@example.com', 'ada@example', 'ada @example.com', 'ada@exa mple.com', `${'a'.repeat(250)}@example.com`, 42, {}, 'ada@example.com\nBcc: eve@example.com'];
const EMAIL = [...EMPTY, ...BAD_EMAIL];
const TIME = [...EMPTY, '24:00', '9:00', '09:60', '0900', 'noon', '09:00:00', 9, {}];
const REQUIRED_TEXT = (max: number) => [...EMPTY, 'x'.repeat(max + 1)];
const TOO_LONG = (max: number) => ['x'.repeat(max + 1), 'ü'.repeat(max + 1)];
const LIMIT = [0, -1, 'abc', '', null, {}, Number.NaN];
const HOURS = [-1, 168.5, 169, 'forty', {}];
const OPTION = ['nonsense', 'ACTIVE_X', '../active', 42, {}, true];

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

type Params = IDataObject;
interface Operation {
	node: 'personio' | 'recruiting';
	/** Valid parameters: with these the operation gets as far as its first request. */
	base: Params;
	/** [parameter path, label the error must name, bad values]. */
	fields: Array<[string, string, unknown[]]>;
	/** Accepted opaque ids: [parameter path, value, the exact path Personio must see]. */
	encoded?: Array<[string, string, string]>;
}

const rl = (value: string) => ({ mode: 'id', value });
const TODAY = new Date().toISOString().slice(0, 10);
const FUTURE = `${Number(TODAY.slice(0, 4)) + 1}${TODAY.slice(4)}`.replace('-02-29', '-02-28');
const P = 'personio' as const;
const R = 'recruiting' as const;

const V2_OPAQUE_ENCODED = (param: string, prefix: string): Array<[string, string, string]> => [
	[param, 'abc-DEF_123', `${prefix}abc-DEF_123`],
	[param, 'a.b:c', `${prefix}a.b%3Ac`],
	[param, '...', `${prefix}...`],
];

/** The v2 date-time pair of many Get Many filters. */
const UPDATED_AT: Operation['fields'] = [
	['filters.updatedAfter', 'Filters > Updated After', BAD_DATE_TIME],
	['filters.updatedBefore', 'Filters > Updated Before', BAD_DATE_TIME],
];

/** Get and Get Many of a resource built on v2 objects (an "Object" selector, an opaque ID). */
function v2ObjectOperations(resource: string, getObject: string, listObject: string, filters: Operation['fields']): Record<string, Operation> {
	return {
		[`${resource}.get`]: {
			node: P,
			base: { resource, operation: 'get', object: getObject, id: 'x-1' },
			fields: [
				['object', 'Object', OPTION],
				['id', 'ID', OPAQUE_ID],
			],
		},
		[`${resource}.getAll`]: {
			node: P,
			base: { resource, operation: 'getAll', object: listObject, returnAll: false, limit: 5, filters: {} },
			fields: [['object', 'Object', OPTION], ['limit', 'Limit', LIMIT], ...filters],
		},
	};
}

const OPERATIONS: Record<string, Operation> = {
	'employee.get': { node: P, base: { resource: 'employee', operation: 'get', employeeId: rl('1') }, fields: [['employeeId.value', 'Employee', INTEGER_ID]] },
	'employee.getAbsenceBalance': {
		node: P,
		base: { resource: 'employee', operation: 'getAbsenceBalance', employeeId: rl('1') },
		fields: [['employeeId.value', 'Employee', INTEGER_ID]],
	},
	'employee.getAll': {
		node: P,
		base: { resource: 'employee', operation: 'getAll', returnAll: false, limit: 5, filters: {} },
		fields: [
			['limit', 'Limit', LIMIT],
			['filters.email', 'Filters > Email', BAD_EMAIL],
			['filters.updatedSince', 'Filters > Updated Since', BAD_DATE_TIME],
		],
	},
	'employee.create': {
		node: P,
		base: { resource: 'employee', operation: 'create', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', additionalFields: {} },
		fields: [
			['firstName', 'First Name', [...REQUIRED_TEXT(255), {}]],
			['lastName', 'Last Name', REQUIRED_TEXT(255)],
			['email', 'Email', EMAIL],
			['additionalFields.hireDate', 'Hire Date', BAD_DATE],
			['additionalFields.supervisorId', 'Supervisor ID', OPTIONAL_INTEGER_ID],
			['additionalFields.weeklyWorkingHours', 'Weekly Working Hours', HOURS],
			['additionalFields.gender', 'Gender', OPTION],
			['additionalFields.status', 'Status', OPTION],
			['additionalFields.preferredName', 'Preferred Name', TOO_LONG(255)],
			['customAttributes.attribute.0.key', 'Custom Attributes > Attribute Name or ID', [...EMPTY, 'first_name', 'dynamic_', 'dynamic_1/../2', 'DYNAMIC_1']],
		],
	},
	'employee.update': {
		node: P,
		base: { resource: 'employee', operation: 'update', employeeId: rl('1'), updateFields: { position: 'Engineer' } },
		fields: [
			['employeeId.value', 'Employee', INTEGER_ID],
			['updateFields.firstName', 'First Name', TOO_LONG(255)],
			['updateFields.lastName', 'Last Name', TOO_LONG(255)],
			['updateFields.hireDate', 'Hire Date', BAD_DATE],
			['updateFields.supervisorId', 'Supervisor ID', OPTIONAL_INTEGER_ID],
			['updateFields.weeklyWorkingHours', 'Weekly Working Hours', HOURS],
			['updateFields.gender', 'Gender', OPTION],
			['updateFields.status', 'Status', OPTION],
		],
	},
	'absence.create (days)': {
		node: P,
		base: { resource: 'absence', operation: 'create', unit: 'days', employeeId: rl('1'), absenceTypeId: '7', startDate: '2024-05-01', endDate: '2024-05-02', additionalFields: {} },
		fields: [
			['unit', 'Unit', OPTION],
			['employeeId.value', 'Employee', INTEGER_ID],
			['absenceTypeId', 'Absence Type Name or ID', INTEGER_ID],
			['startDate', 'Start Date', DATE],
			['endDate', 'End Date', [...DATE, '2024-04-30']],
		],
	},
	'absence.create (hours)': {
		node: P,
		base: {
			resource: 'absence',
			operation: 'create',
			unit: 'hours',
			employeeId: rl('1'),
			absenceTypeId: '7',
			startDate: '2024-05-01',
			endDate: '2024-05-01',
			additionalFields: { startTime: '09:00', endTime: '12:00' },
		},
		fields: [
			['additionalFields.startTime', 'Additional Fields > Start Time', TIME.filter((value) => !EMPTY.includes(value as never))],
			['additionalFields.endTime', 'Additional Fields > End Time', [...TIME, '08:00']],
			['endDate', 'End Date', ['2024-05-02']],
		],
	},
	'absence.get': {
		node: P,
		base: { resource: 'absence', operation: 'get', absenceId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c' },
		fields: [['absenceId', 'Absence ID', UUID]],
	},
	'absence.delete': {
		node: P,
		base: { resource: 'absence', operation: 'delete', absenceId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c' },
		fields: [['absenceId', 'Absence ID', UUID]],
	},
	'absence.getBreakdowns': {
		node: P,
		base: { resource: 'absence', operation: 'getBreakdowns', absenceId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c', returnAll: false, limit: 5 },
		fields: [['absenceId', 'Absence ID', UUID], ['limit', 'Limit', LIMIT]],
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
		base: { resource: 'absenceType', operation: 'get', absenceTypeId: '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c' },
		fields: [['absenceTypeId', 'Absence Type ID', UUID]],
	},
	'absenceType.getAll': { node: P, base: { resource: 'absenceType', operation: 'getAll', returnAll: false, limit: 5 }, fields: [['limit', 'Limit', LIMIT]] },
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
			['additionalFields.end', 'Additional Fields > End', [...BAD_DATE_TIME, '2024-05-01T08:00:00', '2024-05-01T09:00:00', '2024-05-02T09:00:01']],
			['additionalFields.projectId.value', 'Additional Fields > Project', OPTIONAL_OPAQUE_ID],
			['additionalFields.comment', 'Additional Fields > Comment', TOO_LONG(1000)],
			['skipApproval', 'Skip Approval', ['yes', 1, {}]],
		],
	},
	'attendance.update': {
		node: P,
		base: { resource: 'attendance', operation: 'update', attendanceId: 'a-1', skipApproval: false, updateFields: { comment: 'x' } },
		fields: [
			['attendanceId', 'Attendance ID', OPAQUE_ID],
			['updateFields', 'Update Fields', [{}]],
			['updateFields.start', 'Update Fields > Start', BAD_DATE_TIME],
			['updateFields.end', 'Update Fields > End', BAD_DATE_TIME],
			['updateFields.projectId', 'Update Fields > Project', OPTIONAL_OPAQUE_ID.map((value) => ({ mode: 'id', value }))],
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
	'compensation.create': {
		node: P,
		base: { resource: 'compensation', operation: 'create', confirmIrreversible: true, personId: rl('p-1'), typeId: 't-1', value: 100, effectiveFrom: '2024-05-01', additionalFields: {} },
		fields: [
			['confirmIrreversible', 'I Understand This Cannot Be Undone', [false, null, 'true']],
			['personId.value', 'Person', OPAQUE_ID],
			['typeId', 'Compensation Type ID', OPAQUE_ID],
			['value', 'Value', ['', null, 'abc', {}, Number.NaN, Number.POSITIVE_INFINITY]],
			['effectiveFrom', 'Effective From', DATE],
		],
	},
	'compensation.getAll': {
		node: P,
		base: { resource: 'compensation', operation: 'getAll', returnAll: false, limit: 5, filters: {} },
		fields: [
			['limit', 'Limit', LIMIT],
			['filters.periodStart', 'Filters > Period Start', BAD_DATE],
			['filters.periodEnd', 'Filters > Period End', BAD_DATE],
			['filters.personId', 'Filters > Person ID', OPTIONAL_OPAQUE_ID],
		],
	},
	'customReport.getAll': {
		node: P,
		base: { resource: 'customReport', operation: 'getAll', returnAll: false, limit: 5, filters: {} },
		fields: [
			['limit', 'Limit', LIMIT],
			['filters.status', 'Filters > Status', OPTION],
		],
	},
	'customReport.getRows': {
		node: P,
		base: { resource: 'customReport', operation: 'getRows', reportId: 'r-1', returnAll: false, limit: 5, options: {} },
		fields: [
			['reportId', 'Report ID', OPAQUE_ID],
			['limit', 'Limit', LIMIT],
			['options.locale', 'Options > Locale', ['deutsch', 'de/../en', 'd', 'de_DE_x', '../']],
		],
		encoded: V2_OPAQUE_ENCODED('reportId', '/v1/company/custom-reports/reports/'),
	},
	'document.getAll': {
		node: P,
		base: { resource: 'document', operation: 'getAll', ownerId: rl('p-1'), returnAll: false, limit: 5 },
		fields: [
			['ownerId.value', 'Owner', OPAQUE_ID],
			['limit', 'Limit', LIMIT],
		],
	},
	'document.download': {
		node: P,
		base: { resource: 'document', operation: 'download', documentId: 'd-1', binaryPropertyName: 'data' },
		fields: [
			['documentId', 'Document ID', OPAQUE_ID],
			['binaryPropertyName', 'Put Output File in Field', BLANK],
		],
	},
	'document.delete': {
		node: P,
		base: { resource: 'document', operation: 'delete', documentId: 'd-1' },
		fields: [['documentId', 'Document ID', OPAQUE_ID]],
		encoded: V2_OPAQUE_ENCODED('documentId', '/v2/document-management/documents/'),
	},
	'document.upload': {
		node: P,
		base: { resource: 'document', operation: 'upload', employeeId: rl('1'), title: 'Contract', categoryId: '3', binaryPropertyName: 'data', additionalFields: {} },
		fields: [
			['employeeId.value', 'Employee', INTEGER_ID],
			['title', 'Title', REQUIRED_TEXT(255)],
			['categoryId', 'Category Name or ID', INTEGER_ID],
			['additionalFields.date', 'Additional Fields > Date', BAD_DATE],
			['binaryPropertyName', 'Input Binary Field', BLANK],
		],
	},
	'employment.get': {
		node: P,
		base: { resource: 'employment', operation: 'get', personId: rl('p-1'), employmentId: 'e-1' },
		fields: [
			['personId.value', 'Person', OPAQUE_ID],
			['employmentId', 'Employment ID', OPAQUE_ID],
		],
		encoded: [
			['employmentId', 'abc-DEF_123', '/v2/persons/p-1/employments/abc-DEF_123'],
			['employmentId', 'a.b:c', '/v2/persons/p-1/employments/a.b%3Ac'],
			['personId.value', '...', '/v2/persons/.../employments/e-1'],
		],
	},
	'employment.getAll': {
		node: P,
		base: { resource: 'employment', operation: 'getAll', personId: rl('p-1'), returnAll: false, limit: 5, filters: {} },
		fields: [
			['personId.value', 'Person', OPAQUE_ID],
			['limit', 'Limit', LIMIT],
			...UPDATED_AT,
		],
	},
	'employment.update': {
		node: P,
		base: { resource: 'employment', operation: 'update', personId: rl('p-1'), employmentId: 'e-1', updateFields: { positionTitle: 'Engineer' } },
		fields: [
			['personId.value', 'Person', OPAQUE_ID],
			['employmentId', 'Employment ID', OPAQUE_ID],
			['updateFields.contractEndDate', 'Update Fields > Contract End Date', BAD_DATE],
			['updateFields.employmentStartDate', 'Update Fields > Employment Start Date', BAD_DATE],
			['updateFields.probationEndDate', 'Update Fields > Probation End Date', BAD_DATE],
			['updateFields.weeklyWorkingHours', 'Update Fields > Weekly Working Hours', HOURS],
			['updateFields.fullTimeWeeklyWorkingHours', 'Update Fields > Full Time Weekly Working Hours', HOURS],
			['updateFields.supervisorId', 'Update Fields > Supervisor ID', OPTIONAL_OPAQUE_ID],
			['updateFields.jobId', 'Update Fields > Job ID', OPTIONAL_OPAQUE_ID],
			['updateFields.officeId', 'Update Fields > Office ID', OPTIONAL_OPAQUE_ID],
			['updateFields.legalEntityId', 'Update Fields > Legal Entity ID', OPTIONAL_OPAQUE_ID],
			['updateFields.positionTitle', 'Update Fields > Position Title', TOO_LONG(255)],
			['updateFields.status', 'Update Fields > Status', OPTION],
			['updateFields.type', 'Update Fields > Type', OPTION],
		],
	},
	...v2ObjectOperations('organization', 'costCenter', 'orgUnit', [['orgUnitType', 'Type', OPTION]]),
	'person.create': {
		node: P,
		base: { resource: 'person', operation: 'create', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', additionalFields: {}, employment: {} },
		fields: [
			['firstName', 'First Name', REQUIRED_TEXT(255)],
			['lastName', 'Last Name', REQUIRED_TEXT(255)],
			['email', 'Email', EMAIL],
			['additionalFields.languageCode', 'Additional Fields > Language Code', ['deu', 'd', '../', 42]],
			['additionalFields.preferredName', 'Additional Fields > Preferred Name', TOO_LONG(255)],
			['additionalFields.gender', 'Additional Fields > Gender', OPTION],
			['employment.employmentStartDate', 'Employment > Employment Start Date', BAD_DATE],
			['employment.weeklyWorkingHours', 'Employment > Weekly Working Hours', HOURS],
			['employment.supervisorId', 'Employment > Supervisor ID', OPTIONAL_OPAQUE_ID],
			['employment.status', 'Employment > Status', OPTION],
			['customAttributes.attribute.0.key', 'Custom Attributes > Attribute Name or ID', [...EMPTY, 'first_name', 'dynamic_x']],
		],
	},
	'person.get': {
		node: P,
		base: { resource: 'person', operation: 'get', personId: rl('p-1') },
		fields: [['personId.value', 'Person', OPAQUE_ID]],
		encoded: V2_OPAQUE_ENCODED('personId.value', '/v2/persons/'),
	},
	'person.getAll': {
		node: P,
		base: { resource: 'person', operation: 'getAll', returnAll: false, limit: 5, filters: {} },
		fields: [
			['limit', 'Limit', LIMIT],
			['filters.email', 'Filters > Email', BAD_EMAIL],
			['filters.status', 'Filters > Status', OPTION],
			...UPDATED_AT,
		],
	},
	'person.update': {
		node: P,
		base: { resource: 'person', operation: 'update', personId: rl('p-1'), updateFields: { preferredName: 'Ada' } },
		fields: [
			['personId.value', 'Person', OPAQUE_ID],
			['updateFields', 'Update Fields', [{}]],
			['updateFields.email', 'Update Fields > Email', BAD_EMAIL],
			['updateFields.firstName', 'Update Fields > First Name', TOO_LONG(255)],
			['updateFields.languageCode', 'Update Fields > Language Code', ['deu', 'd', '../']],
			['updateFields.gender', 'Update Fields > Gender', OPTION],
		],
	},
	'project.create': {
		node: P,
		base: { resource: 'project', operation: 'create', name: 'Apollo', status: 'ACTIVE', additionalFields: {} },
		fields: [
			['name', 'Name', REQUIRED_TEXT(255)],
			['status', 'Status', OPTION],
			['additionalFields.description', 'Additional Fields > Description', TOO_LONG(1000)],
			['additionalFields.clientName', 'Additional Fields > Client Name', TOO_LONG(255)],
			['additionalFields.costCenterId', 'Additional Fields > Cost Center ID', OPTIONAL_OPAQUE_ID],
			['additionalFields.parentProjectId', 'Additional Fields > Parent Project ID', OPTIONAL_OPAQUE_ID],
			['additionalFields.startDate', 'Additional Fields > Start Date', BAD_DATE],
			['additionalFields.endDate', 'Additional Fields > End Date', BAD_DATE],
			['additionalFields.billable', 'Additional Fields > Billable', ['yes', 1, {}]],
		],
	},
	'project.update': {
		node: P,
		base: { resource: 'project', operation: 'update', projectId: rl('1'), updateFields: { name: 'Apollo' } },
		fields: [
			['projectId.value', 'Project', OPAQUE_ID],
			['updateFields', 'Update Fields', [{}]],
			['updateFields.name', 'Update Fields > Name', ['x'.repeat(256), {}]],
			['updateFields.status', 'Update Fields > Status', OPTION],
		],
	},
	'project.delete': {
		node: P,
		base: { resource: 'project', operation: 'delete', projectId: rl('1') },
		fields: [['projectId.value', 'Project', OPAQUE_ID]],
		encoded: V2_OPAQUE_ENCODED('projectId.value', '/v2/projects/'),
	},
	'project.get': {
		node: P,
		base: { resource: 'project', operation: 'get', projectId: rl('1') },
		fields: [['projectId.value', 'Project', OPAQUE_ID]],
		encoded: V2_OPAQUE_ENCODED('projectId.value', '/v2/projects/'),
	},
	'project.getAll': {
		node: P,
		base: { resource: 'project', operation: 'getAll', returnAll: false, limit: 5, filters: {} },
		fields: [
			['limit', 'Limit', LIMIT],
			['filters.status', 'Filters > Status', OPTION],
			['filters.parentProjectId', 'Filters > Parent Project ID', OPTIONAL_OPAQUE_ID],
		],
	},
	...Object.fromEntries(
		['add', 'getAll', 'remove'].map((operation): [string, Operation] => [
			`projectMember.${operation}`,
			{
				node: P,
				base: { resource: 'projectMember', operation, projectId: rl('9'), personId: rl('7'), returnAll: false, limit: 5 },
				fields: [
					['projectId.value', 'Project', OPAQUE_ID],
					...(operation === 'getAll' ? [] : ([['personId.value', 'Person', OPAQUE_ID]] as Operation['fields'])),
				],
				// Only reads and deletes are intercepted by the encoding check.
				encoded:
					operation === 'add'
						? []
						: V2_OPAQUE_ENCODED('projectId.value', '/v2/projects/').map(([param, value, expected]) => [param, value, `${expected}/members`]),
			},
		]),
	),
	...v2ObjectOperations('applicant', 'application', 'application', UPDATED_AT),
	'recruiting applicant.create': {
		node: R,
		base: { resource: 'applicant', operation: 'create', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', jobPositionId: rl('77'), additionalFields: {} },
		fields: [
			['firstName', 'First Name', REQUIRED_TEXT(255)],
			['lastName', 'Last Name', REQUIRED_TEXT(255)],
			['email', 'Email', EMAIL],
			['jobPositionId.value', 'Job Position', INTEGER_ID],
			['additionalFields.recruitingChannelId', 'Additional Fields > Recruiting Channel ID', OPTIONAL_INTEGER_ID],
			['additionalFields.externalPostingId', 'Additional Fields > External Posting ID', TOO_LONG(255)],
			['additionalFields.applicationDate', 'Additional Fields > Application Date', [...BAD_DATE, FUTURE]],
			['additionalFields.birthday', 'Additional Fields > Birthday', [...BAD_DATE, FUTURE]],
			['additionalFields.gender', 'Additional Fields > Gender', OPTION],
			['additionalFields.phase.value.type', 'Additional Fields > Phase > Type', OPTION],
			['additionalFields.phase.value.systemId', 'Additional Fields > Phase > System Phase', [...EMPTY, ...OPTION]],
			['customAttributes.attribute.0.id', 'Custom Attributes > Attribute ID', [...EMPTY, 'abc', 'custom_attribute_', 'custom_attribute_1/../2', '../1']],
			['customAttributes.attribute.0.value', 'Custom Attributes > Value', EMPTY],
			['documents.document.0.category', 'Documents > Document 1 > Category', OPTION],
			['documents.document.0.binaryPropertyName', 'Documents > Document 1 > Input Binary Field', [...BLANK, 'missing']],
		],
	},
	'recruiting applicant.create (custom phase)': {
		node: R,
		base: {
			resource: 'applicant',
			operation: 'create',
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			jobPositionId: rl('77'),
			additionalFields: { phase: { value: { type: 'custom', customId: '5' } } },
		},
		fields: [['additionalFields.phase.value.customId', 'Additional Fields > Phase > Custom Phase ID', INTEGER_ID]],
	},
	'recruiting applicant.uploadDocument': {
		node: R,
		base: { resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
		fields: [['binaryPropertyName', 'Input Binary Field', [...BLANK, 'missing']]],
	},
	'recruiting job.get': {
		node: R,
		base: { resource: 'job', operation: 'get', jobPositionId: rl('77'), language: 'en' },
		fields: [
			['jobPositionId.value', 'Job Position', INTEGER_ID],
			['language', 'Language', [...EMPTY, 'EN', 'xx', '../en', 'en&x=1']],
		],
	},
	'recruiting job.getAll': {
		node: R,
		base: { resource: 'job', operation: 'getAll', language: 'en', returnAll: false, limit: 5, filters: {} },
		fields: [
			['limit', 'Limit', LIMIT],
			['language', 'Language', ['EN', 'xx', '../en']],
			['filters.employmentType', 'Filters > Employment Type', OPTION],
		],
	},
};

/** Credential values checked before any request: [credential type, field, label, bad values, operation that uses it]. */
const CREDENTIAL_FIELDS: Array<[string, string, string, unknown[], string]> = [
	['personioApi', 'partnerId', 'Partner ID', ['acme-hr', 'Acme', 'ACME HR', 'ACME__HR', '_ACME', 'ACME\nX-Evil: 1', '../ACME', 'ÄCME'], 'employee.get'],
	['personioApi', 'appId', 'App ID', ['my-app', 'MyApp', 'MY APP', 'MY_APP\r\nX: 1'], 'person.get'],
	['personioRecruitingApi', 'partnerId', 'Partner ID', ['acme-hr', 'ACME HR', 'ACME\nX: 1'], 'recruiting applicant.create'],
	['personioRecruitingApi', 'appId', 'App ID', ['my-app', 'MY_APP\nX: 1'], 'recruiting job.getAll'],
	['personioRecruitingApi', 'companyId', 'Company ID', ['acme', '12 34', '12/34', '1234\nX: 1', '-1', '1.5'], 'recruiting applicant.create'],
	['personioRecruitingApi', 'company', 'Company', ['evil.example#', 'evil.example/x?', 'a/b', 'acme.evil', 'ac me', '-acme', '', 'acme@evil.example'], 'recruiting job.getAll'],
];

// ---------------------------------------------------------------------------------------------
// Running a case
// ---------------------------------------------------------------------------------------------

const NODES: Record<Operation['node'], { nodeType: INodeType; typeName: string }> = {
	personio: { nodeType: new Personio(), typeName: 'n8n-nodes-personio.personio' },
	recruiting: { nodeType: new PersonioRecruiting(), typeName: 'n8n-nodes-personio.personioRecruiting' },
};

function withValue(base: Params, path: string, value: unknown): Params {
	const copy = JSON.parse(JSON.stringify(base)) as IDataObject;
	const keys = path.split('.');
	let target = copy as Record<string, unknown>;
	for (const [i, key] of keys.slice(0, -1).entries()) {
		if (target[key] === undefined || target[key] === null) target[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
		target = target[key] as Record<string, unknown>;
	}
	target[keys[keys.length - 1]] = value;
	// The other half of a fixedCollection entry, so only the value under test is wrong.
	if (path.startsWith('customAttributes.attribute.0.')) {
		const entry = target as IDataObject;
		if (path.endsWith('.key') && entry.value === undefined) entry.value = 'M';
		if (path.endsWith('.id') && entry.value === undefined) entry.value = 'yes';
		if (path.endsWith('.value') && entry.id === undefined) entry.id = 'custom_attribute_1';
	}
	if (path.startsWith('documents.document.0.')) {
		const entry = target as IDataObject;
		entry.category ??= 'cv';
		entry.binaryPropertyName ??= 'data';
	}
	if (path.startsWith('additionalFields.phase.value.') && path.endsWith('.type')) (target as IDataObject).systemId ??= 'offer';
	return copy;
}

const binaryItem = () => ({
	json: {},
	binary: { data: { data: Buffer.from('%PDF-1.4 test').toString('base64'), mimeType: 'application/pdf', fileName: 'cv.pdf' } },
});

/** Every request nock refused because nothing was registered for it. */
const attempted: string[] = [];
beforeAll(() => nock.emitter.on('no match', (request: { path?: string; href?: string; options?: { path?: string } }) => attempted.push(String(request.path ?? request.options?.path ?? request.href ?? 'request'))));
afterAll(() => nock.emitter.removeAllListeners('no match'));

function describeValue(value: unknown): string {
	const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);
	return text.length > 40 ? `${text.slice(0, 37)}…(${text.length})` : text;
}

interface Case {
	name: string;
	node: Operation['node'];
	parameters: Params;
	label: string;
	credentials?: () => TestCredentialsHelper;
}

const credentialsFor = (overrides: { personioApi?: IDataObject; personioRecruitingApi?: IDataObject } = {}) =>
	new TestCredentialsHelper({
		personioApi: personioCredentials(overrides.personioApi),
		personioRecruitingApi: recruitingCredentials(overrides.personioRecruitingApi),
	});

const CASES: Case[] = [];
for (const [operationName, operation] of Object.entries(OPERATIONS)) {
	for (const [path, label, values] of operation.fields) {
		for (const value of values) {
			CASES.push({
				name: `${operationName} › ${path} = ${describeValue(value)}`,
				node: operation.node,
				parameters: withValue(operation.base, path, value),
				label,
			});
		}
	}
}
for (const [type, field, label, values, operationName] of CREDENTIAL_FIELDS) {
	const operation = OPERATIONS[operationName];
	for (const value of values) {
		CASES.push({
			name: `credential ${type}.${field} = ${describeValue(value)} (${operationName})`,
			node: operation.node,
			parameters: operation.base,
			label: `credential's ${label}`,
			credentials: () => credentialsFor({ [type]: { [field]: value, ...(field === 'company' ? { careersUrl: '' } : {}) } }),
		});
	}
}

async function expectRefusedBeforeAnyRequest(testCase: Case) {
	const { nodeType, typeName } = NODES[testCase.node];
	const credentials = testCase.credentials?.() ?? credentialsFor();
	attempted.length = 0;
	const items = [binaryItem(), binaryItem()];
	const error = await runNode({ nodeType, typeName, parameters: testCase.parameters, items, credentials }).then(
		(output) => new Error(`expected a failure, got ${JSON.stringify(output).slice(0, 200)}`),
		(thrown: unknown) => thrown as Error,
	);
	expect(error).toBeInstanceOf(NodeOperationError);
	expect(error.message).toContain(testCase.label);
	expect(attempted).toEqual([]);
	expect(credentials.tokenMints).toBe(0);

	// Continue On Fail: one error item per bad input item, paired with it, still without a request.
	const [output] = await runNode({ nodeType, typeName, parameters: testCase.parameters, items, credentials, continueOnFail: true });
	expect(output).toHaveLength(2);
	output.forEach((item, index) => {
		expect(item.pairedItem).toEqual({ item: index });
		expect(String(item.json.error)).toContain(testCase.label);
	});
	expect(attempted).toEqual([]);
	expect(credentials.tokenMints).toBe(0);
}

describe('bad input is refused before any request, naming the field', () => {
	it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
		await expectRefusedBeforeAnyRequest(testCase);
	});
});

it('the tables cover every operation of both action nodes', () => {
	const missing: string[] = [];
	let checked = 0;
	for (const [node, prefix] of [['personio', ''], ['recruiting', 'recruiting ']] as const) {
		for (const property of NODES[node].nodeType.description.properties) {
			if (property.name !== 'operation') continue;
			for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
				for (const option of property.options as Array<{ value: string }>) {
					const key = `${prefix}${resource}.${option.value}`;
					checked++;
					if (!Object.keys(OPERATIONS).some((name) => name === key || name.startsWith(`${key} (`))) missing.push(key);
				}
			}
		}
	}
	expect(missing).toEqual([]);
	expect(checked).toBeGreaterThanOrEqual(40);
});

describe('valid baselines reach Personio (so each bad case fails for its own field)', () => {
	it.each(Object.entries(OPERATIONS))('%s', async (_name, operation) => {
		const { nodeType, typeName } = NODES[operation.node];
		attempted.length = 0;
		await runNode({ nodeType, typeName, parameters: operation.base, items: [binaryItem()], credentials: credentialsFor() }).catch(() => undefined);
		expect(attempted.length).toBeGreaterThan(0);
	});
});

// ---------------------------------------------------------------------------------------------
// Opaque v2 ids that are accepted travel encoded, on exactly the expected path
// ---------------------------------------------------------------------------------------------

const ENCODED: Array<[string, Operation, string, string, string]> = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
	(operation.encoded ?? []).map(([path, value, expected]) => [`${name} › ${path} = ${JSON.stringify(value)}`, operation, path, value, expected] as [string, Operation, string, string, string]),
);

describe('accepted opaque ids reach exactly the expected path', () => {
	it.each(ENCODED)('%s', async (_name, operation, path, value, expected) => {
		const { nodeType, typeName } = NODES[operation.node];
		nock(BASE_URL).post('/v2/auth/token').reply(200, { access_token: 'papi-token', expires_in: 86400 });
		const seen: string[] = [];
		const scope = nock(BASE_URL);
		for (const method of ['get', 'delete'] as const) {
			scope[method](/.*/)
				.query(true)
				.reply(function () {
					seen.push(`${this.req.method} ${this.req.path}`);
					return [200, { success: true, data: [], _data: [], id: value }];
				});
		}
		await runNode({ nodeType, typeName, parameters: withValue(operation.base, path, value), credentials: credentialsFor() }).catch(() => undefined);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen[0].split('?')[0].split(' ')[1]).toBe(expected);
	});
});

// ---------------------------------------------------------------------------------------------
// Triggers
// ---------------------------------------------------------------------------------------------

const POLLING_CASES: Array<[string, IDataObject, string]> = [
	...['nope', '', '../employeeCreated'].map((event): [string, IDataObject, string] => [`event = ${JSON.stringify(event)}`, { event, options: {} }, 'Event']),
];

describe('Personio Polling Trigger refuses bad options before any request', () => {
	it.each(POLLING_CASES)('%s', async (_name, parameters, label) => {
		attempted.length = 0;
		const credentials = credentialsFor();
		const { context } = pollContext(new PersonioPollingTrigger(), 'n8n-nodes-personio.personioPollingTrigger', { simplify: true, ...parameters }, { credentials });
		const error = await new PersonioPollingTrigger().poll!.call(context).then(() => new Error('expected a failure'), (e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toContain(label);
		expect(attempted).toEqual([]);
		expect(credentials.tokenMints).toBe(0);
	});
});

const WEBHOOK_CASES: Array<[string, string[]]> = [
	['no events', []],
	['unknown event', ['person.hacked']],
	['path-like event', ['../person.created']],
	['event with a newline', ['person.created\nX: 1']],
];

describe('Personio Trigger refuses bad events before registering the webhook', () => {
	it.each(WEBHOOK_CASES)('%s', async (_name, events) => {
		attempted.length = 0;
		const credentials = credentialsFor();
		const { context } = hookContext(new PersonioTrigger(), 'n8n-nodes-personio.personioTrigger', { events, fetchFullRecord: false }, { credentials });
		const create = new PersonioTrigger().webhookMethods!.default.create;
		const error = await create.call(context).then(() => new Error('expected a failure'), (e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toContain('Events');
		expect(attempted).toEqual([]);
		expect(credentials.tokenMints).toBe(0);
	});
});

// ---------------------------------------------------------------------------------------------
// Count
// ---------------------------------------------------------------------------------------------

it('counts the generated cases', () => {
	const total = CASES.length + ENCODED.length + POLLING_CASES.length + WEBHOOK_CASES.length;
	const operations = Object.keys(OPERATIONS).length;
	const fields = Object.values(OPERATIONS).reduce((sum, operation) => sum + operation.fields.length, 0) + CREDENTIAL_FIELDS.length;
	// eslint-disable-next-line no-console -- the count is part of the report
	console.log(
		`bad input: ${total} cases — ${CASES.length} refused (each also with Continue On Fail) across ${operations} operations and ${fields} fields, ` +
			`${ENCODED.length} encoded opaque ids, ${POLLING_CASES.length} polling trigger, ${WEBHOOK_CASES.length} webhook trigger`,
	);
	expect(total).toBeGreaterThanOrEqual(900);
});
