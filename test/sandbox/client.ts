/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
/* HTTP helpers for the sandbox's own tests: a client that never throws on a status, form bodies, tokens. */
import axios, { AxiosRequestConfig } from 'axios';

export const http0 = axios.create({ validateStatus: () => true, maxRedirects: 0 });
export const form = (o: Record<string, string | number | boolean>) =>
	new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString();
export const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
export const auth = (t: string, extra: Record<string, string> = {}): AxiosRequestConfig => ({
	headers: { Authorization: `Bearer ${t}`, ...extra },
});

const CLIENT = { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' };

export async function v2Token(base: string): Promise<string> {
	const r = await http0.post(
		`${base}/v2/auth/token`,
		form({ grant_type: 'client_credentials', ...CLIENT }),
		{
			headers: FORM,
		},
	);
	expect(r.status).toBe(200);
	return r.data.access_token;
}
export async function v1Token(base: string): Promise<string> {
	const r = await http0.post(`${base}/v1/auth`, CLIENT);
	expect(r.status).toBe(200);
	return r.data.data.token;
}

const { startSandbox } = require('./server');

/** A sandbox for one test file: its handle and base URL (close it in afterAll). */
export async function openSandbox(
	options: Record<string, unknown>,
): Promise<{ sb: any; base: string }> {
	const sb = await startSandbox(options);
	return { sb, base: sb.url };
}
