import type { IDataObject } from 'n8n-workflow';

/**
 * Where the credentials may send a secret: Personio's API host, a careers page of Personio, or this
 * machine (the local sandbox). Anything else, a proxy included, is refused: n8n's own proxy settings
 * carry requests through a proxy without the credential naming it.
 */

export const PERSONIO_API_URL = 'https://api.personio.de';

/**
 * Personio's API host. Personio's reference pages (https://developer.personio.de/reference) all name
 * api.personio.de; its changelog announces a ".com domain migration" whose entry names no API host,
 * so api.personio.com is not accepted until Personio documents it.
 */
const PERSONIO_API_HOSTS = new Set(['api.personio.de']);
/** Careers pages are `<company>.jobs.personio.de` or `.com`, as each customer chooses. */
const PERSONIO_CAREERS_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.jobs\.personio\.(?:de|com)$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type HostRule = 'api' | 'careers';

function hostAllowed(hostname: string, rule: HostRule): boolean {
	if (LOOPBACK_HOSTS.has(hostname)) return true;
	return rule === 'api' ? PERSONIO_API_HOSTS.has(hostname) : PERSONIO_CAREERS_HOST.test(hostname);
}

/**
 * A credential's URL field, checked: Personio's host (or this machine, for a local sandbox), HTTPS
 * (plain HTTP only on this machine), no user info, query or fragment, so that neither the secret nor
 * the token can go anywhere else.
 */
export function checkedUrl(
	value: unknown,
	label: string,
	fallback: string,
	rule: HostRule = 'api',
): string {
	const text = String(value ?? '').trim() || fallback;
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (!url)
		throw new Error(
			`The credential's ${label} must be a full URL such as ${fallback || 'https://acme.jobs.personio.de'}; got "${text.slice(0, 80)}"`,
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
	if (!hostAllowed(url.hostname, rule)) {
		const expected =
			rule === 'api'
				? PERSONIO_API_URL
				: 'https://<company>.jobs.personio.de or https://<company>.jobs.personio.com';
		throw new Error(
			`The credential's ${label} must be Personio's address, ${expected} (or localhost for a local sandbox); got host "${url.host}". To go through a proxy, set n8n's proxy environment variables instead.`,
		);
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
		return checkedUrl(credentials.careersUrl, 'Careers Page URL', '', 'careers');
	const company = String(credentials.company ?? '').trim();
	if (!SUBDOMAIN.test(company)) {
		throw new Error(
			`The credential's Company must be the subdomain of your careers page, such as acme; got "${company}"`,
		);
	}
	return `https://${company}.jobs.personio.de`;
}

/** The URL a request names, in any of the ways n8n's helpers accept it: `url`, `uri`, `baseURL` + `url`. */
function requestedUrl(request: Record<string, unknown>): URL | undefined {
	const named = request.url ?? request.uri;
	const target = named instanceof URL ? named.href : typeof named === 'string' ? named : '';
	const base = request.baseURL ?? request.baseUrl;
	try {
		if (typeof base === 'string' && base !== '') {
			// axios and request both append a relative path to the base, never resolve it against the origin.
			if (!/^[a-z][a-z0-9+.-]*:/i.test(target))
				return new URL(`${base.replace(/\/+$/, '')}/${target.replace(/^\/+/, '')}`);
		}
		return new URL(target);
	} catch {
		return undefined;
	}
}

/**
 * Refuses to add a credential's secret to a request for any origin but the credential's own: the
 * credential is offered to n8n's HTTP Request node, where whoever may use it picks the URL.
 */
export function assertCredentialOrigin(
	request: object,
	credentialBaseUrl: string,
	credentialName: string,
): void {
	const allowed = new URL(credentialBaseUrl).origin;
	const url = requestedUrl(request as Record<string, unknown>);
	if (url && url.origin === allowed && !url.username && !url.password) return;
	throw new Error(
		`The ${credentialName} credential is sent only to ${allowed}; this request goes to ${url ? url.host : 'an address that cannot be read'}, so it was not sent`,
	);
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
