import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { personioRequest } from '../../shared/transport';
import { persons } from '../actions/person/fields';

/**
 * v2 persons: an email is looked up with the `email` filter; anything else is matched against one
 * page of persons at a time, continuing with Personio's cursor.
 */
export async function searchPersons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const term = (filter ?? '').trim().toLowerCase();
	const qs: IDataObject = { limit: persons.pageSize };
	if (term.includes('@')) qs.email = term;
	if (paginationToken) qs.cursor = paginationToken;
	const response = (await personioRequest.call(this, { path: persons.listPath, qs })) as IDataObject;
	const page = Array.isArray(response._data) ? (response._data as IDataObject[]) : [];
	const label = (person: IDataObject) =>
		`${String(person.first_name ?? '')} ${String(person.last_name ?? '')}`.trim() || String(person.id);
	const results = page
		.filter((person) => !term || `${label(person)} ${String(person.email ?? '')}`.toLowerCase().includes(term))
		.map((person) => ({ name: `${label(person)} (${String(person.email ?? person.id)})`, value: String(person.id) }));
	const links = (response._meta as IDataObject | undefined)?.links as IDataObject | undefined;
	const href = (links?.next as IDataObject | undefined)?.href;
	const next = typeof href === 'string' && href ? new URL(href, 'https://api.personio.de/').searchParams.get('cursor') : null;
	return { results, paginationToken: next && next !== paginationToken ? next : undefined };
}
