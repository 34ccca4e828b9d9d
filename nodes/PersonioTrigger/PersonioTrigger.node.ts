import { createHash, timingSafeEqual } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { eventItem } from './eventItem';
import { fetchRecord, WEBHOOK_EVENTS } from './events';
import { checkExists, create, remove, storedSecretDigest } from './registration';

/** Event keys remembered to drop Personio's retries. */
const DELIVERIES_KEPT = 100;

/** Compares in constant time: the received token is hashed to a digest of the stored digest's length. */
function matchesDigest(received: unknown, expectedDigest: string | undefined): boolean {
	if (typeof received !== 'string' || expectedDigest === undefined) return false;
	return timingSafeEqual(
		createHash('sha256').update(received, 'utf8').digest(),
		Buffer.from(expectedDigest, 'hex'),
	);
}

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** Personio delivers a JSON object naming its event; anything else is not a delivery. */
function isDelivery(body: unknown): body is IDataObject {
	return isObject(body) && typeof body.event_name === 'string' && body.event_name !== '';
}

export class PersonioTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Personio Trigger',
		name: 'personioTrigger',
		icon: { light: 'file:personio.svg', dark: 'file:personio.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Personio sends a webhook for persons, employments, absences, attendances or ' +
			'documents',
		defaults: { name: 'Personio Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'personioApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName:
					'On n8n 2.x a re-sent delivery starts another run: add Remove Duplicates on {{ $json.eventKey }} after this node',
				name: 'deduplicationNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: WEBHOOK_EVENTS,
				default: [],
				description: 'The Personio events that start the workflow',
			},
			{
				displayName: 'Fetch Full Record',
				name: 'fetchFullRecord',
				type: 'boolean',
				default: false,
				description:
					'Whether to read the person, employment, absence period, attendance period or document the event is ' +
					'about (one API call per event; not for deleted records)',
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await remove.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const staticData = this.getWorkflowStaticData('node');
		const response = this.getResponseObject();
		if (!matchesDigest(this.getHeaderData().authorization, storedSecretDigest(staticData))) {
			response.status(401).json({ message: 'Unauthorized' });
			return { noWebhookResponse: true };
		}

		const body: unknown = this.getBodyData();
		if (!isDelivery(body)) {
			response.status(400).json({
				message: 'Expected a Personio webhook delivery: a JSON object with an event_name',
			});
			return { noWebhookResponse: true };
		}
		const item = eventItem(body);
		const key = item.eventKey as string;
		// Kept in the workflow's static data, which n8n 1.x saves after a production webhook call (n8n 2.x
		// does not: Remove Duplicates on `eventKey` does it there). Personio documents no delivery id, so
		// retries are recognised by the event's key.
		const known = Array.isArray(staticData.deliveries) ? (staticData.deliveries as string[]) : [];
		if (known.includes(key)) return { webhookResponse: { message: 'Already received' } };
		staticData.deliveries = [...known, key].slice(-DELIVERIES_KEPT);

		const event = item.event as string;
		const fetch =
			(this.getNodeParameter('fetchFullRecord', false) as boolean) && !event.endsWith('.deleted');
		if (!fetch) return { workflowData: [this.helpers.returnJsonArray([item])] };

		// Personio wants an answer within 3 s: acknowledge first, then read the record.
		response.status(200).json({ message: 'Webhook call received' });
		try {
			item.record = await fetchRecord.call(this, event, item);
		} catch (error) {
			// The event is kept; the workflow sees why the record is missing.
			item.fetchError = (error as Error).message;
		}
		return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray([item])] };
	}
}
