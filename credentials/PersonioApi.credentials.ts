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

import { redactSecrets } from '../nodes/shared/errors';
import { partnerHeaders } from '../nodes/shared/partnerHeaders';

export const PERSONIO_DEFAULT_BASE_URL = 'https://api.personio.de';

function baseUrlOf(credentials: IDataObject): string {
	return String(credentials.baseUrl || PERSONIO_DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/**
 * Error codes of a failed token request. They stand in for the HTTP status on purpose: n8n replaces
 * the message of an error that carries an HTTP status with a generic one, and this message is the
 * one that tells the user what to fix. The transport retries the transient ones.
 */
export const TOKEN_ERROR = {
	rejected: 'PERSONIO_TOKEN_REJECTED',
	rateLimited: 'PERSONIO_TOKEN_RATE_LIMITED',
	unavailable: 'PERSONIO_TOKEN_UNAVAILABLE',
	unreachable: 'PERSONIO_TOKEN_UNREACHABLE',
} as const;

/** Turns a failed token request into a message that says what went wrong and never holds the secret. */
function tokenError(error: IDataObject, baseUrl: string, secrets: unknown[]): Error {
	const response = error.response as IDataObject | undefined;
	const status = response?.status as number | undefined;
	const body = (response?.data ?? {}) as IDataObject;
	const reason = typeof body.error === 'string' ? body.error : '';
	const detail = typeof body.error_description === 'string' ? body.error_description : '';
	let message: string;
	let code: string;
	if (status === undefined) {
		code = TOKEN_ERROR.unreachable;
		// n8n swaps a message naming a network code for a generic one, so the code goes in the description.
		message = `Could not reach Personio at ${baseUrl} to get an access token`;
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
			: 'Check the Client ID and Client Secret under Settings > Integrations > API credentials in Personio';
		// `errorCode`, not `code`: n8n's credential test shows an error's `code` instead of its message.
	return Object.assign(new Error(redactSecrets(message, secrets)), { errorCode: code, description });
}

/** Token requests under way in this process, by credential. */
const tokenRequestsUnderWay = new Map<string, Promise<{ accessToken: string }>>();

/**
 * The token this process minted last, by credential, for a few minutes: executions that read the
 * stored credential before n8n saved that token find it empty and would otherwise mint again.
 * It is handed only to a caller whose own token is a different one (empty or older), never back to
 * a caller whose token Personio just rejected.
 */
const recentTokens = new Map<string, { accessToken: string; mintedAt: number }>();
const RECENT_TOKEN_MS = 5 * 60 * 1000;

async function requestToken(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<{ accessToken: string }> {
	const baseUrl = baseUrlOf(credentials);
	const headers = partnerHeaders(credentials);
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: String(credentials.clientId ?? ''),
		client_secret: String(credentials.clientSecret ?? ''),
	});
	try {
		const response = (await helper.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/v2/auth/token`,
			headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: form.toString(),
		})) as IDataObject;
		if (typeof response?.access_token !== 'string') {
			throw Object.assign(new Error('no token'), { response: { status: 502, data: {} } });
		}
		return { accessToken: response.access_token };
	} catch (error) {
		throw tokenError(error as IDataObject, baseUrl, [credentials.clientSecret, credentials.clientId]);
	}
}

export class PersonioApi implements ICredentialType {
	name = 'personioApi';

	displayName = 'Personio API';

	documentationUrl = 'https://github.com/n8n-nodes-personio/n8n-nodes-personio#personio-api-credential';

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
			description: 'In Personio: Settings > Integrations > API credentials > Generate new credential',
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
			default: PERSONIO_DEFAULT_BASE_URL,
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
		// n8n has no lock around minting: executions that find no token at the same moment would each
		// ask Personio for one. Within this process they share the request under way or its result.
		const key = createHash('sha256')
			.update([baseUrlOf(credentials), credentials.clientId, credentials.clientSecret].join('\n'))
			.digest('hex');
		const recent = recentTokens.get(key);
		if (recent && recent.accessToken !== credentials.accessToken && Date.now() - recent.mintedAt < RECENT_TOKEN_MS) {
			return { accessToken: recent.accessToken };
		}
		let pending = tokenRequestsUnderWay.get(key);
		if (!pending) {
			pending = requestToken(this, credentials)
				.then((token) => {
					recentTokens.set(key, { accessToken: token.accessToken, mintedAt: Date.now() });
					return token;
				})
				.finally(() => tokenRequestsUnderWay.delete(key));
			tokenRequestsUnderWay.set(key, pending);
		}
		return await pending;
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
				properties: { value: 401, message: 'Personio issued a token but did not accept it; check the Base URL' },
			},
		],
	};
}

/** Forgets the tokens this process minted (tests start every case from a cold credential). */
export function forgetRecentTokens(): void {
	recentTokens.clear();
}
