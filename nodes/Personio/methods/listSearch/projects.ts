import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { projects } from '../../actions/project/fields';
import { searchV2Page } from './v2Page';

const labelOf = (project: IDataObject) => {
	const code = project.project_code ? ` (${String(project.project_code)})` : '';
	const archived = project.status === 'ARCHIVED' ? ' [archived]' : '';
	return `${String(project.name ?? project.id)}${code}${archived}`;
};

/**
 * v2 projects: Personio's `name` filter matches whole names only, so one page at a time is matched
 * against the search term, continuing with Personio's cursor.
 */
export async function searchProjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchV2Page.call(this, projects, { filter, paginationToken }, labelOf);
}
