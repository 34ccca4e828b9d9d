import type { IDataObject } from 'n8n-workflow';

import { requestTimeout } from '../timeout';
import { redirectMessage } from '../urls';
import { REDIRECT_CODE, TOO_LARGE_CODE } from './retry';
import type { PersonioRequest, PersonioResponse } from './types';

/** Missing or expired token: 401; v1 answers an invalid or expired token with 403 and this message. */
export function tokenRejected(response: PersonioResponse): boolean {
	if (response.statusCode === 401) return true;
	if (response.statusCode !== 403) return false;
	const body = decodeJson(response.body) as IDataObject | undefined;
	const message = (body?.error as IDataObject | undefined)?.message;
	return typeof message === 'string' && /authorization is not valid/i.test(message);
}

/**
 * The largest JSON answer read (lists, errors, the token): far above any page Personio sends, low
 * enough that a hostile or broken server cannot fill n8n's memory. Tests lower it.
 */
export const answerLimits = { jsonBytes: 50 * 1024 * 1024 };

const isStream = (body: unknown): body is AsyncIterable<Uint8Array> =>
	typeof body === 'object' && body !== null && Symbol.asyncIterator in body;

/** The next chunk of a stream, or an ETIMEDOUT error when none comes within `idleMs`. */
async function nextWithin<T>(
	next: Promise<IteratorResult<T>>,
	idleMs: number,
	stream: { destroy?: () => void },
): Promise<IteratorResult<T>> {
	const idle = AbortSignal.timeout(idleMs);
	let onIdle: () => void = () => {};
	const stalled = new Promise<never>((_, reject) => {
		onIdle = () => {
			stream.destroy?.();
			reject(
				Object.assign(
					new Error(`Personio stopped sending its answer for more than ${idleMs / 1000} s`),
					{ code: 'ETIMEDOUT' },
				),
			);
		};
		idle.addEventListener('abort', onIdle, { once: true });
	});
	try {
		return await Promise.race([next, stalled]);
	} finally {
		idle.removeEventListener('abort', onIdle);
	}
}

/**
 * Reads a streamed answer, refusing it as soon as it grows past the request's limit. n8n's timeout
 * ends with the headers of a streamed answer, so the body has its own: no chunk for `idleMs`.
 */
export async function readLimited(
	response: PersonioResponse,
	maxBytes: number,
	expect: string,
	idleMs?: number,
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
	// Text is decoded chunk by chunk: joining the chunks into one buffer first would allocate a second
	// copy of every page outside V8's heap, and that memory is what set off a full GC every few pages
	// of a paced Return All (docs/bench.md, "Client CPU").
	const decoder = expect === 'binary' ? undefined : new TextDecoder();
	const chunks: Uint8Array[] = [];
	let text = '';
	let total = 0;
	const iterator = stream[Symbol.asyncIterator]();
	for (;;) {
		const next = iterator.next();
		const result = idleMs === undefined ? await next : await nextWithin(next, idleMs, stream);
		if (result.done) break;
		total += result.value.length;
		if (total > maxBytes) throw tooLarge();
		if (decoder) text += decoder.decode(result.value, { stream: true });
		else chunks.push(result.value);
	}
	return decoder ? text + decoder.decode() : Buffer.concat(chunks, total);
}

/** A JSON answer read from its stream as text, refused past `answerLimits.jsonBytes`. */
export async function readJsonAnswer(
	response: PersonioResponse,
	idleMs: number,
): Promise<PersonioResponse> {
	if (!isStream(response.body)) return response;
	const body = await readLimited(response, answerLimits.jsonBytes, 'text', idleMs);
	return { ...response, body };
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
export async function readAnswer(
	request: PersonioRequest,
	baseUrl: string,
	response: PersonioResponse,
) {
	const expect = request.response ?? 'json';
	const headers = response.headers ?? {};
	if (response.statusCode >= 300 && response.statusCode < 400) {
		const message = redirectMessage(response.statusCode, headers.location, baseUrl);
		return { failure: { code: REDIRECT_CODE, headers, body: undefined, message } };
	}
	let body = response.body;
	if (request.maxBytes !== undefined)
		body = await readLimited(response, request.maxBytes, expect, requestTimeout.ms);
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
