import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, filtersCollection } from '../../../shared/descriptions';
import { getManyV2 } from '../../../shared/v2Reads';
import { InputValidator, isBlank } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { projects, PROJECT_STATUSES, projectStatusOptions } from './fields';
import { collectionOf } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Only projects with exactly this name; several names separated by commas',
		},
		{
			displayName: 'Parent Project ID',
			name: 'parentProjectId',
			type: 'string',
			default: '',
			description: 'Only sub-projects of this project',
		},
		{
			displayName: 'Project Code',
			name: 'projectCode',
			type: 'string',
			default: '',
			description: 'Only projects with this code; several codes separated by commas',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'ACTIVE',
			options: projectStatusOptions,
		},
		{
			displayName: 'Top Level Only',
			name: 'topLevelOnly',
			type: 'boolean',
			default: true,
			description: 'Whether to leave out sub-projects',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['project'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const parent = isBlank(filters.parentProjectId)
		? undefined
		: check.opaqueId('Filters > Parent Project ID', filters.parentProjectId);
	if (parent && filters.topLevelOnly === true) {
		check.fail(
			'Filters > Top Level Only',
			'off when Filters > Parent Project ID is set (sub-projects are not top level)',
			true,
		);
	}
	if (filters.topLevelOnly !== undefined && typeof filters.topLevelOnly !== 'boolean') {
		check.fail('Filters > Top Level Only', 'true or false', filters.topLevelOnly);
	}
	const qs = compact({
		name: isBlank(filters.name) ? undefined : check.required('Filters > Name', filters.name),
		project_code: isBlank(filters.projectCode)
			? undefined
			: check.required('Filters > Project Code', filters.projectCode),
		status: isBlank(filters.status)
			? undefined
			: check.oneOf('Filters > Status', filters.status, PROJECT_STATUSES),
		'parent_project.id': parent,
		top_level_only: filters.topLevelOnly === true ? true : undefined,
	});
	return await getManyV2.call(this, itemIndex, projects, { qs });
}
