import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { personioRequest } from '../../../shared/transport';
import type { V1List } from '../../../shared/transport';
import { simplifyRecord } from '../../../shared/simplify';
import { ENDPOINTS } from '../../../shared/endpoints';

const textOf = (employee: IDataObject, key: string) => String(employee[key] ?? '');

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
	const qs: IDataObject = {
		limit: ENDPOINTS.employees.pageSize,
		offset,
		attributes: ['first_name', 'last_name', 'email'],
	};
	if (term.includes('@')) qs.email = term;
	const response = (await personioRequest.call(this, {
		path: ENDPOINTS.employees.path,
		qs,
	})) as V1List;
	const page = (Array.isArray(response.data) ? response.data : []).map(simplifyRecord);
	const results = page
		.filter((employee) => {
			const text = `${textOf(employee, 'first_name')} ${textOf(employee, 'last_name')} ${textOf(employee, 'email')}`;
			return !term || text.toLowerCase().includes(term);
		})
		.map((employee) => ({
			name: `${textOf(employee, 'first_name')} ${textOf(employee, 'last_name')} (${String(
				employee.email ?? employee.id,
			)})`.trim(),
			value: String(employee.id),
		}));
	const more = !qs.email && page.length === ENDPOINTS.employees.pageSize;
	return {
		results,
		paginationToken: more ? String(offset + ENDPOINTS.employees.pageSize) : undefined,
	};
}
