/**
 * The access tokens this process minted, shared by the executions that run in it: one token request
 * at a time per credential, and the token it gave for a few minutes. The token request itself is
 * `tokenRequest.ts`; n8n stores the token in the credential.
 */

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
