import { createHash } from 'crypto';

import { PersonioTrigger } from '../../nodes/PersonioTrigger/PersonioTrigger.node';
import { BASE_URL, hookContext, webhookContext } from '../helpers/harness';
import type { Json } from '../helpers/json';

export const node = new PersonioTrigger();
export const TYPE = 'n8n-nodes-personio.personioTrigger';
export const URL = 'https://n8n.example.com/webhook/abc/personio';
export const KEY = 'node:Personio Trigger';
export const SECRET = 'a'.repeat(64);
export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
/** The node's static data after `create`: the subscription and the digest of its token. */
export const stored = (extra: Record<string, unknown> = {}) => ({
	webhookId: 'wh-1',
	webhookSecretDigest: sha256(SECRET),
	...extra,
});

export { tokenEndpoint } from '../helpers/personioNode';

export const hook = (events: string[], staticData: Record<string, unknown> = {}) =>
	hookContext(node, TYPE, { events }, { staticData: staticData as never, webhookUrl: URL });

export const subscription = (id: string, url: string, events: string[], status = 'ENABLED') => ({
	id,
	url,
	description: 'n8n: Test workflow',
	status,
	auth_type: 'TOKEN',
	enabled_events: events,
});

export const listPage = (data: unknown[], next?: string) => ({
	_data: data,
	_meta: {
		links: {
			self: { href: `${BASE_URL}/v2/webhooks` },
			...(next ? { next: { href: `${BASE_URL}/v2/webhooks?cursor=${next}` } } : {}),
		},
	},
});

export const delivery = (
	event: string,
	payload: Record<string, unknown>,
	meta: Record<string, unknown> = {},
) => ({
	company_id: '4242',
	event_name: event,
	occurred_at: '2025-03-01T10:00:00Z',
	payload,
	meta,
});

export function receive(
	body: unknown,
	headers: Record<string, string>,
	{ fetchFullRecord = false, staticData }: { fetchFullRecord?: boolean; staticData?: Json } = {},
) {
	const data = staticData ?? { [KEY]: stored() };
	const { context, response } = webhookContext(
		node,
		TYPE,
		{ events: ['person.created'], fetchFullRecord },
		{ staticData: data, headers, body },
	);
	return { run: () => node.webhook.call(context), response, staticData: data };
}
