import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { getEmployeeAttributes } from '../Personio/methods/loadOptions/employeeAttributes';
import { simplifyField } from '../shared/descriptions';
import { paginate } from '../shared/transport';
import { InputValidator } from '../shared/validation';
import {
	CATCH_UP_EVENT,
	catchUpOption,
	catchUpProperties,
	pollEventLog,
	searchWebhooks,
} from './catchUp';
import type { Change, CursorState } from './cursor';
import { advance, baseline, isCursorState, OVERLAP_MS, queryFrom } from './cursor';
import type { FeedQuery, PollingEvent } from './sources';
import { POLLING_EVENTS, recordId, recordTime, simplifyRecord } from './sources';
import { previousSync, reconcile, syncSettings, takeInventory } from './sync';
import { syncFields } from './syncFields';

/** Manual runs ("Fetch Test Event") show this many of the latest changes of the last 30 days. */
const SAMPLE_SIZE = 5;
const SAMPLE_WINDOW_MS = 30 * 86_400_000;
/** Manual runs read at most this many records per list. */
const SAMPLE_READ = 100;
/** Share of n8n's poll time budget (n8n 2.x) after which reading stops and the mark is held. */
const BUDGET_SHARE = 0.8;

interface Collected {
	changes: Change[];
	complete: boolean;
}

/** n8n 2.x gives each poll a time budget; older versions do not have the method. */
function pollBudgetMs(context: IPollFunctions): number | undefined {
	const candidate = (context as unknown as { getPollBudgetMs?: () => unknown }).getPollBudgetMs;
	if (typeof candidate !== 'function') return undefined;
	const budget = Number(candidate.call(context));
	return Number.isFinite(budget) && budget > 0 ? budget : undefined;
}

async function collect(
	this: IPollFunctions,
	{ feed }: PollingEvent,
	query: FeedQuery,
	{ simplify, max = Infinity, deadline }: { simplify: boolean; max?: number; deadline?: number },
): Promise<Collected> {
	const changes: Change[] = [];
	for await (const page of paginate.call(this, feed.request(query), feed.pagination, max)) {
		for (const record of page) {
			const id = recordId(record);
			const time = recordTime(record, feed.timeField);
			if (id === undefined || time === undefined) {
				throw new NodeOperationError(
					this.getNode(),
					`Personio returned a ${feed.kind} without ${id === undefined ? 'an ID' : `"${feed.timeField}"`}`,
					{
						description:
							'Allow this attribute for the API credential in Personio (Settings > Integrations > API credentials > Readable attributes).',
					},
				);
			}
			const json = simplify ? simplifyRecord(record) : { ...record };
			changes.push({ key: `${feed.kind}:${id}`, time, json });
		}
		if (deadline !== undefined && Date.now() > deadline) return { changes, complete: false };
	}
	return { changes, complete: true };
}

export class PersonioPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Personio Polling Trigger',
		name: 'personioPollingTrigger',
		icon: { light: 'file:personio.svg', dark: 'file:personio.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts the workflow when employees, absences, attendances or applications change in Personio',
		defaults: { name: 'Personio Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'personioApi', required: true }],
		properties: [
			{
				displayName:
					'Personio asks integrations to prefer webhooks where they exist: for persons, employments, absence periods, attendance periods and documents use the Personio Trigger node instead',
				name: 'webhookNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				required: true,
				options: [...Object.values(POLLING_EVENTS).map((event) => event.option), catchUpOption],
				default: 'employeeUpdated',
			},
			...syncFields,
			...catchUpProperties,
			{ ...simplifyField, displayOptions: { hide: { event: [CATCH_UP_EVENT] } } },
		],
	};

	methods = { loadOptions: { getEmployeeAttributes }, listSearch: { searchWebhooks } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const eventName = this.getNodeParameter('event') as string;
		if (eventName === CATCH_UP_EVENT) return await pollEventLog.call(this);
		const event = POLLING_EVENTS[eventName];
		const check = new InputValidator(this.getNode(), 0);
		if (!event) check.fail('Event', `one of ${Object.keys(POLLING_EVENTS).join(', ')}`, eventName);
		const simplify = this.getNodeParameter('simplify', true) as boolean;
		const now = Date.now();
		const emit = (changes: Change[]) =>
			changes.length ? [this.helpers.returnJsonArray(changes.map((change) => change.json))] : null;

		if (this.getMode() === 'manual') {
			// A sample for the editor; the cursor of the active workflow is not touched.
			const { changes } = await collect.call(
				this,
				event,
				{ since: now - SAMPLE_WINDOW_MS, now },
				{
					simplify,
					max: SAMPLE_READ,
				},
			);
			return emit(changes.sort((a, b) => b.time - a.time).slice(0, SAMPLE_SIZE));
		}

		const budget = pollBudgetMs(this);
		const deadline = budget === undefined ? undefined : now + budget * BUDGET_SHARE;
		const staticData = this.getWorkflowStaticData('node');
		const previous = isCursorState(staticData, eventName)
			? (staticData as unknown as CursorState)
			: undefined;
		const settings = syncSettings(this, eventName);
		const previousSyncState =
			settings && previousSync(staticData, settings, previous !== undefined);
		const firstPoll = previous === undefined;
		// What exists now (ids for deletions, every record for an initial load), read before the changes.
		const inventoried =
			settings &&
			previousSyncState &&
			(await takeInventory.call(this, eventName, settings, previousSyncState, { now, firstPoll }));
		const since = previous ? queryFrom(previous) : now - OVERLAP_MS;
		const { changes, complete } = await collect.call(
			this,
			event,
			{ since, now },
			{ simplify, deadline },
		);

		// Written only after every page was read: a failed poll leaves the state as it was.
		let next: CursorState;
		let fresh: Change[] = [];
		if (previous) {
			({ fresh, state: next } = advance(previous, changes, now, complete));
		} else {
			next = baseline(eventName, changes, now);
		}
		let items = fresh.map((change) => change.json);
		let nextSync = {};
		if (settings && previousSyncState) {
			const outcome = await reconcile.call(this, eventName, settings, previousSyncState, {
				inventoried,
				changes,
				fresh,
				now,
				simplify,
			});
			items = outcome.items;
			nextSync = outcome.state;
		}
		for (const key of Object.keys(staticData)) delete staticData[key];
		Object.assign(staticData, next, nextSync);
		return items.length ? [this.helpers.returnJsonArray(items)] : null;
	}
}
