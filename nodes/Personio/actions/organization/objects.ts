import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import { v2ObjectOperations } from '../../../shared/objectSelectorResource';

const ORG_UNIT_TYPES = ['department', 'team'] as const;

// `type` is required on both org-unit endpoints (reference pages getorgunit and the org-units list).
const orgUnitType: INodeProperties = {
	displayName: 'Type',
	name: 'orgUnitType',
	type: 'options',
	default: 'department',
	required: true,
	options: [
		{ name: 'Department', value: 'department' },
		{ name: 'Team', value: 'team' },
	],
	description: 'Personio keeps departments and teams apart and asks for one of them',
};

/**
 * Organization records, each endpoint declared once. Cost centers and workplaces have no
 * single-record endpoint (reference pages listcostcenters / listworkplaces): Get filters the list by
 * `id`. Both are generally available, so no `Beta` header is sent.
 */
export const { get, getAll } = v2ObjectOperations('organization', [
	{
		name: 'Cost Center',
		value: 'costCenter',
		listPath: ENDPOINTS.costCenters.path,
		idFilter: 'id',
		pageSize: ENDPOINTS.costCenters.pageSize,
	},
	{
		name: 'Legal Entity',
		value: 'legalEntity',
		listPath: ENDPOINTS.legalEntities.path,
		itemPath: ENDPOINTS.legalEntity.path,
		pageSize: ENDPOINTS.legalEntities.pageSize,
	},
	{
		name: 'Org Unit (Department or Team)',
		value: 'orgUnit',
		listPath: ENDPOINTS.orgUnits.path,
		itemPath: ENDPOINTS.orgUnit.path,
		pageSize: ENDPOINTS.orgUnits.pageSize,
		scope: {
			fields: [orgUnitType],
			query: (check, values) => ({ type: check.oneOf('Type', values.orgUnitType, ORG_UNIT_TYPES) }),
		},
	},
	{
		name: 'Workplace',
		value: 'workplace',
		listPath: ENDPOINTS.workplaces.path,
		idFilter: 'id',
		pageSize: ENDPOINTS.workplaces.pageSize,
	},
]);
