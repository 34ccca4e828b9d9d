import { v2ObjectOperations } from '../../../shared/v2Objects';
import { compact } from '../../../shared/validation';

const BETA = { Beta: 'true' };

/** Organization records, each endpoint declared once. Cost centers and workplaces are still beta in Personio. */
export const { get, getAll } = v2ObjectOperations('organization', [
	{ name: 'Cost Center', value: 'costCenter', listPath: '/v2/cost-centers', itemPath: '/v2/cost-centers/{id}', pageSize: 50, headers: BETA },
	{ name: 'Legal Entity', value: 'legalEntity', listPath: '/v2/legal-entities', itemPath: '/v2/legal-entities/{id}', pageSize: 50 },
	{
		name: 'Org Unit (Department or Team)',
		value: 'orgUnit',
		listPath: '/v2/org-units',
		itemPath: '/v2/org-units/{id}',
		pageSize: 50,
		filters: [
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				default: 'department',
				options: [
					{ name: 'Department', value: 'department' },
					{ name: 'Team', value: 'team' },
				],
			},
		],
		query: (check, filters) => compact({ type: filters.type ? check.oneOf('Filters > Type', filters.type, ['department', 'team']) : undefined }),
	},
	{ name: 'Workplace', value: 'workplace', listPath: '/v2/workplaces', itemPath: '/v2/workplaces/{id}', pageSize: 50, headers: BETA },
]);
