import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { InputValidator } from '../shared/validation';
import type { Change } from './cursor';
import type { EncodedIds } from './idCodec';
import { decodeIds, encodeIds, isEncodedIds } from './idCodec';
import type { Inventory } from './inventory';
import { INVENTORIES, readInventory, stillExists } from './inventory';
import { simplifyRecord } from './sources';
import type { WatchedValues, WatchState } from './watch';
import {
	changedFields,
	decodeWatch,
	encodeWatch,
	isWatchState,
	sameFields,
	watchedValues,
} from './watch';

/**
 * Deletions, a mirror's initial load and watched fields: what the polling trigger keeps beside its
 * cursor in the workflow's static data, and the reads behind them.
 */
export type DeletionSchedule = 'everyPoll' | 'hourly' | 'daily';

export interface SyncSettings {
	detectDeletions: boolean;
	deletionCheck: DeletionSchedule;
	firstPoll: 'baseline' | 'emitAll';
	watchFields: string[];
}

export interface SyncState {
	/** Ids known to exist, for deletions. */
	known?: EncodedIds;
	/** When Personio's ids were last compared with `known`. */
	checkedAt?: number;
	watch?: WatchState;
}

const SCHEDULE_MS: Record<DeletionSchedule, number> = {
	everyPoll: 0,
	hourly: 3_600_000,
	daily: 86_400_000,
};
/** Polls do not start to the second: a check this much early still counts as on schedule. */
const SCHEDULE_SLACK_MS = 60_000;
const ATTRIBUTE_KEY = /^[A-Za-z0-9_]+$/;

export function syncSettings(context: IPollFunctions, event: string): SyncSettings | undefined {
	if (!INVENTORIES[event]) return undefined;
	const check = new InputValidator(context.getNode(), 0);
	const detectDeletions = context.getNodeParameter('detectDeletions', false) === true;
	const deletionCheck = context.getNodeParameter('deletionCheck', 'hourly') as DeletionSchedule;
	if (detectDeletions && !(deletionCheck in SCHEDULE_MS))
		check.fail('Check for Deletions', 'one of everyPoll, hourly, daily', deletionCheck);
	const firstPoll = context.getNodeParameter('firstPoll', 'baseline') as SyncSettings['firstPoll'];
	if (firstPoll !== 'baseline' && firstPoll !== 'emitAll')
		check.fail('First Poll', 'baseline or emitAll', firstPoll);
	const watchFields =
		event === 'employeeUpdated' ? (context.getNodeParameter('watchFields', []) as unknown) : [];
	if (
		!Array.isArray(watchFields) ||
		!watchFields.every((field) => typeof field === 'string' && ATTRIBUTE_KEY.test(field))
	)
		check.fail('Watch Fields', 'a list of employee attribute keys such as status', watchFields);
	return { detectDeletions, deletionCheck, firstPoll, watchFields: watchFields as string[] };
}

export function deletionCheckDue(
	checkedAt: number | undefined,
	now: number,
	schedule: DeletionSchedule,
): boolean {
	return checkedAt === undefined || now - checkedAt >= SCHEDULE_MS[schedule] - SCHEDULE_SLACK_MS;
}

/** What the static data held for deletions and watched fields (nothing when the cursor starts over). */
export interface PreviousSync {
	known?: string[];
	checkedAt?: number;
	watched?: WatchedValues;
}

export function previousSync(
	staticData: IDataObject,
	settings: SyncSettings,
	cursorKept: boolean,
): PreviousSync {
	if (!cursorKept) return {};
	const previous: PreviousSync = {};
	if (settings.detectDeletions && isEncodedIds(staticData.known)) {
		previous.known = decodeIds(staticData.known);
		if (typeof staticData.checkedAt === 'number') previous.checkedAt = staticData.checkedAt;
	}
	const watch = staticData.watch;
	if (
		settings.watchFields.length &&
		isWatchState(watch) &&
		sameFields(watch.fields, settings.watchFields)
	)
		previous.watched = decodeWatch(watch);
	return previous;
}

/** What exists now, read before the changes so that anything created meanwhile is among the changes. */
export interface Inventoried {
	ids: Set<string>;
	/** Every record, for a mirror's initial load. */
	records?: IDataObject[];
	/** Watched values of every employee, for the first poll with watched fields. */
	watched?: WatchedValues;
}

