import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forgetTokens } from '../auth';
import { partnerHeaders, recruitingAuthHeaders, recruitingCompanyHeaders } from '../headers';
import { secretsOf } from '../redaction';
import { requestTimeout } from '../timeout';
import { apiBaseUrl, careersBaseUrl } from '../urls';
import { paceRequest } from './pacing';
import type { FailedRequest } from './retry';
import {
	cancelledError,
	cancelSignalOf,
	describeThrown,
	retryDelay,
	toApiError,
	wait,
} from './retry';
import { readAnswer, readJsonAnswer, tokenRejected } from './response';
import type { PersonioContext, PersonioRequest, PersonioResponse } from './types';

/** Builds a path, encoding every parameter so no value can change the path requested. */
export function path(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => {
		if (!(key in params)) throw new Error(`Missing path parameter ${key}`);
		const value = String(params[key]).trim();
		// Encoding leaves `.` and `..` as they are, and a server resolves them as steps up the path.
		if (value === '' || value === '.' || value === '..') {
			throw new Error(`The ${key.replace(/_/g, ' ')} must be an ID, not "${value}"`);
		}
		return encodeURIComponent(value);
	});
}

/** Where a request goes and with what, read once per request from the credential. */
interface Target {
	baseUrl: string;
	credentials: ICredentialDataDecryptedObject;
	/** Headers the credential's own `authenticate` does not add (the careers page is not authenticated). */
	headers: Record<string, string>;
	secrets: string[];
	paceKey: string;
}

async function targetOf(context: PersonioContext, request: PersonioRequest): Promise<Target> {
	const credentialType = request.credentialType ?? 'personioApi';
	const credentials = await context.getCredentials(credentialType);
	try {
		const careers = request.host === 'careers';
		const recruiting = credentialType === 'personioRecruitingApi';
		const baseUrl = careers
			? careersBaseUrl(credentials)
			: apiBaseUrl(credentials, recruiting ? 'API Base URL' : 'Base URL');
		// Checked here so that a bad value is refused before any request; `authenticate` adds them.
		if (recruiting) recruitingAuthHeaders(credentials);
		else partnerHeaders(credentials);
		return {
			baseUrl,
			credentials,
			headers: careers ? recruitingCompanyHeaders(credentials) : {},
			secrets: secretsOf(credentials),
			paceKey: `${baseUrl}\n${String(credentials.clientId ?? credentials.companyId ?? '')}`,
		};
	} catch (error) {
		throw new NodeOperationError(context.getNode(), (error as Error).message, {
			itemIndex: request.itemIndex,
			description: 'Correct this value in the credential, then run the node again.',
		});
	}
}

function formEncode(form: IDataObject): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(form)) {
		if (value === undefined || value === null) continue;
		params.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	return params.toString();
}

function optionsFor(
	request: PersonioRequest,
	target: Target,
	signal: AbortSignal | undefined,
): IHttpRequestOptions {
	const expect = request.response ?? 'json';
	const options: IHttpRequestOptions = {
		method: request.method ?? 'GET',
		url: `${target.baseUrl}${request.path}`,
		qs: request.qs,
		headers: {
			Accept: expect === 'json' ? 'application/json' : '*/*',
			...target.headers,
			...request.headers,
		},
		arrayFormat: 'brackets',
		timeout: requestTimeout.ms,
		returnFullResponse: true,
		// Personio's error bodies and Retry-After headers are read here, not by n8n's generic error.
		ignoreHttpStatusErrors: true,
		// A redirect would carry the token or API key to wherever it points.
		disableFollowRedirect: true,
		abortSignal: signal,
	};
	// JSON is streamed too, so that its size is capped while it arrives (readJsonAnswer).
	if (request.maxBytes !== undefined || expect === 'json') options.encoding = 'stream';
	else if (expect === 'binary') options.encoding = 'arraybuffer';
	if (request.form) {
		options.headers!['Content-Type'] = 'application/x-www-form-urlencoded';
		options.body = formEncode(request.form);
	} else if (request.body !== undefined) {
		options.body = request.body as IDataObject;
		if (!(request.body instanceof FormData)) options.json = true;
	}
	return options;
}

