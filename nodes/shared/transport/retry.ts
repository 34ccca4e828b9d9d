import type { IDataObject, IHttpRequestMethods, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { TOKEN_ERROR } from '../tokenErrors';
import { personioErrorMessage } from '../errors';
import type { PersonioContext } from './types';

/** Back-off settings; tests and the benchmark shorten them, nothing changes them at run time. */
export const retryPolicy = {
	maxRetries: 5,
	baseDelayMs: 1000,
	maxDelayMs: 30_000,
	/** A Retry-After longer than this is not waited for: the run fails with Personio's message instead. */
	maxRetryAfterMs: 120_000,
};

/** A request that did not bring a usable answer: Personio's status and body, or a network code. */
export interface FailedRequest {
	status?: number;
	code?: string;
	headers: IDataObject;
	body: unknown;
	message: string;
}

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
const MAYBE_SENT_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ERR_BAD_RESPONSE',
]);
/** A 3xx answer: not followed, since the credentials would go with it. */
export const REDIRECT_CODE = 'PERSONIO_REDIRECT';
/** An answer larger than the request allows. */
export const TOO_LARGE_CODE = 'PERSONIO_TOO_LARGE';
// Not sent, and the same answer would come again: never tried twice.
const NOT_SENT_FINAL_CODES = new Set<string>([
	TOKEN_ERROR.rejected,
	TOKEN_ERROR.timedOut,
	TOKEN_ERROR.redirected,
	TOKEN_ERROR.tooLarge,
	TOKEN_ERROR.badCredential,
	REDIRECT_CODE,
]);
const FINAL_CODES = new Set<string>([...NOT_SENT_FINAL_CODES, TOO_LARGE_CODE, 'ERR_CANCELED']);

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

/** The execution's cancel signal, where the context has one. */
export function cancelSignalOf(context: PersonioContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
}

/** What a cancelled execution ends with, whether it was waiting or had a request in flight. */
export function cancelledError(): Error {
	return new Error('The execution was cancelled');
}

/** Waits, but gives up at once when the execution is cancelled. */
export async function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
	if (!signal) return await sleep(ms);
	if (signal.aborted) throw cancelledError();
	let onAbort: () => void = () => {};
	const aborted = new Promise<never>((_, reject) => {
		onAbort = () => reject(cancelledError());
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([sleep(ms), aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}

/** How long to wait before the next attempt, or undefined when the failure is final. */
export function retryDelay(
	failure: FailedRequest,
	method: IHttpRequestMethods,
	attempt: number,
): number | undefined {
	if (attempt >= retryPolicy.maxRetries) return undefined;
	if (failure.code && FINAL_CODES.has(failure.code)) return undefined;
	const isRead = method === 'GET';
	if (failure.status === 429) {
		const delay = retryAfterMs(failure.headers);
		if (delay !== undefined) return delay <= retryPolicy.maxRetryAfterMs ? delay : undefined;
		return backoffMs(attempt);
	}
	if (failure.status !== undefined) {
		return isRead && failure.status >= 500 && failure.status !== 501
			? backoffMs(attempt)
			: undefined;
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
			(failure.status === undefined &&
				!(
					failure.code &&
					(NOT_SENT_CODES.has(failure.code) || NOT_SENT_FINAL_CODES.has(failure.code))
				)));
	// n8n's message for a reset connection invites an immediate retry: wrong advice for a write that may have arrived.
	const message = mayHaveArrived
		? personio.message.replace(/\s*You can retry[^.]*\./i, '')
		: personio.message;
	const description = mayHaveArrived
		? [personio.description, NOT_RESENT].filter(Boolean).join('\n')
		: personio.description;
	const httpCode = failure.status === undefined ? undefined : String(failure.status);
	// Built from Personio's answer alone, so no request header, token or secret can end up in it.
	return new NodeApiError(
		context.getNode(),
		{ message, description: description ?? '', httpCode: httpCode ?? '' } as JsonObject,
		{ message, description, httpCode, itemIndex },
	);
}

/** What is left of a request n8n's helper threw for: its status or network code, and message. */
export function describeThrown(error: IDataObject): FailedRequest {
	const httpCode = String(error.httpCode ?? '');
	const answered = /^\d{3}$/.test(httpCode) ? Number(httpCode) : undefined;
	// Thrown with a success status: the answer broke off while its body was read (a timeout mid-body).
	const broken = answered !== undefined && answered < 400;
	const status = broken ? undefined : answered;
	const cause = (error.cause ?? {}) as IDataObject;
	const fallback = broken ? 'ERR_BAD_RESPONSE' : httpCode;
	const code =
		status === undefined
			? String(cause.errorCode ?? error.code ?? cause.code ?? (fallback || '')) || undefined
			: undefined;
	const message = String(error.message ?? '');
	return {
		status,
		code,
		headers: {},
		body: undefined,
		message: broken ? `Personio's answer broke off before it was complete (${message})` : message,
	};
}
