import type { IDataObject } from 'n8n-workflow';

import { redactSecrets } from './redaction';
import { requestTimeout } from './timeout';
import { redirectMessage } from './urls';

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
	timedOut: 'PERSONIO_TOKEN_TIMED_OUT',
	redirected: 'PERSONIO_TOKEN_REDIRECTED',
	tooLarge: 'PERSONIO_TOKEN_TOO_LARGE',
	badCredential: 'PERSONIO_BAD_CREDENTIAL',
} as const;

/** What went wrong with a token request: Personio's answer, or the network error when none came. */
export interface TokenFailure {
	status?: number;
	headers?: IDataObject;
	body?: unknown;
	code?: unknown;
	message?: unknown;
}

function failureOf(
	failure: TokenFailure,
	baseUrl: string,
): { code: string; message: string; reason?: string } {
	const { status } = failure;
	const body = (
		failure.body && typeof failure.body === 'object' ? failure.body : {}
	) as IDataObject;
	if (failure.code === TOKEN_ERROR.tooLarge)
		return { code: TOKEN_ERROR.tooLarge, message: String(failure.message) };
	if (status === undefined) {
		const timedOut = /ECONNABORTED|ETIMEDOUT|timeout/i.test(
			`${String(failure.code)} ${String(failure.message)}`,
		);
		return timedOut
			? {
					code: TOKEN_ERROR.timedOut,
					message: `Personio's token endpoint at ${baseUrl} did not answer within ${requestTimeout.ms / 1000} s`,
				}
			: {
					code: TOKEN_ERROR.unreachable,
					// n8n swaps a message naming a network code for a generic one, so the code goes in the description.
					message: `Could not reach Personio at ${baseUrl} to get an access token`,
				};
	}
	if (status >= 300 && status < 400) {
		const headers = failure.headers ?? {};
		return {
			code: TOKEN_ERROR.redirected,
			message: redirectMessage(status, headers.location ?? headers.Location, baseUrl),
		};
	}
	if (status === 429) {
		return {
			code: TOKEN_ERROR.rateLimited,
			message: 'Personio limits token requests to 150 per minute; try again in a minute',
		};
	}
	if (status >= 400 && status < 500) {
		const reason = typeof body.error === 'string' ? body.error : '';
		const detail = typeof body.error_description === 'string' ? body.error_description : '';
		return {
			code: TOKEN_ERROR.rejected,
			message: `Personio rejected the Client ID or Client Secret${reason ? ` (${reason})` : ''}${detail ? `: ${detail}` : ''}`,
		};
	}
	return {
		code: TOKEN_ERROR.unavailable,
		message: `Personio's token endpoint answered with HTTP ${status}; try again later`,
	};
}

/** Turns a failed token request into a message that says what went wrong and never holds the secret. */
export function tokenError(failure: TokenFailure, baseUrl: string, secrets: unknown[]): Error {
	const { code, message } = failureOf(failure, baseUrl);
	const description =
		code === TOKEN_ERROR.unreachable
			? `Network error ${String(failure.code ?? '')}: check the Base URL of the credential and the network between n8n and Personio`
			: 'Check the Client ID, Client Secret and Base URL under Settings > Integrations > API credentials in Personio';
	// `errorCode`, not `code`: n8n's credential test shows an error's `code` instead of its message.
	return Object.assign(new Error(redactSecrets(message, secrets)), {
		errorCode: code,
		description: redactSecrets(description, secrets),
	});
}

/** A credential value that would send the secret elsewhere or break a header: refused before any request. */
export function badCredential(error: unknown): Error {
	return Object.assign(new Error((error as Error).message), {
		errorCode: TOKEN_ERROR.badCredential,
		description: 'Correct this value in the credential, then try again.',
	});
}
