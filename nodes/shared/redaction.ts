import type { IDataObject } from 'n8n-workflow';

/** The secret values of a credential, so that nothing a server echoes back can carry them into an error. */
export function secretsOf(credentials: IDataObject): string[] {
	return [
		credentials.clientSecret,
		credentials.accessToken,
		credentials.apiKey,
		credentials.clientId,
	]
		.map((value) => String(value ?? ''))
		.filter((value) => value.length >= 4);
}

const REDACTED = '[redacted]';
const SECRET_PATTERNS: Array<[RegExp, string]> = [
	// An Authorization header echoed back: `Bearer <token>`, `Basic <credentials>`.
	[/\b(Bearer|Basic)(\s+|%20|\+|\\u0020)[A-Za-z0-9._~+/=:%\\-]+/gi, `$1 ${REDACTED}`],
	// Personio access tokens.
	[/\bpapi-[A-Za-z0-9._~+/=%-]+/g, REDACTED],
	// Secrets echoed as form or JSON fields, also JSON-escaped (\") or URL-encoded (%3D, %22, %3A).
	[
		/\b((?:client_secret|access_token|refresh_token|api_?key)(?:\\?["']|%22)?\s*(?:[:=]|%3A|%3D)\s*(?:\\?["']|%22)?)[^"'&\s,;}\]\\%]+/gi,
		`$1${REDACTED}`,
	],
	[
		/((?:\\?"|%22)(?:token|password|secret|authorization)(?:\\?"|%22)\s*(?::|%3A)\s*(?:\\?"|%22))[^"\\%]+/gi,
		`$1${REDACTED}`,
	],
];

/** The forms a secret can take when a server echoes it: as is, URL-encoded, JSON-escaped. */
function echoedForms(secret: string): string[] {
	const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
	forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
	return [...forms];
}

/**
 * Removes credentials from text a server sent back: bearer tokens, Personio tokens, secret-named
 * fields, and any of the given secret values in any form they may be echoed in. Personio does not
 * echo request headers, but a proxy or a misbehaving server might; nothing it echoes may reach an error.
 */
export function redactSecrets(text: string, secrets: readonly unknown[] = []): string {
	let result = text;
	for (const secret of secrets) {
		const value = typeof secret === 'string' ? secret.trim() : '';
		if (value.length < 4) continue;
		for (const form of echoedForms(value)) result = result.split(form).join(REDACTED);
	}
	for (const [pattern, replacement] of SECRET_PATTERNS)
		result = result.replace(pattern, replacement);
	return result;
}
