import type { INodeProperties } from 'n8n-workflow';

/** Credential fields both Personio credentials have, defined once. */

/** Personio's optional integration headers (sent by `partnerHeaders`). */
export const integrationFields: INodeProperties[] = [
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
];

export const BASE_URL_DESCRIPTION =
	"Leave as is. Only Personio (https://api.personio.de) or, for a local sandbox, localhost is accepted; for a proxy use n8n's proxy settings.";
