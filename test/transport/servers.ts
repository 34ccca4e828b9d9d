/** Local HTTP servers the transport tests point the nodes at, and execution contexts for them. */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- tests run in Node, outside n8n
import http from 'http';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- tests run in Node, outside n8n
import type { AddressInfo } from 'net';

import { Personio } from '../../nodes/Personio/Personio.node';
import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import {
	defaultCredentials,
	executeContext,
	personioCredentials,
	recruitingCredentials,
	TestCredentialsHelper,
} from '../helpers/harness';

/** A local server answering data requests with the given script, one step per request, and tokens always. */
export async function scriptedServer(steps: Array<(res: import('http').ServerResponse) => void>) {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- tests run in Node, outside n8n
	const http = await import('http');
	const hits: string[] = [];
	const server = http.createServer((req, res) => {
		hits.push(`${req.method} ${req.url!.split('?')[0]}`);
		req.resume();
		if (req.url!.startsWith('/v2/auth/token')) {
			res
				.writeHead(200, { 'Content-Type': 'application/json' })
				.end('{"access_token":"papi-local","expires_in":86400}');
			return;
		}
		const step = steps.shift();
		if (step) step(res);
		else res.writeHead(599).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as import('net').AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		hits,
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

export function localContext(baseUrl: string) {
	const local = defaultCredentials();
	local.store.personioApi.baseUrl = baseUrl;
	return executeContext({
		nodeType: new Personio(),
		typeName: 'n8n-nodes-personio.personio',
		parameters: {},
		credentials: local,
	});
}

export interface Server {
	url: string;
	hits: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: string }>;
	close(): Promise<void>;
}

/** A local HTTP server; `answer` gets each request (token requests included) after its body is read. */
export async function serve(
	host: string,
	answer: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<Server> {
	const hits: Server['hits'] = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			hits.push({ method: req.method!, url: req.url!, headers: req.headers, body });
			answer(req, res);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${host}:${port}`,
		hits,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

export const json = (res: http.ServerResponse, status: number, body: unknown) =>
	res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

export function personioContext(
	baseUrl: string,
	overrides: Record<string, unknown> = {},
	recruiting = false,
) {
	const credentials = new TestCredentialsHelper({
		personioApi: personioCredentials({ baseUrl, ...overrides }),
		personioRecruitingApi: recruitingCredentials({ baseUrl, careersUrl: baseUrl, ...overrides }),
	});
	const [nodeType, typeName] = recruiting
		? [new PersonioRecruiting(), 'n8n-nodes-personio.personioRecruiting']
		: [new Personio(), 'n8n-nodes-personio.personio'];
	return executeContext({ nodeType, typeName, parameters: {}, credentials });
}
export const recruitingContext = (baseUrl: string, overrides: Record<string, unknown> = {}) =>
	personioContext(baseUrl, overrides, true);
