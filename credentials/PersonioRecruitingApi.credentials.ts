import type { IAuthenticate, ICredentialType, INodeProperties } from 'n8n-workflow';

import { BASE_URL_DESCRIPTION, integrationFields } from '../nodes/shared/credentialFields';
import { recruitingAuthHeaders } from '../nodes/shared/headers';
import { apiBaseUrl, assertCredentialOrigin, PERSONIO_API_URL } from '../nodes/shared/urls';

export class PersonioRecruitingApi implements ICredentialType {
	name = 'personioRecruitingApi';

	displayName = 'Personio Recruiting API';

	documentationUrl =
		'https://github.com/n8n-nodes-personio/n8n-nodes-personio#personio-recruiting-api-credential';

	icon = {
		light: 'file:../nodes/Personio/personio.svg',
		dark: 'file:../nodes/Personio/personio.dark.svg',
	} as const;

	httpRequestNode = {
		name: 'Personio Recruiting',
		docsUrl: 'https://developer.personio.de/reference/post_v1-recruiting-applications',
		apiBaseUrl: 'https://api.personio.de/v1/recruiting/',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The Recruiting API access token: in Personio, Settings > Integrations > API credentials > Recruiting API',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '12345',
			description: 'Your numeric Personio company ID, shown beside the Recruiting API access token',
		},
		{
			displayName: 'Company',
			name: 'company',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'acme',
			description:
				'The subdomain of your careers page: "acme" for https://acme.jobs.personio.de. Used to read the open jobs.',
		},
		...integrationFields,
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: PERSONIO_API_URL,
			description: BASE_URL_DESCRIPTION,
		},
		{
			displayName: 'Careers Page URL',
			name: 'careersUrl',
			type: 'string',
			default: '',
			placeholder: 'https://acme.jobs.personio.de',
			description:
				'Leave empty to use https://{company}.jobs.personio.de. Set it when your careers page is on https://{company}.jobs.personio.com (or localhost for a local sandbox).',
		},
	];

	authenticate: IAuthenticate = async (credentials, requestOptions) => {
		assertCredentialOrigin(
			requestOptions,
			apiBaseUrl(credentials, 'API Base URL'),
			'Personio Recruiting API',
		);
		requestOptions.headers = { ...requestOptions.headers, ...recruitingAuthHeaders(credentials) };
		return requestOptions;
	};

	// No `test` here: the Recruiting API has no read endpoint and answers a valid key with an error
	// (422), which a declarative test would report as a failure. The Personio Recruiting node tests
	// this credential instead (`testedBy: 'personioRecruitingApiTest'`).
}
