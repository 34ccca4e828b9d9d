import type { ICredentialTestFunctions, IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { requestTimeout } from '../timeout';
import { decodeJson } from './response';

/**
 * The one request of a node-level credential test, and the pack's only use of n8n's legacy `request`
 * helper: n8n hands credential tests (`ICredentialTestFunctions`, still in n8n-workflow 2.41) no other
 * HTTP helper. Gives back the HTTP status, Location and body instead of throwing for an error status or
 * following a redirect; a network failure throws.
 */
export async function credentialTestRequest(
	helpers: ICredentialTestFunctions['helpers'],
	request: {
		method: IHttpRequestMethods;
		url: string;
		headers: Record<string, string>;
		body?: IDataObject;
	},
): Promise<{ statusCode: number; location?: string; body: unknown }> {
	const response = (await helpers.request({
		method: request.method,
		uri: request.url,
		headers: { Accept: 'application/json', ...request.headers },
		body: request.body,
		json: true,
		simple: false,
		resolveWithFullResponse: true,
		followRedirect: false,
		followAllRedirects: false,
		timeout: requestTimeout.ms,
	})) as { statusCode: number; headers?: IDataObject; body: unknown };
	const location = response.headers?.location;
	return {
		statusCode: response.statusCode,
		location: location === undefined ? undefined : String(location),
		body: decodeJson(response.body),
	};
}
