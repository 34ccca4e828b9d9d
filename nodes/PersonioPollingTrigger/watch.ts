import type { IDataObject } from 'n8n-workflow';

import { simplifyRecord } from '../shared/simplify';
import type { EncodedIds } from './idCodec';
import { decodeIds, encodeIds, isEncodedIds, readNumbers, writeNumber } from './idCodec';

/**
 * The last known values of the watched fields of every employee, kept small: per field a dictionary
 * of the distinct values (as JSON text), and per employee (in the order of the encoded ids) one
 * dictionary index per field, as variable-length base-64 numbers.
 */
export interface WatchState {
	fields: string[];
	ids: EncodedIds;
	/** Per field, its distinct values as JSON text. */
	values: string[][];
	/** Per employee, per field: the index of its value in `values`. */
	rows: string;
}

/** Known values: employee id → JSON text of each watched field's value, in field order. */
export type WatchedValues = Map<string, string[]>;

export interface FieldChange {
	previous: unknown;
	current: unknown;
}

/** A watched field of a record, as plain JSON text (v1 `{label, value}` wrappers unwrapped). */
export function watchedValue(record: IDataObject, field: string): string {
	const attributes = (record.attributes as IDataObject | undefined) ?? record;
	const plain = simplifyRecord({ type: 'Employee', attributes: { [field]: attributes[field] } });
	return JSON.stringify(plain[field] ?? null);
}

export function watchedValues(record: IDataObject, fields: string[]): string[] {
	return fields.map((field) => watchedValue(record, field));
}

export function encodeWatch(fields: string[], known: WatchedValues): WatchState {
	const { encoded, order } = encodeIds(known.keys());
	const dictionaries = fields.map(() => new Map<string, number>());
	const out: string[] = [];
	for (const id of order) {
		const values = known.get(id)!;
		fields.forEach((_, f) => {
			const dictionary = dictionaries[f];
			let index = dictionary.get(values[f]);
			if (index === undefined) {
				index = dictionary.size;
				dictionary.set(values[f], index);
			}
			writeNumber(out, index);
		});
	}
	return {
		fields,
		ids: encoded,
		values: dictionaries.map((dictionary) => [...dictionary.keys()]),
		rows: out.join(''),
	};
}

export function decodeWatch(state: WatchState): WatchedValues {
	const ids = decodeIds(state.ids);
	const indexes = readNumbers(state.rows);
	const known: WatchedValues = new Map();
	const width = state.fields.length;
	ids.forEach((id, row) => {
		known.set(
			id,
			state.fields.map((_, f) => state.values[f][indexes[row * width + f]] ?? 'null'),
		);
	});
	return known;
}

export function isWatchState(value: unknown): value is WatchState {
	if (typeof value !== 'object' || value === null) return false;
	const state = value as WatchState;
	return (
		Array.isArray(state.fields) &&
		isEncodedIds(state.ids) &&
		Array.isArray(state.values) &&
		typeof state.rows === 'string'
	);
}

export const sameFields = (a: string[], b: string[]) =>
	a.length === b.length && a.every((field, i) => field === b[i]);

/** The watched fields whose value differs, with the value before and after. */
export function changedFields(
	fields: string[],
	previous: string[],
	current: string[],
): Record<string, FieldChange> | undefined {
	let changes: Record<string, FieldChange> | undefined;
	fields.forEach((field, f) => {
		if (previous[f] === current[f]) return;
		changes ??= {};
		changes[field] = {
			previous: JSON.parse(previous[f]) as unknown,
			current: JSON.parse(current[f]) as unknown,
		};
	});
	return changes;
}
