import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { TOKEN_ERROR } from '../../credentials/PersonioApi.credentials';
import { recruitingAuthHeaders } from '../../credentials/PersonioRecruitingApi.credentials';
import { personioErrorMessage } from './errors';
import { partnerHeaders } from './partnerHeaders';

/** The only module that talks HTTP to Personio: authentication, retries, pagination and errors. */

export type PersonioContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export type PersonioCredentialType = 'personioApi' | 'personioRecruitingApi';

export interface PersonioRequest {
	method?: IHttpRequestMethods;
	/** Path below the credential's base URL, such as `/v1/company/employees`. Build it with `path()`. */
	path: string;
	qs?: IDataObject;
	/** JSON body, or a FormData for multipart uploads. */
	body?: IDataObject | IDataObject[] | FormData;
	/** Sent as application/x-www-form-urlencoded. */
	form?: IDataObject;
	headers?: Record<string, string>;
	credentialType?: PersonioCredentialType;
	/** `careers` reads the public careers page of the recruiting credential instead of the API. */
	host?: 'api' | 'careers';
	/** `json` (default): a non-JSON body is a malformed response. */
	response?: 'json' | 'text' | 'binary';
	returnFullResponse?: boolean;
	itemIndex?: number;
}

export interface PersonioResponse<T = unknown> {
	body: T;
	headers: IDataObject;
	statusCode: number;
}

/** Back-off settings; tests and the benchmark shorten them, nothing changes them at run time. */
export const retryPolicy = {
	maxRetries: 5,
	baseDelayMs: 1000,
	maxDelayMs: 30_000,
	/** A Retry-After longer than this is not waited for: the run fails with Personio's message instead. */
	maxRetryAfterMs: 120_000,
	timeoutMs: 60_000,
};

// The request never left this machine or was refused before Personio read it: safe to re-send a write.
// A failed token request also means the request itself was never sent.
const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	TOKEN_ERROR.rateLimited,
	TOKEN_ERROR.unavailable,
	TOKEN_ERROR.unreachable,
]);
// The request may have reached Personio: only a read is re-sent.
const MAYBE_SENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ERR_BAD_RESPONSE']);

/** Builds a path, encoding every parameter so no value can change the path requested. */
export function path(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => {
		if (!(key in params)) throw new Error(`Missing path parameter ${key}`);
		return encodeURIComponent(String(params[key]));
	});
}

interface FailedRequest {
	status?: number;
	code?: string;
	headers: IDataObject;
	body: unknown;
	message: string;
}

/** What is left of a request n8n's helper threw for: its status or network code, and message. */
function describeThrown(error: IDataObject): FailedRequest {
	const httpCode = String(error.httpCode ?? '');
	const answered = /^\d{3}$/.test(httpCode) ? Number(httpCode) : undefined;
	// Thrown with a success status: the answer broke off while its body was read (a timeout mid-body).
	const broken = answered !== undefined && answered < 400;
	const status = broken ? undefined : answered;
	const cause = (error.cause ?? {}) as IDataObject;
	const fallback = broken ? 'ERR_BAD_RESPONSE' : httpCode;
	const code =
		status === undefined ? String(cause.errorCode ?? error.code ?? cause.code ?? (fallback || '')) || undefined : undefined;
	const message = String(error.message ?? '');
	return { status, code, headers: {}, body: undefined, message: broken ? `Personio's answer broke off before it was complete (${message})` : message };
}

function decodeBody(body: unknown): unknown {
	if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
		const text = new TextDecoder().decode(body as ArrayBuffer);
		try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	}
	if (typeof body === 'string') {
		try {
			return JSON.parse(body);
		} catch {
			return body;
		}
	}
	return body;
}

