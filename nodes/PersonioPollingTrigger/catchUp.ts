import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { searchV2Page } from '../Personio/methods/listSearch/v2Page';
import { eventItem, eventKey } from '../PersonioTrigger/eventItem';
import { ENDPOINTS } from '../shared/endpoints';
import { paginate, path } from '../shared/transport';
import type { V2ListEndpoint } from '../shared/v2Reads';
import { InputValidator } from '../shared/validation';
import { toMillis } from './cursor';

/**
 * Catch-up for the Personio Trigger: every event of its webhook subscription, read from the event log
 * Personio keeps for 30 days (GET /v2/webhooks/{id}/events, scope personio:webhooks:read;
 * https://developer.personio.de/reference/get_v2-webhooks-id-events.md). Events missed while n8n or
 * the workflow was down arrive at the first poll after it is back, so the worst-case delay is one
 * poll interval. Events delivered live are read here too: both triggers emit the same `eventKey`, and
 * a Remove Duplicates node fed by both lets each event through once (the Personio Trigger cannot keep
 * a high-water mark itself: n8n 2.x does not save static data written during a webhook call).
 */
export const CATCH_UP_EVENT = 'personioEvents';

export const catchUpOption: INodePropertyOptions = {
	name: 'Personio Events (Catch-Up)',
	value: CATCH_UP_EVENT,
	description:
		"Every event of a Personio Trigger's webhook subscription, from Personio's 30-day event log: events missed while n8n was down arrive at the next poll",
};

const webhooks: V2ListEndpoint = {
	listPath: ENDPOINTS.webhooks.path,
	itemPath: ENDPOINTS.webhook.path,
	pageSize: ENDPOINTS.webhooks.pageSize,
};

/** Personio's event log pages hold up to 200 events (limit 1-200, as on GET /v2/webhooks). */
const EVENTS_PAGE_SIZE = ENDPOINTS.webhookEvents.pageSize;
/** Each poll reads again this far before the mark, for events Personio logs a little late. */
export const CATCH_UP_OVERLAP_MS = 5 * 60_000;
/** Keys remembered from that overlap; more events in five minutes fall to Remove Duplicates. */
export const CATCH_UP_KEYS_KEPT = 1000;
/** Manual runs show up to this many events of the last 30 days, newest first. */
const SAMPLE_SIZE = 5;
const SAMPLE_WINDOW_MS = 30 * 86_400_000;

export const catchUpProperties: INodeProperties[] = [
	{
		displayName:
			'Feed this trigger and the Personio Trigger into one Remove Duplicates node ("Remove Items Processed in Previous Executions", value {{ $json.eventKey }}): each event then passes once, live or caught up',
		name: 'catchUpNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { event: [CATCH_UP_EVENT] } },
	},
	{
		displayName: 'Webhook',
		name: 'webhook',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			"The Personio Trigger's webhook subscription. The first poll after activation only notes the time: events from then on are emitted, older ones are not.",
		displayOptions: { show: { event: [CATCH_UP_EVENT] } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a webhook subscription...',
				typeOptions: {
					searchListMethod: 'searchWebhooks',
					searchable: true,
					searchFilterRequired: false,
				},
			},
			{
				displayName: 'By Production URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://n8n.example.com/webhook/.../webhook',
				hint: "The Personio Trigger's production URL: the subscription Personio holds for it is found by that URL",
				validation: [
					{
						type: 'regex',
						properties: { regex: 'https?://.+', errorMessage: 'Not a valid URL' },
					},
				],
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '533e7206-f4a3-11ed-9c8b-436fad0b82d1',
			},
		],
	},
];

/** The webhook subscriptions of the credential, labelled by description and URL. */
export async function searchWebhooks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchV2Page.call(
		this,
		webhooks,
		{ filter, paginationToken },
		(webhook) => `${String(webhook.description ?? webhook.id)} (${String(webhook.url ?? '')})`,
	);
}

/** The path of a URL, or undefined when it is not one. */
function pathOf(url: unknown): string | undefined {
	try {
		return new URL(String(url)).pathname.replace(/\/+$/, '');
	} catch {
		return undefined;
	}
}

/**
 * The subscription's id: given, picked from the list, or found by the Personio Trigger's production
 * URL. A webhook URL's path holds the trigger's own UUID, so when no subscription has the URL exactly
 * (n8n seen through another host name or a proxy), the one with the same path is taken.
 */
