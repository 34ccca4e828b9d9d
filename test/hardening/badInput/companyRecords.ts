/** Bad input rows: compensations, custom reports, documents and organization objects. */
import type { Operation } from './operation';
import { P, rl, V2_OPAQUE_ENCODED, v2ObjectOperations } from './operation';
import {
	BAD_DATE,
	BLANK,
	DATE,
	INTEGER_ID,
	LIMIT,
	OPAQUE_ID,
	OPTION,
	OPTIONAL_OPAQUE_ID,
	REQUIRED_TEXT,
} from './values';

export const COMPANY_RECORD_OPERATIONS: Record<string, Operation> = {
	'compensation.create': {
		node: P,
		base: {
			resource: 'compensation',
			operation: 'create',
			confirmIrreversible: true,
			personId: rl('p-1'),
			typeId: 't-1',
			value: 100,
			effectiveFrom: '2024-05-01',
			additionalFields: {},
		},
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
		base: {
			resource: 'compensation',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: {},
		},
		fields: [
			['limit', 'Limit', LIMIT],
			['filters.periodStart', 'Filters > Period Start', BAD_DATE],
			['filters.periodEnd', 'Filters > Period End', BAD_DATE],
			['filters.personId', 'Filters > Person ID', OPTIONAL_OPAQUE_ID],
		],
	},
	'customReport.getAll': {
		node: P,
		base: {
			resource: 'customReport',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: {},
		},
		fields: [
			['limit', 'Limit', LIMIT],
			['filters.status', 'Filters > Status', OPTION],
		],
	},
	'customReport.getRows': {
		node: P,
		base: {
			resource: 'customReport',
			operation: 'getRows',
			reportId: 'r-1',
			returnAll: false,
			limit: 5,
			options: {},
		},
		fields: [
			['reportId', 'Report ID', OPAQUE_ID],
			['limit', 'Limit', LIMIT],
			['options.locale', 'Options > Locale', ['deutsch', 'de/../en', 'd', 'de_DE_x', '../']],
		],
		encoded: V2_OPAQUE_ENCODED('reportId', '/v1/company/custom-reports/reports/'),
	},
	'document.getAll': {
		node: P,
		base: {
			resource: 'document',
			operation: 'getAll',
			ownerId: rl('p-1'),
			returnAll: false,
			limit: 5,
		},
		fields: [
			['ownerId.value', 'Owner', OPAQUE_ID],
			['limit', 'Limit', LIMIT],
		],
	},
	'document.download': {
		node: P,
		base: {
			resource: 'document',
			operation: 'download',
			documentId: 'd-1',
			binaryPropertyName: 'data',
		},
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
		base: {
			resource: 'document',
			operation: 'upload',
			employeeId: rl('1'),
			title: 'Contract',
			categoryId: '3',
			binaryPropertyName: 'data',
			additionalFields: {},
		},
		fields: [
			['employeeId.value', 'Employee', INTEGER_ID],
			['title', 'Title', REQUIRED_TEXT(255)],
			['categoryId', 'Category Name or ID', INTEGER_ID],
			['additionalFields.date', 'Additional Fields > Date', BAD_DATE],
			['binaryPropertyName', 'Input Binary Field', BLANK],
		],
	},
	...v2ObjectOperations('organization', 'costCenter', 'orgUnit', [['orgUnitType', 'Type', OPTION]]),
};
