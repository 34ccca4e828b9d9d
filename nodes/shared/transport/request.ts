import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	apiBaseUrl,
	careersBaseUrl,
	forgetTokens,
	partnerHeaders,
	recruitingAuthHeaders,
	recruitingCompanyHeaders,
	redirectMessage,
	requestTimeout,
	secretsOf,
} from '../auth';
import { paceRequest } from './pacing';
import type { FailedRequest } from './retry';
import {
	cancelledError,
	cancelSignalOf,
	describeThrown,
	REDIRECT_CODE,
	retryDelay,
	toApiError,
	TOO_LARGE_CODE,
	wait,
} from './retry';
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
	if (request.maxBytes !== undefined) options.encoding = 'stream';
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
	if (request.host === 'careers')
		return (await context.helpers.httpRequest(options)) as PersonioResponse;
	return (await context.helpers.httpRequestWithAuthentication.call(
		context,
		request.credentialType ?? 'personioApi',
		options,
		credentialOptions,
	)) as PersonioResponse;
}

/** Missing or expired token: 401; v1 answers an invalid or expired token with 403 and this message. */
function tokenRejected(response: PersonioResponse): boolean {
	if (response.statusCode === 401) return true;
	if (response.statusCode !== 403) return false;
	const body = decodeJson(response.body) as IDataObject | undefined;
	const message = (body?.error as IDataObject | undefined)?.message;
	return typeof message === 'string' && /authorization is not valid/i.test(message);
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

/** Reads a streamed answer, refusing it as soon as it grows past the request's limit. */
async function readLimited(
	response: PersonioResponse,
	maxBytes: number,
	expect: string,
): Promise<unknown> {
	const length = Number(response.headers['content-length']);
	const stream = response.body as AsyncIterable<Uint8Array> & { destroy?: () => void };
	const tooLarge = () => {
		stream.destroy?.();
		const limit = `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB`;
		return Object.assign(
			new Error(`Personio's answer is larger than the ${limit} this request accepts`),
			{ code: TOO_LARGE_CODE },
		);
	};
	if (Number.isFinite(length) && length > maxBytes) throw tooLarge();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for await (const chunk of stream) {
		total += chunk.length;
		if (total > maxBytes) throw tooLarge();
		chunks.push(chunk);
	}
	const buffer = Buffer.concat(chunks, total);
	return expect === 'binary' ? buffer : buffer.toString('utf8');
}

const MALFORMED = Symbol('malformed');

/** JSON from any body n8n hands over (string, buffer, parsed); what is not JSON comes back as it is. */
export function decodeJson(body: unknown, strict = false): unknown {
	let text = body;
	if (body instanceof ArrayBuffer || ArrayBuffer.isView(body))
		text = new TextDecoder().decode(body as ArrayBuffer);
	if (typeof text !== 'string') return body;
	// An empty body is fine (201/204).
	if (text.trim() === '') return strict ? {} : text;
	try {
		return JSON.parse(text);
	} catch {
		return strict ? MALFORMED : text;
	}
}

/** The answer as the caller asked for it, or why it is not usable. */
async function readAnswer(request: PersonioRequest, target: Target, response: PersonioResponse) {
	const expect = request.response ?? 'json';
	const headers = response.headers ?? {};
	if (response.statusCode >= 300 && response.statusCode < 400) {
		const message = redirectMessage(response.statusCode, headers.location, target.baseUrl);
		return { failure: { code: REDIRECT_CODE, headers, body: undefined, message } };
	}
	let body = response.body;
	if (request.maxBytes !== undefined) body = await readLimited(response, request.maxBytes, expect);
	if (response.statusCode >= 400) {
		return {
			failure: { status: response.statusCode, headers, body: decodeJson(body), message: '' },
		};
	}
	if (expect !== 'json') return { body };
	const json = decodeJson(body, true);
	if (json === MALFORMED) {
		const message = `Personio sent a malformed response (HTTP ${response.statusCode})`;
		return { failure: { code: 'ERR_BAD_RESPONSE', headers: {}, body: undefined, message } };
	}
	return { body: json };
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
	let tokenRefreshed = false;

	for (let attempt = 0; ; attempt++) {
		let failure: FailedRequest;
		try {
			await paceRequest(target.paceKey, method, request.path, signal);
			let response = await send(this, request, options, credential);
			if (credential && !tokenRefreshed && tokenRejected(response)) {
				tokenRefreshed = true;
				if (options.encoding === 'stream') (response.body as { destroy?: () => void }).destroy?.();
				response = await sendWithNewToken(this, request, options, credential);
			}
			const answer = await readAnswer(request, target, response);
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
			throw toApiError(this, failure, request.itemIndex, method, target.secrets);
		await wait(delay, signal);
	}
}