async function webhookId(this: IPollFunctions): Promise<string> {
	const check = new InputValidator(this.getNode(), 0);
	const locator = this.getNodeParameter('webhook') as { mode?: string; value?: unknown };
	if (locator.mode !== 'url') return check.opaqueId('Webhook', locator.value);
	const url = check.required('Webhook', locator.value);
	const wanted = pathOf(url);
	if (!wanted)
		check.fail('Webhook', 'a URL such as https://n8n.example.com/webhook/…/webhook', url);
	let samePath: IDataObject | undefined;
	for await (const page of paginate.call(
		this,
		{ path: webhooks.listPath },
		{ style: 'cursor', pageSize: webhooks.pageSize },
	)) {
		const exact = page.find((webhook) => webhook.url === url);
		if (exact) return check.opaqueId('Webhook', exact.id);
		samePath ??= page.find((webhook) => pathOf(webhook.url) === wanted);
	}
	if (samePath) return check.opaqueId('Webhook', samePath.id);
	throw new NodeOperationError(
		this.getNode(),
		`No Personio webhook subscription has the URL ${url}`,
		{
			description:
				"Activate the workflow holding the Personio Trigger first (it registers the subscription), and copy that trigger's production URL.",
		},
	);
}

interface LoggedEvent {
	key: string;
	time: number;
	event: IDataObject;
}

async function readLog(
	this: IPollFunctions,
	id: string,
	from: number,
	to: number,
	max = Infinity,
): Promise<LoggedEvent[]> {
	const events: LoggedEvent[] = [];
	const request = {
		path: path(ENDPOINTS.webhookEvents.path, { id }),
		qs: {
			'occurred_at.gte': new Date(from).toISOString(),
			'occurred_at.lte': new Date(to).toISOString(),
		},
	};
	const pagination = { style: 'cursor', pageSize: EVENTS_PAGE_SIZE } as const;
	for await (const page of paginate.call(this, request, pagination, max)) {
		for (const event of page) {
			const time = toMillis(event.occurred_at);
			if (time === undefined || typeof event.event_name !== 'string') {
				throw new NodeOperationError(
					this.getNode(),
					'Personio listed a webhook event without an event_name or occurred_at',
				);
			}
			events.push({ key: eventKey(event), time, event });
		}
	}
	// Personio does not document the log's order; the workflow gets the events oldest first.
	return events.sort((a, b) => a.time - b.time || a.key.localeCompare(b.key));
}

/**
 * The catch-up state in the workflow's static data: `mark` is the time of the newest event emitted (or
 * of the first activation), `seen` the keys of the events emitted at or after `mark - overlap`.
 */
export interface CatchUpState {
	event: typeof CATCH_UP_EVENT;
	mark: number;
	seen: string[];
}

function isCatchUpState(value: IDataObject): boolean {
	return (
		value.event === CATCH_UP_EVENT && typeof value.mark === 'number' && Array.isArray(value.seen)
	);
}

/** The keys to keep: those of events the next poll reads again, newest last, bounded. */
function keysToKeep(events: LoggedEvent[], mark: number): string[] {
	return events
		.filter((logged) => logged.time >= mark - CATCH_UP_OVERLAP_MS)
		.map((logged) => logged.key)
		.slice(-CATCH_UP_KEYS_KEPT);
}

/** One poll of the catch-up event. */
export async function pollEventLog(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const id = await webhookId.call(this);
	const now = Date.now();
	const emit = (events: LoggedEvent[]) =>
		events.length
			? [this.helpers.returnJsonArray(events.map((logged) => eventItem(logged.event)))]
			: null;

	if (this.getMode() === 'manual') {
		// A sample for the editor; the state of the active workflow is not touched.
		const events = await readLog.call(this, id, now - SAMPLE_WINDOW_MS, now, EVENTS_PAGE_SIZE);
		return emit(events.slice(-SAMPLE_SIZE).reverse());
	}

	const staticData = this.getWorkflowStaticData('node');
	const previous = isCatchUpState(staticData) ? (staticData as unknown as CatchUpState) : undefined;
	// First activation: the events of the overlap before now are remembered, not emitted.
	const mark = previous?.mark ?? now;
	const events = await readLog.call(this, id, mark - CATCH_UP_OVERLAP_MS, now);
	const seen = new Set(previous?.seen ?? []);
	const fresh = previous ? events.filter((logged) => !seen.has(logged.key)) : [];

	// Written only after every page was read: a failed poll leaves the state as it was.
	const newest = events.length ? events[events.length - 1].time : mark;
	const next: CatchUpState = {
		event: CATCH_UP_EVENT,
		mark: Math.max(mark, Math.min(newest, now)),
		seen: [],
	};
	next.seen = keysToKeep(events, next.mark);
	for (const key of Object.keys(staticData)) delete staticData[key];
	Object.assign(staticData, next);
	return emit(fresh);
}