export async function takeInventory(
	this: IPollFunctions,
	event: string,
	settings: SyncSettings,
	previous: PreviousSync,
	{ now, firstPoll }: { now: number; firstPoll: boolean },
): Promise<Inventoried | undefined> {
	const inventory = INVENTORIES[event];
	const emitAll = firstPoll && settings.firstPoll === 'emitAll';
	const checkDeletions =
		settings.detectDeletions &&
		(previous.known === undefined ||
			deletionCheckDue(previous.checkedAt, now, settings.deletionCheck));
	const watchBaseline = settings.watchFields.length > 0 && previous.watched === undefined;
	if (!emitAll && !checkDeletions && !watchBaseline) return undefined;

	const ids = new Set<string>();
	const records: IDataObject[] | undefined = emitAll ? [] : undefined;
	const watched: WatchedValues | undefined = watchBaseline ? new Map() : undefined;
	const attributes =
		emitAll || inventory.kind !== 'employee'
			? undefined
			: ['id', ...(watchBaseline ? settings.watchFields : [])];
	await readInventory.call(this, inventory, now, attributes, (id, record) => {
		ids.add(id);
		records?.push(record);
		watched?.set(id, watchedValues(record, settings.watchFields));
	});
	return { ids, records, watched };
}

export interface SyncOutcome {
	/** Items to emit: the changes (only those with a watched field changed, when fields are watched), then deletions. */
	items: IDataObject[];
	state: SyncState;
}

function deletedItem(
	inventory: Inventory,
	id: string,
	now: number,
	fields: string[],
	lastValues: string[] | undefined,
): IDataObject {
	const item: IDataObject = {
		id: inventory.kind === 'employee' ? Number(id) : id,
		kind: inventory.kind,
		deleted: true,
		noticedAt: new Date(now).toISOString(),
	};
	if (lastValues) {
		const lastKnown: IDataObject = {};
		fields.forEach((field, f) => (lastKnown[field] = JSON.parse(lastValues[f]) as IDataObject));
		item.lastKnown = lastKnown;
	}
	return item;
}

/** The id of a change, from its key `kind:id`. */
const changeId = (change: Change) => change.key.slice(change.key.indexOf(':') + 1);

/**
 * After the changes were read: which records were deleted, which changes to emit, and the new state.
 * A known record missing from the list is read by its id first: only a 404 makes it a deletion.
 */
export async function reconcile(
	this: IPollFunctions,
	event: string,
	settings: SyncSettings,
	previous: PreviousSync,
	{
		inventoried,
		changes,
		fresh,
		now,
		simplify,
	}: {
		inventoried: Inventoried | undefined;
		changes: Change[];
		/** The changes not emitted before (none on a first poll). */
		fresh: Change[];
		now: number;
		simplify: boolean;
	},
): Promise<SyncOutcome> {
	const inventory = INVENTORIES[event];
	const { watchFields } = settings;
	const state: SyncState = {};
	const items: IDataObject[] = [];

	if (inventoried?.records)
		for (const record of inventoried.records)
			items.push(simplify ? simplifyRecord(record) : record);

	// Watched fields: the changes read are compared with the values known before this poll.
	let watched: WatchedValues | undefined;
	if (watchFields.length) {
		watched = previous.watched ?? inventoried?.watched ?? new Map();
		const compare = previous.watched !== undefined && !inventoried?.records;
		for (const change of changes) {
			const id = changeId(change);
			const current = watchedValues(change.json, watchFields);
			const before = watched.get(id);
			watched.set(id, current);
			if (!compare || !before) continue;
			const fieldChanges = changedFields(watchFields, before, current);
			if (fieldChanges) items.push({ ...change.json, changes: fieldChanges as IDataObject });
		}
	} else {
		for (const change of fresh) items.push(change.json);
	}

	if (settings.detectDeletions) {
		const changed = new Set(changes.map(changeId));
		let known: Set<string>;
		if (inventoried && previous.known) {
			known = new Set(inventoried.ids);
			for (const id of previous.known) {
				if (known.has(id) || changed.has(id)) continue;
				if (await stillExists.call(this, inventory, id)) {
					// Missed by a list that changed while it was read: still known. A period that left the
					// window is no longer tracked.
					if (!inventory.windowed) known.add(id);
					continue;
				}
				items.push(deletedItem(inventory, id, now, watchFields, watched?.get(id)));
				watched?.delete(id);
			}
			state.checkedAt = now;
		} else if (inventoried) {
			known = new Set(inventoried.ids);
			state.checkedAt = now;
		} else {
			known = new Set(previous.known);
			state.checkedAt = previous.checkedAt;
		}
		for (const id of changed) known.add(id);
		state.known = encodeIds(known).encoded;
	}
	if (watched) state.watch = encodeWatch(watchFields, watched);
	return { items, state };
}