async function send(
	context: PersonioContext,
	request: PersonioRequest,
	options: IHttpRequestOptions,
	credentialOptions?: IAdditionalCredentialOptions,
): Promise<PersonioResponse> {
	const response =
		request.host === 'careers'
			? ((await context.helpers.httpRequest(options)) as PersonioResponse)
			: ((await context.helpers.httpRequestWithAuthentication.call(
					context,
					request.credentialType ?? 'personioApi',
					options,
					credentialOptions,
				)) as PersonioResponse);
	return request.maxBytes === undefined && (request.response ?? 'json') === 'json'
		? await readJsonAnswer(response, requestTimeout.ms)
		: response;
}

/**
 * The credential handed to n8n's helper for every send of one request, so that the token sent is the
 * one known here: n8n mints into this object when its token is empty, and a rejected token is exactly
 * the one to forget (another execution may have stored a newer one meanwhile).
 */
function credentialFor(
	request: PersonioRequest,
	target: Target,
): IAdditionalCredentialOptions | undefined {
	if (request.host === 'careers' || (request.credentialType ?? 'personioApi') !== 'personioApi')
		return undefined;
	return {
		credentialsDecrypted: { id: '', name: '', type: 'personioApi', data: target.credentials },
	};
}

/**
 * How many new tokens one request may try. In queue mode each worker keeps the token it minted last in
 * its memory (auth.ts, `sharedToken`), and the stored credential may hold another worker's: when
 * Personio revokes both, the stored one is rejected, the worker hands over its own, which is rejected
 * too and forgotten, and only then is a token minted. A second refresh covers that; a third rejection
 * means the credential itself is refused.
 */
const MAX_TOKEN_REFRESHES = 2;

/**
 * Forgets the rejected token and sends once more. n8n mints when the credential it is handed has no
 * token, so this costs one token request and one request, not a second rejected one first.
 */
async function sendWithNewToken(
	context: PersonioContext,
	request: PersonioRequest,
	options: IHttpRequestOptions,
	credential: IAdditionalCredentialOptions,
) {
	const data = credential.credentialsDecrypted!.data!;
	forgetTokens(String(data.accessToken ?? ''));
	data.accessToken = '';
	return await send(context, request, options, credential);
}

/** One Personio request with authentication, retries and Personio's errors as NodeApiError. */
export async function personioRequest<T = unknown>(
	this: PersonioContext,
	request: PersonioRequest & { returnFullResponse: true },
): Promise<PersonioResponse<T>>;
export async function personioRequest<T = unknown>(
	this: PersonioContext,
	request: PersonioRequest,
): Promise<T>;
export async function personioRequest<T = unknown>(
	this: PersonioContext,
	request: PersonioRequest,
): Promise<T | PersonioResponse<T>> {
	const method: IHttpRequestMethods = request.method ?? 'GET';
	const target = await targetOf(this, request);
	const signal = cancelSignalOf(this);
	const options = optionsFor(request, target, signal);
	const credential = credentialFor(request, target);
	let tokenRefreshes = 0;

	for (let attempt = 0; ; attempt++) {
		let failure: FailedRequest;
		try {
			await paceRequest(target.paceKey, method, request.path, signal);
			let response = await send(this, request, options, credential);
			while (credential && tokenRefreshes < MAX_TOKEN_REFRESHES && tokenRejected(response)) {
				tokenRefreshes++;
				if (options.encoding === 'stream') (response.body as { destroy?: () => void }).destroy?.();
				response = await sendWithNewToken(this, request, options, credential);
			}
			const answer = await readAnswer(request, target.baseUrl, response);
			if (!answer.failure) {
				const body = answer.body as T;
				return request.returnFullResponse
					? { body, headers: response.headers, statusCode: response.statusCode }
					: body;
			}
			failure = answer.failure;
		} catch (error) {
			if (signal?.aborted) throw cancelledError();
			failure = describeThrown(error as IDataObject);
		}
		const delay = retryDelay(failure, method, attempt);
		if (delay === undefined)
			throw toApiError(this, failure, request.itemIndex, method, [
				...target.secrets,
				// A token n8n minted during this request (first use, refresh after a 401) is in the credential now.
				...secretsOf(target.credentials),
			]);
		await wait(delay, signal);
	}
}
