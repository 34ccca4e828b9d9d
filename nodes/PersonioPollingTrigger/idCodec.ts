/**
 * Compact text encodings for sets of record ids kept in a workflow's static data (JSON, so text only).
 *
 * - Numeric ids (v1 employees): sorted, each stored as the difference to the one before, as a
 *   variable-length quantity in base-64 characters (5 value bits per character, 1 continuation bit).
 *   Ids that follow each other closely cost one character each.
 * - UUIDs (v2 absence and attendance periods): the 128 bits in 22 base-64 characters each, no separator.
 * - Anything else: kept as it is.
 */
export interface EncodedIds {
	/** Numeric ids: sorted differences, variable-length base-64. */
	n?: string;
	/** UUIDs: 22 base-64 characters each, sorted. */
	u?: string;
	/** Ids of no known shape, as they are. */
	o?: string[];
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF: Record<string, number> = {};
for (let i = 0; i < DIGITS.length; i++) VALUE_OF[DIGITS[i]] = i;

const NUMERIC = /^[1-9]\d{0,14}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_CHARS = 22;

/** Appends one non-negative integer: 5 bits per character, lowest first, bit 6 set while more follow. */
export function writeNumber(out: string[], value: number): void {
	let rest = value;
	do {
		const low = rest % 32;
		rest = Math.floor(rest / 32);
		out.push(DIGITS[rest > 0 ? low + 32 : low]);
	} while (rest > 0);
}

/** Reads the numbers `writeNumber` wrote, in order. */
export function readNumbers(text: string): number[] {
	const values: number[] = [];
	let value = 0;
	let scale = 1;
	for (let i = 0; i < text.length; i++) {
		const digit = VALUE_OF[text[i]];
		if (digit === undefined) throw new Error(`Not an encoded number: "${text[i]}"`);
		value += (digit % 32) * scale;
		if (digit >= 32) {
			scale *= 32;
		} else {
			values.push(value);
			value = 0;
			scale = 1;
		}
	}
	return values;
}

function uuidToText(uuid: string): string {
	const hex = `${uuid.replace(/-/g, '')}0`;
	let text = '';
	for (let i = 0; i < hex.length; i += 3) {
		const bits = parseInt(hex.slice(i, i + 3), 16);
		text += DIGITS[bits >> 6] + DIGITS[bits & 63];
	}
	return text;
}

function textToUuid(text: string): string {
	let hex = '';
	for (let i = 0; i < text.length; i += 2) {
		const bits = (VALUE_OF[text[i]] << 6) | VALUE_OF[text[i + 1]];
		hex += bits.toString(16).padStart(3, '0');
	}
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Encodes a set of ids. Returns the encoding and the order `decodeIds` gives them back in (numeric ids
 * ascending, then UUIDs, then the rest), so that values kept per id can be stored in the same order.
 */
export function encodeIds(ids: Iterable<string>): { encoded: EncodedIds; order: string[] } {
	const numbers: number[] = [];
	const uuids: string[] = [];
	const others: string[] = [];
	for (const id of new Set(ids)) {
		if (NUMERIC.test(id)) numbers.push(Number(id));
		else if (UUID.test(id)) uuids.push(uuidToText(id));
		else others.push(id);
	}
	numbers.sort((a, b) => a - b);
	uuids.sort();
	others.sort();
	const encoded: EncodedIds = {};
	if (numbers.length) {
		const out: string[] = [];
		let before = 0;
		for (const number of numbers) {
			writeNumber(out, number - before);
			before = number;
		}
		encoded.n = out.join('');
	}
	if (uuids.length) encoded.u = uuids.join('');
	if (others.length) encoded.o = others;
	return { encoded, order: decodeIds(encoded) };
}

/** The ids of an encoding, in the order described at `encodeIds`. */
export function decodeIds(encoded: EncodedIds | undefined): string[] {
	if (!encoded) return [];
	const ids: string[] = [];
	let value = 0;
	for (const difference of readNumbers(encoded.n ?? '')) {
		value += difference;
		ids.push(String(value));
	}
	const uuids = encoded.u ?? '';
	for (let i = 0; i + UUID_CHARS <= uuids.length; i += UUID_CHARS)
		ids.push(textToUuid(uuids.slice(i, i + UUID_CHARS)));
	for (const other of encoded.o ?? []) ids.push(other);
	return ids;
}

export function isEncodedIds(value: unknown): value is EncodedIds {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { n, u, o } = value as EncodedIds;
	return (
		(n === undefined || typeof n === 'string') &&
		(u === undefined || typeof u === 'string') &&
		(o === undefined || (Array.isArray(o) && o.every((id) => typeof id === 'string')))
	);
}
