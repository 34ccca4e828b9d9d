import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { createHash } from 'crypto';

import { sharedToken } from './auth';
import { ENDPOINTS } from './endpoints';
import { partnerHeaders } from './headers';
import { requestTimeout } from './timeout';
import { badCredential, TOKEN_ERROR, tokenError } from './tokenErrors';
import type { TokenFailure } from './tokenErrors';
import { answerLimits, readLimited } from './transport/response';
import type { PersonioResponse } from './transport/types';
import { apiBaseUrl } from './urls';

/**
 * Personio's token request (`POST /v2/auth/token`, client credentials, form-encoded:
 * https://developer.personio.de/reference/post_v2-auth-token), run by the credential's
 * `preAuthentication` whenever n8n has no valid token.
 */
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
	const secrets = [credentials.clientSecret, credentials.clientId];
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: String(credentials.clientId ?? ''),
		client_secret: String(credentials.clientSecret ?? ''),
	});
	let failure: TokenFailure;
	try {
		const response = (await helper.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}${ENDPOINTS.token.path}`,
			headers: {
				...headers,
				'Content-Type': 'application/x-www-form-urlencoded',
				Accept: 'application/json',
			},
			body: form.toString(),
			timeout: requestTimeout.ms,
			// A redirect would re-post the client secret to wherever it points.
			disableFollowRedirect: true,
			// Read here, within the size limit of every JSON answer.
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as PersonioResponse;
		const text = await readLimited(
			response,
			answerLimits.jsonBytes,
			'text',
			requestTimeout.ms,
		).catch((error: Error) => {
			throw (error as { code?: string }).code === 'ETIMEDOUT'
				? error
				: Object.assign(error, { code: TOKEN_ERROR.tooLarge });
		});
		let body: unknown;
		try {
			body = JSON.parse(String(text));
		} catch {
			body = undefined;
		}
		const token = (body as IDataObject | undefined)?.access_token;
		if (response.statusCode < 300 && typeof token === 'string' && token !== '') return token;
		failure = {
			status: response.statusCode < 300 ? 502 : response.statusCode,
			headers: response.headers,
			body,
		};
	} catch (error) {
		const thrown = error as IDataObject;
		failure = { code: thrown.code, message: thrown.message };
	}
	throw tokenError(failure, baseUrl, secrets);
}

/**
 * The token for a credential: one request at a time per credential and process (`sharedToken`),
 * keyed on a digest so that no secret is kept as a key.
 */
export async function personioAccessToken(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	const key = createHash('sha256')
		.update(
			[String(credentials.baseUrl ?? ''), credentials.clientId, credentials.clientSecret].join(
				'\n',
			),
		)
		.digest('hex');
	const current = String(credentials.accessToken ?? '');
	return await sharedToken(key, current, async () => await requestToken(helper, credentials));
}
