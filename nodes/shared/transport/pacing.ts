/**
 * Paces requests to Personio's documented rate limits, per credential, within this process.
 * (Placeholder until the pacer lands: no documented limit is enforced here yet.)
 */
export async function paceRequest(
	credentialKey: string,
	method: string,
	path: string,
	signal?: AbortSignal,
): Promise<void> {
	void [credentialKey, method, path, signal];
}
