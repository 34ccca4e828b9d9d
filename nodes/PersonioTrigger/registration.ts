import { createHash, randomBytes } from 'crypto';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { path, personioRequest, personioRequestAllItems } from '../shared/transport';
import { WEBHOOK_EVENTS } from './events';
import { ENDPOINTS } from '../shared/endpoints';

/*
 * The webhook subscription in Personio (`/v2/webhooks`, scopes personio:webhooks:read/write).
 * Static data of the node keeps the subscription id, its events and the SHA-256 digest of the token
 * Personio sends back in the `Authorization` header of every delivery: static data is exported with
 * the workflow and kept in backups, so the token itself is never stored.
 */

/** The SHA-256 digest of a token, as hex. */
export function secretDigest(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * The stored digest of the delivery token. A token stored in clear by an earlier version of the node
 * is replaced by its digest here, so an active workflow keeps its subscription.
 */
export function storedSecretDigest(staticData: IDataObject): string | undefined {
	if (typeof staticData.webhookSecret === 'string') {
		if (staticData.webhookSecret !== '') {
			staticData.webhookSecretDigest = secretDigest(staticData.webhookSecret);
		}
		delete staticData.webhookSecret;
	}
	const digest = staticData.webhookSecretDigest;
	return typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest) ? digest : undefined;
}

const DESCRIPTION_MAX = 255;

function webhookUrl(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(context.getNode(), 'n8n has no URL for this webhook');
	return url;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL Personio is to deliver to. Personio delivers only to HTTPS, and over plain HTTP the token of
 * every delivery would travel in clear: refused, except on this machine (the local sandbox).
 */
function deliveryUrl(context: IHookFunctions): string {
	const url = webhookUrl(context);
	const parsed = URL.canParse(url) ? new URL(url) : undefined;
	if (parsed?.protocol === 'https:' || (parsed && LOOPBACK_HOSTS.has(parsed.hostname))) return url;
	throw new NodeOperationError(
		context.getNode(),
		`Personio delivers webhooks only to https:// addresses; this workflow's webhook URL is ${parsed ? `${parsed.protocol}//${parsed.host}` : 'not a URL'}`,
		{
			description:
				"Set n8n's WEBHOOK_URL environment variable to the https:// address at which Personio reaches n8n (for example behind a reverse proxy that terminates TLS), restart n8n, then activate the workflow again.",
		},
	);
}

export function selectedEvents(
	context: IHookFunctions | { getNodeParameter(name: string): unknown },
): string[] {
	const events = (context.getNodeParameter('events') as string[] | undefined) ?? [];
	return [...new Set(events)].sort();
}

const sameEvents = (a: unknown, b: string[]) =>
	Array.isArray(a) &&
	a.length === b.length &&
	[...a]
		.map(String)
		.sort()
		.every((event, i) => event === b[i]);

function forget(staticData: IDataObject): void {
	delete staticData.webhookId;
	delete staticData.webhookSecret;
	delete staticData.webhookSecretDigest;
	delete staticData.webhookEvents;
}

async function deleteSubscription(context: IHookFunctions, id: string): Promise<void> {
	const failure = await personioRequest
		.call(context, { method: 'DELETE', path: path(ENDPOINTS.webhook.path, { id }) })
		.then(
			() => undefined,
			(error: unknown) => error,
		);
	// Already gone in Personio (404): the goal is reached.
	if (
		failure === undefined ||
		(failure instanceof NodeApiError && String(failure.httpCode) === '404')
	)
		return;
	throw failure;
}

/**
 * True when Personio has exactly our subscription: our URL, the selected events, enabled, and the
 * secret still known. Any other subscription for our URL is stale (events changed, or its token was
 * lost with the static data): it is deleted, so `create` never leaves two subscriptions behind.
 */
export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const url = webhookUrl(this);
	const events = selectedEvents(this);
	const subscriptions = await personioRequestAllItems.call(
		this,
		{ path: ENDPOINTS.webhooks.path },
		{ style: 'cursor', pageSize: ENDPOINTS.webhooks.pageSize },
	);
	const ours = subscriptions.filter((subscription) => subscription.url === url);
	const secretKnown = storedSecretDigest(staticData) !== undefined;
	const current = ours.find(
		(subscription) =>
			String(subscription.id) === staticData.webhookId &&
			secretKnown &&
			sameEvents(subscription.enabled_events, events) &&
			(subscription.status === undefined || subscription.status === 'ENABLED'),
	);
	if (current) return true;
	for (const stale of ours) await deleteSubscription(this, String(stale.id));
	forget(staticData);
	return false;
}

export async function create(this: IHookFunctions): Promise<boolean> {
	const events = selectedEvents(this);
	if (!events.length) {
		throw new NodeOperationError(this.getNode(), 'Events must name at least one event', {
			description: 'Choose the Personio events that should start this workflow.',
		});
	}
	const unknown = events.filter(
		(event) => !WEBHOOK_EVENTS.some((option) => option.value === event),
	);
	if (unknown.length) {
		const got = JSON.stringify(unknown).slice(0, 100);
		throw new NodeOperationError(
			this.getNode(),
			`Events must be Personio webhook events; got ${got}`,
			{
				description: 'Choose the events from the list of the "Events" field.',
			},
		);
	}
	const url = deliveryUrl(this);
	const secret = randomBytes(32).toString('hex');
	const body: IDataObject = {
		url,
		description: `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id}`.slice(
			0,
			DESCRIPTION_MAX,
		),
		status: 'ENABLED',
		auth_type: 'TOKEN',
		token: secret,
		enabled_events: events,
	};
	const response = (await personioRequest.call(this, {
		method: 'POST',
		path: ENDPOINTS.webhooks.path,
		body,
	})) as IDataObject;
	const data = (response._data ?? response.data ?? response) as IDataObject;
	if (data.id === undefined || data.id === null || data.id === '') {
		throw new NodeOperationError(
			this.getNode(),
			'Personio created the webhook but did not return its ID',
			{
				description:
					'Delete the webhook pointing to this workflow in Personio, then activate the workflow again.',
			},
		);
	}
	const staticData = this.getWorkflowStaticData('node');
	staticData.webhookId = String(data.id);
	staticData.webhookSecretDigest = secretDigest(secret);
	staticData.webhookEvents = events;
	return true;
}

/** Deletes our subscription; the static data is cleared even when Personio no longer has it. */
export async function remove(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const id = staticData.webhookId as string | undefined;
	try {
		if (id) await deleteSubscription(this, id);
	} finally {
		// Even on an error: a subscription left behind is found by URL and removed by the next checkExists.
		forget(staticData);
	}
	return true;
}
