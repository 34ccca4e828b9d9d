/** Bad input rows: projects and their members. */
import type { Operation } from './operation';
import { P, rl, V2_OPAQUE_ENCODED } from './operation';
import {
	BAD_DATE,
	LIMIT,
	OPAQUE_ID,
	OPTION,
	OPTIONAL_OPAQUE_ID,
	REQUIRED_TEXT,
	TOO_LONG,
} from './values';

export const PROJECT_OPERATIONS: Record<string, Operation> = {
	'project.create': {
		node: P,
		base: {
			resource: 'project',
			operation: 'create',
			name: 'Apollo',
			status: 'ACTIVE',
			additionalFields: {},
		},
		fields: [
			['name', 'Name', REQUIRED_TEXT(255)],
			['status', 'Status', OPTION],
			['additionalFields.description', 'Additional Fields > Description', TOO_LONG(1000)],
			['additionalFields.clientName', 'Additional Fields > Client Name', TOO_LONG(255)],
			['additionalFields.costCenterId', 'Additional Fields > Cost Center ID', OPTIONAL_OPAQUE_ID],
			[
				'additionalFields.parentProjectId',
				'Additional Fields > Parent Project ID',
				OPTIONAL_OPAQUE_ID,
			],
			['additionalFields.startDate', 'Additional Fields > Start Date', BAD_DATE],
			['additionalFields.endDate', 'Additional Fields > End Date', BAD_DATE],
			['additionalFields.billable', 'Additional Fields > Billable', ['yes', 1, {}]],
		],
	},
	'project.update': {
		node: P,
		base: {
			resource: 'project',
			operation: 'update',
			projectId: rl('1'),
			updateFields: { name: 'Apollo' },
		},
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
				base: {
					resource: 'projectMember',
					operation,
					projectId: rl('9'),
					personId: rl('7'),
					returnAll: false,
					limit: 5,
				},
				fields: [
					['projectId.value', 'Project', OPAQUE_ID],
					...(operation === 'getAll'
						? []
						: ([['personId.value', 'Person', OPAQUE_ID]] as Operation['fields'])),
				],
				// Only reads and deletes are intercepted by the encoding check.
				encoded:
					operation === 'add'
						? []
						: V2_OPAQUE_ENCODED('projectId.value', '/v2/projects/').map(
								([param, value, expected]) => [param, value, `${expected}/members`],
							),
			},
		]),
	),
};
