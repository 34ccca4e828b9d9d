import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { personioRequest } from '../../shared/transport';
import { simplifyEmployee } from '../actions/employee/simplify';

const PAGE_SIZE = 100;

/**
 * Personio v1 has no name search: an email is looked up directly, anything else is matched against
 * one page of employees at a time, continuing where the previous page stopped.
 */
export async function searchEmployees(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const term = (filter ?? '').trim().toLowerCase();
	const offset = Number(paginationToken ?? 0) || 0;
	const qs: IDataObject = { limit: PAGE_SIZE, offset, attributes: ['first_name', 'last_name', 'email'] };
	if (term.includes('@')) qs.email = term;
	const response = (await personioRequest.call(this, { path: '/v1/company/employees', qs })) as IDataObject;
	const page = ((response.data ?? []) as IDataObject[]).map(simplifyEmployee);
	const results = page
		.filter((employee) =>
			!term || `${String(employee.first_name ?? '')} ${String(employee.last_name ?? '')} ${String(employee.email ?? '')}`.toLowerCase().includes(term),
		)
		.map((employee) => ({
			name: `${String(employee.first_name ?? '')} ${String(employee.last_name ?? '')} (${String(employee.email ?? employee.id)})`.trim(),
			value: String(employee.id),
		}));
	const more = !qs.email && page.length === PAGE_SIZE;
	return { results, paginationToken: more ? String(offset + PAGE_SIZE) : undefined };
}