function retryAfterMs(headers: IDataObject): number | undefined {
	const header = (name: string) => {
		const value = headers[name] ?? headers[name.toLowerCase()];
		return value === undefined || value === null ? undefined : String(value);
	};
	const retryAfter = header('retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
	}
	const reset = header('x-ratelimit-reset');
	if (reset !== undefined && Number.isFinite(Number(reset))) {
		const value = Number(reset);
		// Either seconds until reset or an epoch timestamp in seconds.
		return value > 1e9 ? Math.max(0, value * 1000 - Date.now()) : value * 1000;
	}
	return undefined;
}

function backoffMs(attempt: number): number {
	const capped = Math.min(retryPolicy.maxDelayMs, retryPolicy.baseDelayMs * 2 ** attempt);
	return capped / 2 + Math.random() * (capped / 2);
}

/** Waits, but gives up at once when the execution is cancelled. */
async function wait(context: PersonioContext, ms: number): Promise<void> {
	const signal =
		'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
	if (!signal) return await sleep(ms);
	if (signal.aborted) throw new Error('The execution was cancelled');
	let onAbort: () => void = () => {};
	const aborted = new Promise<never>((_, reject) => {
		onAbort = () => reject(new Error('The execution was cancelled'));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([sleep(ms), aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}

function retryDelay(failure: FailedRequest, method: IHttpRequestMethods, attempt: number): number | undefined {
	if (attempt >= retryPolicy.maxRetries) return undefined;
	const isRead = method === 'GET';
	if (failure.status === 429) {
		const delay = retryAfterMs(failure.headers);
		if (delay !== undefined) return delay <= retryPolicy.maxRetryAfterMs ? delay : undefined;
		return backoffMs(attempt);
	}
	if (failure.status !== undefined) {
		return isRead && failure.status >= 500 && failure.status !== 501 ? backoffMs(attempt) : undefined;
	}
	if (failure.code && NOT_SENT_CODES.has(failure.code)) return backoffMs(attempt);
	if (isRead && (!failure.code || MAYBE_SENT_CODES.has(failure.code))) return backoffMs(attempt);
	return undefined;
}

const NOT_RESENT =
	'It was not sent again because Personio may already have received it: check Personio before running it again.';

export function toApiError(
	context: PersonioContext,
	failure: FailedRequest,
	itemIndex?: number,
	method: IHttpRequestMethods = 'GET',
	secrets: readonly unknown[] = [],
): NodeApiError {
	const personio = personioErrorMessage(failure.status, failure.body, failure.message, secrets);
	const mayHaveArrived =
		method !== 'GET' &&
		((failure.status !== undefined && failure.status >= 500) ||
			(failure.status === undefined && !(failure.code && NOT_SENT_CODES.has(failure.code))));
	// n8n's message for a reset connection invites an immediate retry: wrong advice for a write that may have arrived.
	const message = mayHaveArrived ? personio.message.replace(/\s*You can retry[^.]*\./i, '') : personio.message;
	const description = mayHaveArrived ? [personio.description, NOT_RESENT].filter(Boolean).join('\n') : personio.description;
	const httpCode = failure.status === undefined ? undefined : String(failure.status);
	// Built from Personio's answer alone, so no request header, token or secret can end up in it.
	return new NodeApiError(
		context.getNode(),
		{ message, description: description ?? '', httpCode: httpCode ?? '' } as JsonObject,
		{ message, description, httpCode, itemIndex },
	);
}

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Refuses credential values that would change the headers or host of a request, before any request. */
function checkCredentials(credentials: ICredentialDataDecryptedObject, credentialType: PersonioCredentialType, host: 'api' | 'careers'): void {
	if (credentialType === 'personioRecruitingApi') recruitingAuthHeaders(credentials);
	else partnerHeaders(credentials);
	const company = String(credentials.company ?? '').trim();
	if (host === 'careers' && !credentials.careersUrl && !SUBDOMAIN.test(company)) {
		throw new Error(`The credential's Company must be the subdomain of your careers page, such as acme; got "${company}"`);
	}
}

/** The secret values of a credential, so that nothing a server echoes back can carry them into an error. */
async function credentialSecrets(context: PersonioContext, credentialType: PersonioCredentialType): Promise<unknown[]> {
	const credentials = await context.getCredentials(credentialType).catch(() => ({}) as IDataObject);
	return [credentials.clientSecret, credentials.accessToken, credentials.apiKey];
}

async function baseUrlFor(
	context: PersonioContext,
	credentialType: PersonioCredentialType,
	host: 'api' | 'careers',
	itemIndex?: number,
): Promise<string> {
	const credentials = await context.getCredentials(credentialType);
	try {
		checkCredentials(credentials, credentialType, host);
	} catch (error) {
		throw new NodeOperationError(context.getNode(), (error as Error).message, {
			itemIndex,
			description: 'Correct this value in the credential, then run the node again.',
		});
	}
	const configured =
		host === 'careers'
			? String(credentials.careersUrl || `https://${String(credentials.company)}.jobs.personio.de`)
			: String(credentials.baseUrl || 'https://api.personio.de');
	return configured.replace(/\/+$/, '');
}

/** One Personio request with authentication, retries and Personio's errors as NodeApiError. */
export async function personioRequest<T = unknown>(
	this: PersonioContext,
	request: PersonioRequest & { returnFullResponse: true },
): Promise<PersonioResponse<T>>;
export async function personioRequest<T = unknown>(this: PersonioContext, request: PersonioRequest): Promise<T>;
export async function personioRequest<T = unknown>(
	this: PersonioContext,
	request: PersonioRequest,
): Promise<T | PersonioResponse<T>> {
	const method = request.method ?? 'GET';
	const credentialType = request.credentialType ?? 'personioApi';
	const host = request.host ?? 'api';
	const expect = request.response ?? 'json';
	const baseUrl = await baseUrlFor(this, credentialType, host, request.itemIndex);

	for (let attempt = 0; ; attempt++) {
		const options: IHttpRequestOptions = {
			method,
			url: `${baseUrl}${request.path}`,
			qs: request.qs,
			headers: { Accept: expect === 'json' ? 'application/json' : '*/*', ...request.headers },
			arrayFormat: 'brackets',
			timeout: retryPolicy.timeoutMs,
			returnFullResponse: true,
			// Personio's error bodies and Retry-After headers are read here, not by n8n's generic error.
			ignoreHttpStatusErrors: true,
		};
		if (expect === 'binary') options.encoding = 'arraybuffer';
		if (request.form) {
			options.headers!['Content-Type'] = 'application/x-www-form-urlencoded';
			options.body = formEncode(request.form);
		} else if (request.body !== undefined) {
			options.body = request.body as IDataObject;
			if (!(request.body instanceof FormData)) options.json = true;
		}
		let failure: FailedRequest;
		try {
			let response = await send(this, options, credentialType, host);
			if (host === 'api' && credentialType === 'personioApi' && tokenRejected(response)) {
				// The stored token expired or was revoked. Sent again without ignoring errors, n8n's
				// helper sees the 401 (or v1's 403 for an invalid token), mints a new token through the
				// credential and retries once.
				response = await send(this, { ...options, ignoreHttpStatusErrors: false }, credentialType, host, {
					preAuthenticationRetryStatusCode: [401, 403],
				});
			}
			const body = expect === 'json' ? parseJson(response.body) : response.body;
			if (response.statusCode < 400 && body !== MALFORMED) {
				return (request.returnFullResponse
					? { body, headers: response.headers, statusCode: response.statusCode }
					: body) as T;
			}
			failure =
				response.statusCode < 400
					? {
							code: 'ERR_BAD_RESPONSE',
							headers: {},
							body: undefined,
							message: `Personio sent a malformed response (HTTP ${response.statusCode})`,
						}
					: { status: response.statusCode, headers: response.headers ?? {}, body: decodeBody(response.body), message: '' };
		} catch (error) {
			failure = describeThrown(error as IDataObject);
		}
		const delay = retryDelay(failure, method, attempt);
		if (delay === undefined) {
			throw toApiError(this, failure, request.itemIndex, method, await credentialSecrets(this, credentialType));
		}
		await wait(this, delay);
	}
}

interface RawResponse {
	body: unknown;
	headers: IDataObject;
	statusCode: number;
}

/** Missing or expired token: 401; v1 answers an invalid or expired token with 403 and this message. */
function tokenRejected(response: RawResponse): boolean {
	if (response.statusCode === 401) return true;
	if (response.statusCode !== 403) return false;
	const body = decodeBody(response.body) as IDataObject | undefined;
	const message = (body?.error as IDataObject | undefined)?.message;
	return typeof message === 'string' && /authorization is not valid/i.test(message);
}

async function send(
	context: PersonioContext,
	options: IHttpRequestOptions,
	credentialType: PersonioCredentialType,
	host: 'api' | 'careers',
	credentialOptions?: IDataObject,
): Promise<RawResponse> {
	return (await (host === 'careers'
		? context.helpers.httpRequest(options)
		: context.helpers.httpRequestWithAuthentication.call(
				context,
				credentialType,
				options,
				credentialOptions as IAdditionalCredentialOptions,
			))) as RawResponse;
}

/**
 * The one request of a node-level credential test, and the pack's only use of n8n's legacy `request`
 * helper: n8n hands credential tests (`ICredentialTestFunctions`, still in n8n-workflow 2.41) no other
 * HTTP helper. Gives back the HTTP status and body instead of throwing for an error status; a network
 * failure throws.
 */
export async function credentialTestRequest(
	helpers: ICredentialTestFunctions['helpers'],
	request: { method: IHttpRequestMethods; url: string; headers: Record<string, string>; body?: IDataObject },
): Promise<{ statusCode: number; body: unknown }> {
	const response = (await helpers.request({
		method: request.method,
		uri: request.url,
		headers: { Accept: 'application/json', ...request.headers },
		body: request.body,
		json: true,
		simple: false,
		resolveWithFullResponse: true,
		timeout: retryPolicy.timeoutMs,
	})) as { statusCode: number; body: unknown };
	return { statusCode: response.statusCode, body: decodeBody(response.body) };
}

function formEncode(form: IDataObject): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(form)) {
		if (value === undefined || value === null) continue;
		params.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	return params.toString();
}

const MALFORMED = Symbol('malformed');

/** An empty body is fine (201/204); a body that is not JSON where JSON was promised is not. */
function parseJson(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	if (body.trim() === '') return {};
	try {
		return JSON.parse(body);
	} catch {
		return MALFORMED;
	}
}

export type Pagination =
	/** v1 lists: `offset` is a record offset on some endpoints and a 1-based page number on others. */
	| { style: 'offset'; pageSize: number; offset: 'record' | 'page' }
	/** v1 custom reports: `page` (1-based) and `limit`. */
	| { style: 'page'; pageSize: number }
	/** v2 lists: follow `_meta.links.next.href`. */
	| { style: 'cursor'; pageSize: number };

/** Where a list keeps its records when not in `data`/`_data` (custom report rows sit inside the report). */
export type PaginationWithItems = Pagination & { items?: (body: IDataObject) => IDataObject[] };

function itemsOf(body: IDataObject): IDataObject[] {
	const data = body._data ?? body.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}

function idOf(item: IDataObject): string | undefined {
	const attributes = item.attributes as IDataObject | undefined;
	const id = item.id ?? (attributes?.id as IDataObject | undefined)?.value ?? attributes?.id;
	return id === undefined || id === null ? undefined : String(id);
}

function nextCursor(body: IDataObject, baseUrl: string): string | undefined {
	const links = (body._meta as IDataObject | undefined)?.links as IDataObject | undefined;
	const href = (links?.next as IDataObject | undefined)?.href;
	if (typeof href !== 'string' || href === '') return undefined;
	return new URL(href, `${baseUrl}/`).searchParams.get('cursor') ?? undefined;
}

/**
 * Yields every page of a list, each record once. `max` stops requesting as soon as enough records
 * have been read; the page size shrinks to what is still needed.
 */
export async function* paginate(
	this: PersonioContext,
	request: PersonioRequest,
	pagination: PaginationWithItems,
	max = Infinity,
): AsyncGenerator<IDataObject[]> {
	const seen = new Set<string>();
	let yielded = 0;
	const baseUrl = await baseUrlFor(this, request.credentialType ?? 'personioApi', 'api', request.itemIndex);

	// A v1 list that changed while it was read (metadata.total_elements moved) may have shifted a
	// record past the offset already read: it is read once more, and the ids seen keep that second
	// pass from repeating anything.
	for (let pass = 0; pass < 2 && yielded < max; pass++) {
		const cursorsSeen = new Set<string>();
		const totals = new Set<number>();
		let cursor: string | undefined;
		for (let page = 0; yielded < max; page++) {
			// Page numbers count in pages of the size asked for, so only the first request may ask for fewer.
			const fixedSize = pagination.style === 'page' || (pagination.style === 'offset' && pagination.offset === 'page');
			const limit = fixedSize && page > 0 ? pagination.pageSize : Math.min(pagination.pageSize, max - yielded);
			const qs: IDataObject = { ...request.qs, limit };
			if (pagination.style === 'offset') {
				qs.offset = pagination.offset === 'record' ? page * pagination.pageSize : page + 1;
			} else if (pagination.style === 'page') {
				qs.page = page + 1;
			} else if (cursor !== undefined) {
				qs.cursor = cursor;
			}
			const body = (await personioRequest.call(this, { ...request, qs })) as IDataObject;
			const raw = pagination.items ? pagination.items(body) : itemsOf(body);
			const fresh: IDataObject[] = [];
			for (const item of raw) {
				const id = idOf(item);
				if (id !== undefined) {
					if (seen.has(id)) continue;
					seen.add(id);
				}
				fresh.push(item);
				if (yielded + fresh.length >= max) break;
			}
			yielded += fresh.length;
			if (fresh.length) yield fresh;

			if (pagination.style === 'cursor') {
				cursor = nextCursor(body, baseUrl);
				if (cursor === undefined) return;
				if (cursorsSeen.has(cursor)) {
					// A short page that points back at itself is the end of the list; a full one is not.
					if (raw.length < limit) return;
					throw repeatedCursorError(this, yielded, request.itemIndex);
				}
				cursorsSeen.add(cursor);
				continue;
			}
			const meta = body.metadata as IDataObject | undefined;
			const total = Number(meta?.total_elements);
			if (Number.isFinite(total)) totals.add(total);
			if (raw.length < limit) break;
			const totalPages = Number(meta?.total_pages);
			if (Number.isFinite(totalPages) && page + 1 >= totalPages) break;
		}
		if (pagination.style !== 'offset' || totals.size < 2) return;
	}
}

/** Personio handed out a cursor it had already given: following it would loop for ever. */
function repeatedCursorError(context: PersonioContext, read: number, itemIndex?: number): NodeApiError {
	return new NodeApiError(
		context.getNode(),
		{ message: 'Personio repeated a page cursor' } as JsonObject,
		{
			message: `Personio repeated a page cursor after ${read} records, so the list could not be read to the end`,
			description:
				'Stopped instead of looping. This is a known Personio v2 paging fault; try again later, or narrow the filters.',
			itemIndex,
		},
	);
}

/** Every record of a list (or the first `max`), read page by page. */
export async function personioRequestAllItems(
	this: PersonioContext,
	request: PersonioRequest,
	pagination: PaginationWithItems,
	max = Infinity,
): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	for await (const page of paginate.call(this, request, pagination, max)) {
		for (const item of page) all.push(item);
	}
	return all;
}
