import type { IDataObject } from 'n8n-workflow';

const UPPER_SNAKE_CASE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * Personio's optional integration headers. v1 reads the `X-Personio-` spelling, v2 the
 * `Personio-` one; both are sent so one credential works on every endpoint.
 */
export function partnerHeaders(credentials: IDataObject): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [field, label, suffix] of [
		['partnerId', 'Partner ID', 'Partner-ID'],
		['appId', 'App ID', 'App-ID'],
	] as const) {
		const value = String(credentials[field] ?? '').trim();
		if (!value) continue;
		if (!UPPER_SNAKE_CASE.test(value)) {
			throw new Error(
				`The credential's ${label} must be in UPPER_SNAKE_CASE, such as MY_COMPANY_NAME; got "${value}"`,
			);
		}
		headers[`X-Personio-${suffix}`] = value;
		headers[`Personio-${suffix}`] = value;
	}
	return headers;
}
