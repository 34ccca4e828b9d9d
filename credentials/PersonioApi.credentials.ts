import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

import { createHash } from 'crypto';

import {
	apiBaseUrl,
	partnerHeaders,
	PERSONIO_API_URL,
	redactSecrets,
	redirectMessage,
	requestTimeout,
	sharedToken,
	TOKEN_ERROR,
} from '../nodes/shared/auth';

/** Turns a failed token request into a message that says what went wrong and never holds the secret. */
function tokenError(error: IDataObject, baseUrl: string, secrets: unknown[]): Error {
	const response = error.response as IDataObject | undefined;
	const status = response?.status as number | undefined;
	const body = (response?.data ?? {}) as IDataObject;
	const reason = typeof body.error === 'string' ? body.error : '';
	const detail = typeof body.error_description === 'string' ? body.error_description : '';
	const timedOut =
		status === undefined &&
		/ECONNABORTED|ETIMEDOUT|timeout/i.test(`${String(error.code)} ${String(error.message)}`);
	let message: string;
	let code: string;
	if (timedOut) {
		code = TOKEN_ERROR.timedOut;
		message = `Personio's token endpoint at ${baseUrl} did not answer within ${requestTimeout.ms / 1000} s`;
	} else if (status === undefined) {
		code = TOKEN_ERROR.unreachable;
		// n8n swaps a message naming a network code for a generic one, so the code goes in the description.
		message = `Could not reach Personio at ${baseUrl} to get an access token`;
	} else if (status >= 300 && status < 400) {
		code = TOKEN_ERROR.redirected;
		const headers = (response?.headers ?? {}) as IDataObject;
		message = redirectMessage(status, headers.location ?? headers.Location, baseUrl);
	} else if (status === 429) {
		code = TOKEN_ERROR.rateLimited;
		message = 'Personio limits token requests to 150 per minute; try again in a minute';
	} else if (status >= 400 && status < 500) {
		code = TOKEN_ERROR.rejected;
		message = `Personio rejected the Client ID or Client Secret${reason ? ` (${reason})` : ''}${detail ? `: ${detail}` : ''}`;
	} else {
		code = TOKEN_ERROR.unavailable;
		message = `Personio's token endpoint answered with HTTP ${status}; try again later`;
	}
	const description =
		code === TOKEN_ERROR.unreachable
			? `Network error ${String(error.code ?? '')}: check the Base URL of the credential and the network between n8n and Personio`
			: 'Check the Client ID, Client Secret and Base URL under Settings > Integrations > API credentials in Personio';
	// `errorCode`, not `code`: n8n's credential test shows an error's `code` instead of its message.
	return Object.assign(new Error(redactSecrets(message, secrets)), {
		errorCode: code,
		description,
	});
}

/** A credential value that would send the secret elsewhere or break a header: refused before any request. */
function badCredential(error: unknown): Error {
	return Object.assign(new Error((error as Error).message), {
		errorCode: TOKEN_ERROR.badCredential,
		description: 'Correct this value in the credential, then try again.',
	});
}

async function requestToken(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	let baseUrl: string;
	let headers: Record<string, string>;
	try {
		baseUrl = apiBaseUrl(credentials);
		headers = partnerHeaders(credentials);
	} catch (error) {
		throw badCredential(error);
	}
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: String(credentials.clientId ?? ''),
		client_secret: String(credentials.clientSecret ?? ''),
	});
	try {
		const response = (await helper.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/v2/auth/token`,
			headers: {
				...headers,
				'Content-Type': 'application/x-www-form-urlencoded',
				Accept: 'application/json',
			},
			body: form.toString(),
			timeout: requestTimeout.ms,
			// A redirect would re-post the client secret to wherever it points.
			disableFollowRedirect: true,
		})) as IDataObject;
		if (typeof response?.access_token !== 'string') {
			throw Object.assign(new Error('no token'), { response: { status: 502, data: {} } });
		}
		return response.access_token;
	} catch (error) {
		throw tokenError(error as IDataObject, baseUrl, [
			credentials.clientSecret,
			credentials.clientId,
		]);
	}
}

export class PersonioApi implements ICredentialType {
	name = 'personioApi';

	displayName = 'Personio API';

	documentationUrl =
		'https://github.com/n8n-nodes-personio/n8n-nodes-personio#personio-api-credential';

	icon = {
		light: 'file:../nodes/Personio/personio.svg',
		dark: 'file:../nodes/Personio/personio.dark.svg',
	} as const;

	httpRequestNode = {
		name: 'Personio',
		docsUrl: 'https://developer.personio.de/reference',
		apiBaseUrl: 'https://api.personio.de/',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description:
				'In Personio: Settings > Integrations > API credentials > Generate new credential',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Shown once, next to the Client ID, when the API credential is generated',
		},
		{
			displayName: 'Partner ID',
			name: 'partnerId',
			type: 'string',
			default: '',
			placeholder: 'MY_COMPANY_NAME',
			description:
				'Optional. Identifies your company to Personio as the integration partner, in UPPER_SNAKE_CASE.',
		},
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			placeholder: 'MY_APPLICATION_NAME',
			description: 'Optional. Identifies this integration to Personio, in UPPER_SNAKE_CASE.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: PERSONIO_API_URL,
			description:
				'Leave as is for Personio. Change only to reach Personio through a proxy or a local sandbox.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const key = createHash('sha256')
			.update(
				[String(credentials.baseUrl ?? ''), credentials.clientId, credentials.clientSecret].join(
					'\n',
				),
			)
			.digest('hex');
		const current = String(credentials.accessToken ?? '');
		return {
			accessToken: await sharedToken(
				key,
				current,
				async () => await requestToken(this, credentials),
			),
		};
	}

	authenticate: IAuthenticate = async (credentials, requestOptions) => {
		requestOptions.headers = {
			...requestOptions.headers,
			...partnerHeaders(credentials),
			Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
		};
		return requestOptions;
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/company/employees',
			qs: { limit: 1 },
			disableFollowRedirect: true,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The Client ID and Secret are valid, but this API credential may not read employees: allow it in Personio under Settings > Integrations > API credentials',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Personio issued a token but did not accept it; check the Base URL',
				},
			},
		],
	};
}
