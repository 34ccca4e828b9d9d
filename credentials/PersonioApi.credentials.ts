import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

import { BASE_URL_DESCRIPTION, integrationFields } from '../nodes/shared/credentialFields';
import { partnerHeaders } from '../nodes/shared/headers';
import { personioAccessToken } from '../nodes/shared/tokenRequest';
import { apiBaseUrl, assertCredentialOrigin, PERSONIO_API_URL } from '../nodes/shared/urls';

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
				'In Personio: Settings > Integrations > API credentials > Generate new credential. Test checks the ID and secret only: the scopes (read employees, write absences, …) are set on the same page and a missing one shows as a 403 when a node runs.',
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
		...integrationFields,
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: PERSONIO_API_URL,
			description: BASE_URL_DESCRIPTION,
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
		return { accessToken: await personioAccessToken(this, credentials) };
	}

	authenticate: IAuthenticate = async (credentials, requestOptions) => {
		assertCredentialOrigin(requestOptions, apiBaseUrl(credentials), 'Personio API');
		requestOptions.headers = {
			...requestOptions.headers,
			...partnerHeaders(credentials),
			Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
		};
		return requestOptions;
	};

	// A valid Client ID and Secret get a token (preAuthentication); the test then asks for one more,
	// which needs no scope, so a credential without employee read access still passes.
	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v2/auth/token',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: {
				grant_type: 'client_credentials',
				client_id: '={{$credentials.clientId}}',
				client_secret: '={{$credentials.clientSecret}}',
			},
			disableFollowRedirect: true,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Personio rejected the Client ID or Client Secret',
				},
			},
		],
	};
}
