import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { persons } from '../../actions/person/fields';
import { searchV2Page } from './v2Page';

const nameOf = (person: IDataObject) =>
	`${String(person.first_name ?? '')} ${String(person.last_name ?? '')}`.trim() ||
	String(person.id);

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
	const qs: IDataObject = term.includes('@') ? { email: term } : {};
	return await searchV2Page.call(
		this,
		persons,
		{ filter, paginationToken, qs },
		(person) => `${nameOf(person)} (${String(person.email ?? person.id)})`,
	);
}
