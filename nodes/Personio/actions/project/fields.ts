import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { snakeCase, withSnakeCaseKeys } from '../../../shared/snakeCaseKeys';
import type { V2ListEndpoint } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { ENDPOINTS } from '../../../shared/endpoints';

/** v2 projects: `limit` 1–200 (100 per page is asked for). */
export const projects: V2ListEndpoint = {
	listPath: ENDPOINTS.projects.path,
	itemPath: ENDPOINTS.project.path,
	pageSize: ENDPOINTS.projects.pageSize,
};

export const PROJECT_STATUSES = ['ACTIVE', 'ARCHIVED'] as const;

export const projectStatusOptions = [
	{ name: 'Active', value: 'ACTIVE', description: 'Time can be tracked on the project' },
	{ name: 'Archived', value: 'ARCHIVED' },
];

/** Project fields; Parent Project ID only on create (Personio cannot move a project). */
export function projectFields(operation: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Assigned to All',
			name: 'assignedToAll',
			type: 'boolean',
			default: false,
			description:
				'Whether every employee can track time on the project; otherwise only its members can',
		},
		{
			displayName: 'Billable',
			name: 'billable',
			type: 'boolean',
			default: false,
			description: 'Whether the project is billable',
		},
		{ displayName: 'Client Name', name: 'clientName', type: 'string', default: '' },
		{
			displayName: 'Cost Center ID',
			name: 'costCenterId',
			type: 'string',
			default: '',
			description: 'ID of a Personio cost center',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			typeOptions: { rows: 2 },
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description: 'The first day after the project (exclusive)',
		},
		{
			displayName: 'Parent Project ID',
			name: 'parentProjectId',
			type: 'string',
			default: '',
			description:
				'Makes this a sub-project (one level only). Sub-projects take assignment and billable from their ' +
				'parent and have no cost center, client or type.',
		},
		{
			displayName: 'Project Code',
			name: 'projectCode',
			type: 'string',
			default: '',
			description: 'A code unique across all projects, such as a reference in another system',
		},
		{
			displayName: 'Project Type',
			name: 'projectType',
			type: 'string',
			default: '',
			description: 'Free text, such as External',
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'The first day of the project',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'ACTIVE',
			options: projectStatusOptions,
		},
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	];
	const forOperation = fields.filter((field) =>
		operation === 'create'
			? !['name', 'status'].includes(field.name)
			: field.name !== 'parentProjectId',
	);
	return forOperation.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const LABELS: Record<string, string> = Object.fromEntries(
	projectFields('create')
		.concat(projectFields('update'))
		.map((field) => [snakeCase(field.name), field.displayName]),
);

/** Fields a sub-project cannot have (Personio answers 422 "Unsupported field set for subproject"). */
const TOP_LEVEL_ONLY = [
	'assigned_to_all',
	'billable',
	'client_name',
	'cost_center_id',
	'project_type',
];

/**
 * Validates the project fields that are set and returns them in Personio's shape; only fields given are
 * sent. Shapes: `start`/`end` `{date}`, `cost_center`/`parent_project` `{id}` (Personio's "Create a
 * project" reference; the same in PK-Consulting/n8n-nodes-personio-hr and gyopiazza/personio-mcp).
 */
export function projectBody(
	check: InputValidator,
	fields: IDataObject,
	prefix: string,
): IDataObject {
	const given = compact(withSnakeCaseKeys(fields));
	const label = (name: string) => `${prefix}${LABELS[name] ?? name}`;
	const body: IDataObject = {};
	if (given.name !== undefined)
		body.name = check.maxLength(label('name'), check.required(label('name'), given.name), 255);
	if (given.status !== undefined)
		body.status = check.oneOf(label('status'), given.status, PROJECT_STATUSES);
	if (given.project_code !== undefined)
		body.project_code = check.maxLength(
			label('project_code'),
			check.required(label('project_code'), given.project_code),
			255,
		);
	if (given.description !== undefined)
		body.description = check.maxLength(label('description'), String(given.description), 1000);
	for (const name of ['client_name', 'project_type']) {
		if (given[name] !== undefined)
			body[name] = check.maxLength(label(name), check.required(label(name), given[name]), 255);
	}
	for (const name of ['assigned_to_all', 'billable']) {
		if (given[name] !== undefined) {
			if (typeof given[name] !== 'boolean') check.fail(label(name), 'true or false', given[name]);
			body[name] = given[name];
		}
	}
	if (given.cost_center_id !== undefined)
		body.cost_center = { id: check.opaqueId(label('cost_center_id'), given.cost_center_id) };
	if (given.parent_project_id !== undefined) {
		body.parent_project = {
			id: check.opaqueId(label('parent_project_id'), given.parent_project_id),
		};
		for (const name of TOP_LEVEL_ONLY) {
			if (given[name] !== undefined) {
				check.fail(
					label(name),
					`left out for a sub-project (${prefix}Parent Project ID is set)`,
					given[name],
				);
			}
		}
	}
	const start = check.optionalDate(label('start_date'), given.start_date);
	const end = check.optionalDate(label('end_date'), given.end_date);
	if (start && end) check.notBefore(label('start_date'), start, label('end_date'), end);
	if (start) body.start = { date: start };
	if (end) body.end = { date: end };
	return body;
}
