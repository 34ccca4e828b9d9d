import type { IDataObject } from 'n8n-workflow';

/**
 * The polling cursor. Pure functions over plain JSON so the whole state lives in the workflow's
 * static data (nothing in process memory: several queue-mode workers may run the polls).
 *
 * - `mark`: the high-water mark, the newest change time (ms) known to be fully read.
 * - `seen`: `key@time` → time of every record emitted (or baselined) within `OVERLAP_MS` before the
 *   mark and after it. The next poll asks Personio again from `mark - OVERLAP_MS`, so a record that
 *   became visible late, or shares its timestamp with the mark, is still found, and `seen` drops what
 *   was already emitted.
 */
export interface CursorState {
	/** Which event the state belongs to; another event starts from scratch. */
	event: string;
	mark: number;
	seen: Record<string, number>;
	/** When the mark was last held back (see `advance`). */
	heldSince?: number;
}

/** One change found in Personio. */
export interface Change {
	/** Unique per record across the feeds of one event, e.g. `time-off:17`. */
	key: string;
	/** The change time that defines the event (created_at or updated_at), in ms. */
	time: number;
	json: IDataObject;
}

/** How far back each poll re-reads before the mark. */
export const OVERLAP_MS = 5 * 60_000;
/** A change this close to the poll's start may have moved records between pages while they were read. */
export const IN_FLIGHT_MS = 60_000;
/** The mark is never held back longer than this, so a busy account cannot grow the window forever. */
export const MAX_HOLD_MS = 60 * 60_000;

const keyOf = (change: Change) => `${change.key}@${change.time}`;

export function isCursorState(value: IDataObject, event: string): boolean {
	return (
		value.event === event &&
		typeof value.mark === 'number' &&
		typeof value.seen === 'object' &&
		value.seen !== null
	);
}

/** Where the next request must start. */
export function queryFrom(state: CursorState): number {
	return state.mark - OVERLAP_MS;
}

/**
 * First activation: everything that already exists is "seen", the mark is the poll's start, and
 * nothing is emitted.
 */
export function baseline(event: string, changes: Change[], pollStart: number): CursorState {
	const seen: Record<string, number> = {};
	for (const change of changes)
		if (change.time >= pollStart - OVERLAP_MS) seen[keyOf(change)] = change.time;
	return { event, mark: pollStart, seen };
}

/**
 * Picks the changes not emitted before (oldest first) and moves the cursor.
 *
 * The mark moves to the newest change read, but never past the poll's start: a record changed while
 * the pages were being read is read again next time. When a change happened during the poll (or the
 * read was cut short by the poll's time budget), pages may have shifted under the offset pagination,
 * so the mark stays where it was and the next poll re-reads the same range; `seen` keeps that from
 * emitting anything twice. The hold ends after `MAX_HOLD_MS`.
 */
export function advance(
	state: CursorState,
	changes: Change[],
	pollStart: number,
	complete = true,
): { fresh: Change[]; state: CursorState } {
	const from = queryFrom(state);
	const seen = { ...state.seen };
	const fresh: Change[] = [];
	let newest = state.mark;
	let inFlight = !complete;
	for (const change of [...changes].sort((a, b) => a.time - b.time || a.key.localeCompare(b.key))) {
		if (change.time < from) continue;
		if (change.time >= pollStart - IN_FLIGHT_MS) inFlight = true;
		newest = Math.max(newest, change.time);
		const key = keyOf(change);
		if (seen[key] !== undefined) continue;
		seen[key] = change.time;
		fresh.push(change);
	}

	const heldSince = state.heldSince ?? pollStart;
	const hold = inFlight && pollStart - heldSince < MAX_HOLD_MS;
	const mark = hold ? state.mark : Math.max(state.mark, Math.min(newest, pollStart));
	for (const [key, time] of Object.entries(seen)) if (time < mark - OVERLAP_MS) delete seen[key];
	const next: CursorState = { event: state.event, mark, seen };
	if (hold) next.heldSince = heldSince;
	return { fresh, state: next };
}

/** Reads Personio's timestamps: ISO strings (with `+0100` or `+01:00`), `{date}`/`{date-time}` objects, `{value}` wrappers. */
export function toMillis(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'object') {
		const object = value as IDataObject;
		return toMillis(object['date-time'] ?? object.date_time ?? object.date ?? object.value);
	}
	const text = String(value)
		.trim()
		.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : parsed;
}
