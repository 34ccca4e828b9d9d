import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { recruitingAuthHeaders } from '../../shared/headers';
import { redactSecrets } from '../../shared/redaction';
import { apiBaseUrl, redirectMessage } from '../../shared/urls';
import { ENDPOINTS } from '../../shared/endpoints';
import { personioErrorMessage } from '../../shared/errors';
import { credentialTestRequest } from '../../shared/transport';

/**
 * The Recruiting API has no read endpoint. An empty application is refused with a validation error
 * (400/422) once Personio accepts the key and company ID, with 401 when it does not, and with 403 when
 * recruiting or its API is switched off for the company. Nothing can be created by it: the required
 * fields are missing.
 */
export async function personioRecruitingApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data: ICredentialDataDecryptedObject = credential.data ?? {};
	if (String(data.apiKey ?? '').trim() === '' || String(data.companyId ?? '').trim() === '') {
		return { status: 'Error', message: 'Enter both the API Key and the Company ID' };
	}
	let headers: Record<string, string>;
	let baseUrl: string;
	try {
		headers = recruitingAuthHeaders(data);
		baseUrl = apiBaseUrl(data, 'API Base URL');
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}
	let response: Awaited<ReturnType<typeof credentialTestRequest>>;
	try {
		response = await credentialTestRequest(this.helpers, {
			method: 'POST',
			url: `${baseUrl}${ENDPOINTS.applications.path}`,
			headers,
			body: {},
		});
	} catch (error) {
		return {
			status: 'Error',
			message: redactSecrets(
				`Could not reach Personio at ${baseUrl}: ${(error as Error).message}`,
				[data.apiKey],
			),
		};
	}
	const { statusCode, body } = response;
	if (statusCode >= 300 && statusCode < 400) {
		return { status: 'Error', message: redirectMessage(statusCode, response.location, baseUrl) };
	}
	if (statusCode === 400 || statusCode === 422 || (statusCode >= 200 && statusCode < 300)) {
		return { status: 'OK', message: 'Personio accepted the API key and company ID' };
	}
	if (statusCode === 401) {
		return {
			status: 'Error',
			message:
				'Personio did not recognise the API key and company ID: copy both from Settings > Integrations > API credentials > Recruiting API',
		};
	}
	if (statusCode === 403) {
		const { message } = personioErrorMessage(statusCode, body, '', [data.apiKey]);
		return {
			status: 'Error',
			message: `The API key and company ID are valid, but the Recruiting API cannot be used: ${message}`,
		};
	}
	return {
		status: 'Error',
		message:
			personioErrorMessage(statusCode, body, '', [data.apiKey]).message + ` (HTTP ${statusCode})`,
	};
}
