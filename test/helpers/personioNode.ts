import nock from 'nock';

import { Personio } from '../../nodes/Personio/Personio.node';
import { BASE_URL, runNode } from './harness';

export const node = new Personio();

export const run = (
	parameters: Record<string, unknown>,
	extra: Partial<Parameters<typeof runNode>[0]> = {},
) =>
	runNode({
		nodeType: node,
		typeName: 'n8n-nodes-personio.personio',
		parameters: parameters as never,
		...extra,
	});

/**
 * Personio's token endpoint answering the test credential's client-credentials request `times` times
 * (or always, with `persist`) with `accessToken`.
 */
export function tokenEndpoint(
	times = 1,
	{
		accessToken = 'papi-token-1',
		persist = false,
		delayMs = 0,
		headers = {},
	}: {
		accessToken?: string;
		persist?: boolean;
		delayMs?: number;
		headers?: Record<string, string>;
	} = {},
) {
	const scope = nock(BASE_URL);
	if (persist) scope.persist();
	let interceptor = scope
		.post(
			'/v2/auth/token',
			(body) => body.grant_type === 'client_credentials' && body.client_id === 'test-client-id',
		)
		.matchHeader('content-type', 'application/x-www-form-urlencoded');
	for (const [name, value] of Object.entries(headers))
		interceptor = interceptor.matchHeader(name, value);
	if (!persist) interceptor = interceptor.times(times);
	if (delayMs) interceptor = interceptor.delay(delayMs);
	return interceptor.reply(200, {
		access_token: accessToken,
		token_type: 'Bearer',
		expires_in: 86400,
		scope: '',
	});
}

/** A v1 employee as Personio sends it: every field wrapped as `{label, value, type, universal_id}`. */
export const wrappedEmployee = (id: number, first: string, last: string, email: string) => ({
	type: 'Employee',
	attributes: {
		id: { label: 'ID', value: id, type: 'integer', universal_id: 'id' },
		first_name: { label: 'First name', value: first, type: 'standard', universal_id: 'first_name' },
		last_name: { label: 'Last name', value: last, type: 'standard', universal_id: 'last_name' },
		email: { label: 'Email', value: email, type: 'standard', universal_id: 'email' },
		department: {
			label: 'Department',
			value: { type: 'Department', attributes: { id: 7, name: 'Engineering' } },
			type: 'standard',
			universal_id: 'department',
		},
		dynamic_99: { label: 'Shirt size', value: 'M', type: 'standard', universal_id: null },
	},
});

export const api = () => nock(BASE_URL).matchHeader('authorization', 'Bearer papi-token-1');

/** A v2 list page; `next` is the cursor of the following page. */
/** A v2 list page whose next link, if any, is `next` exactly as given (relative or absolute). */
export const linkedPage = (records: object[], next?: string) => ({
	_data: records,
	_meta: { links: next ? { next: { href: next } } : {} },
});

export const v2Page = (records: object[], next?: string, path = '/v2/persons') => ({
	_data: records,
	_meta: {
		links: {
			self: { href: `${BASE_URL}${path}` },
			...(next ? { next: { href: `${BASE_URL}${path}?cursor=${next}&limit=50` } } : {}),
		},
	},
});

export const v2Error = (title: string, detail: string) => ({
	personio_trace_id: 'trace-1',
	timestamp: '2024-05-28T11:17:30.000Z',
	errors: [
		{ title, detail, type: 'https://developer.personio.de/reference/errors#common.bad_request' },
	],
});

/** Asserts that nothing at all reached Personio (not even the token endpoint). */
export function expectNoRequest(scope: nock.Scope) {
	expect(scope.isDone()).toBe(false);
	expect(scope.pendingMocks().length).toBeGreaterThan(0);
}
