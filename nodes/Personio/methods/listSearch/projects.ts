import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { personioRequest } from '../../shared/transport';
import { projects } from '../actions/project/fields';

/**
 * v2 projects: Personio's `name` filter matches whole names only, so one page at a time is matched
 * against the search term, continuing with Personio's cursor (relative or absolute `next` link).
 */
export async function searchProjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const term = (filter ?? '').trim().toLowerCase();
	const qs: IDataObject = { limit: projects.pageSize };
	if (paginationToken) qs.cursor = paginationToken;
	const response = (await personioRequest.call(this, { path: projects.listPath, qs })) as IDataObject;
	const page = Array.isArray(response._data) ? (response._data as IDataObject[]) : [];
	const label = (project: IDataObject) => {
		const code = project.project_code ? ` (${String(project.project_code)})` : '';
		const archived = project.status === 'ARCHIVED' ? ' [archived]' : '';
		return `${String(project.name ?? project.id)}${code}${archived}`;
	};
	const results = page
		.filter((project) => !term || label(project).toLowerCase().includes(term))
		.map((project) => ({ name: label(project), value: String(project.id) }));
	const links = (response._meta as IDataObject | undefined)?.links as IDataObject | undefined;
	const href = (links?.next as IDataObject | undefined)?.href;
	const next =
		typeof href === 'string' && href ? new URL(href, 'https://api.personio.de/').searchParams.get('cursor') : null;
	return { results, paginationToken: next && next !== paginationToken ? next : undefined };
}
