import type { IDataObject } from 'n8n-workflow';

/** The headers a credential adds to a request: Personio's integration headers and the Recruiting API's. */

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
