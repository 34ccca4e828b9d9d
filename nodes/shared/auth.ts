import type { IDataObject } from 'n8n-workflow';

/**
 * What the credentials and the nodes both need to know about reaching Personio. It imports neither
 * side, so credentials never import node code that imports them back.
 */

export const PERSONIO_API_URL = 'https://api.personio.de';

/** Every request and the token request give up after this long (tests shorten it). */
export const requestTimeout = { ms: 60_000 };

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
	badCredential: 'PERSONIO_BAD_CREDENTIAL',
} as const;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A credential's URL field, checked: HTTPS (plain HTTP only on this machine, for a local sandbox),
 * no user info, query or fragment, so that neither the secret nor the token can go anywhere else.
 */
export function checkedUrl(value: unknown, label: string, fallback: string): string {
	const text = String(value ?? '').trim() || fallback;
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (!url)
		throw new Error(
			`The credential's ${label} must be a full URL such as ${fallback}; got "${text.slice(0, 80)}"`,
		);
	const local = LOOPBACK_HOSTS.has(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
		throw new Error(
			`The credential's ${label} must start with https:// (plain http:// only for localhost); got "${url.protocol}//${url.host}"`,
		);
	}
	if (url.username || url.password || text.includes('@')) {
		throw new Error(
			`The credential's ${label} must not contain a user name or password (an "@"); got host "${url.host}"`,
		);
	}
	if (url.search || url.hash || /[?#]/.test(text)) {
		throw new Error(`The credential's ${label} must not contain a query (?) or fragment (#)`);
	}
	return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function apiBaseUrl(credentials: IDataObject, label = 'Base URL'): string {
	return checkedUrl(credentials.baseUrl, label, PERSONIO_API_URL);
}

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** The careers page of a recruiting credential: its Careers Page URL, or https://{company}.jobs.personio.de. */
export function careersBaseUrl(credentials: IDataObject): string {
	if (String(credentials.careersUrl ?? '').trim())
		return checkedUrl(credentials.careersUrl, 'Careers Page URL', '');
	const company = String(credentials.company ?? '').trim();
	if (!SUBDOMAIN.test(company)) {
		throw new Error(
			`The credential's Company must be the subdomain of your careers page, such as acme; got "${company}"`,
		);
	}
	return `https://${company}.jobs.personio.de`;
}

const UPPER_SNAKE_CASE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const partnerHeaderCache = new Map<string, Record<string, string>>();

/**
 * Personio's optional integration headers. v1 reads the `X-Personio-` spelling, v2 the `Personio-`
 * one; both are sent so one credential works on every endpoint. Checked once per value, not per request.
 */
export function partnerHeaders(credentials: IDataObject): Record<string, string> {
	const partnerId = String(credentials.partnerId ?? '').trim();
	const appId = String(credentials.appId ?? '').trim();
	const key = `${partnerId}\n${appId}`;
	const cached = partnerHeaderCache.get(key);
	if (cached) return cached;
	const headers: Record<string, string> = {};
	for (const [value, label, suffix] of [
		[partnerId, 'Partner ID', 'Partner-ID'],
		[appId, 'App ID', 'App-ID'],
	] as const) {
		if (!value) continue;
		if (!UPPER_SNAKE_CASE.test(value)) {
			throw new Error(
				`The credential's ${label} must be in UPPER_SNAKE_CASE, such as MY_COMPANY_NAME; got "${value}"`,
			);
		}
		headers[`X-Personio-${suffix}`] = value;
		headers[`Personio-${suffix}`] = value;
	}
	if (partnerHeaderCache.size > 100) partnerHeaderCache.clear();
	partnerHeaderCache.set(key, headers);
	return headers;
}

/** The headers that identify the company on the Recruiting API and on its careers feed (no secret). */
export function recruitingCompanyHeaders(credentials: IDataObject): Record<string, string> {
	const companyId = String(credentials.companyId ?? '').trim();
	if (companyId !== '' && !/^\d+$/.test(companyId)) {
		throw new Error(
			`The credential's Company ID must be a number such as 12345; got "${companyId.slice(0, 40)}"`,
		);
	}
	return { ...partnerHeaders(credentials), 'X-Company-ID': companyId };
}

/** The headers every Recruiting API call carries; the node's credential test sends the same. */
export function recruitingAuthHeaders(credentials: IDataObject): Record<string, string> {
	return {
		...recruitingCompanyHeaders(credentials),
		Authorization: `Bearer ${String(credentials.apiKey ?? '')}`,
	};
}

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

/** "Personio answered with a redirect to …": the host of a 3xx answer's Location, never its query. */
export function redirectMessage(status: number, location: unknown, from: string): string {
	let host = 'another address';
	try {
		host = new URL(String(location ?? ''), `${from}/`).host || host;
	} catch {
		// An unreadable Location names no host.
	}
	return `Personio answered with a redirect (HTTP ${status}) to ${host}, which is not followed with your credentials; check the Base URL`;
}

const recentTokens = new Map<string, { token: string; mintedAt: number }>();
const mintingTokens = new Map<string, Promise<string>>();
const RECENT_TOKEN_MS = 5 * 60 * 1000;

/**
 * n8n has no lock around minting: executions that find no token at the same moment would each ask
 * Personio for one. Within this process they share the request under way, and for a few minutes the
 * token it gave (executions that read the credential before n8n saved it find it empty). A token is
 * never handed back to the caller that holds it already, since that caller's copy was just rejected.
 */
export async function sharedToken(
	key: string,
	current: string,
	mint: () => Promise<string>,
): Promise<string> {
	const recent = recentTokens.get(key);
	if (recent && recent.token !== current && Date.now() - recent.mintedAt < RECENT_TOKEN_MS)
		return recent.token;
	let pending = mintingTokens.get(key);
	if (!pending) {
		pending = mint()
			.then((token) => {
				if (recentTokens.size > 100) recentTokens.clear();
				recentTokens.set(key, { token, mintedAt: Date.now() });
				return token;
			})
			.finally(() => mintingTokens.delete(key));
		mintingTokens.set(key, pending);
	}
	return await pending;
}

/** Forgets a token Personio rejected (or, without one, every token this process minted). */
export function forgetTokens(rejected?: string): void {
	for (const [key, entry] of recentTokens) {
		if (rejected === undefined || entry.token === rejected) recentTokens.delete(key);
	}
}
