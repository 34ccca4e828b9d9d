import type { IExecuteFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks that run before any request. Each names the field in the words of the node's UI and
 * says what was expected.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class InputValidator {
	constructor(
		private readonly node: INode,
		private readonly itemIndex: number,
	) {}

	static for(context: IExecuteFunctions, itemIndex: number): InputValidator {
		return new InputValidator(context.getNode(), itemIndex);
	}

	fail(field: string, expected: string, value?: unknown): never {
		const got = value === undefined ? '' : `; got ${describe(value)}`;
		throw new NodeOperationError(this.node, `${field} must be ${expected}${got}`, {
			itemIndex: this.itemIndex,
			description: `Check the "${field}" field of the node (item ${this.itemIndex}).`,
		});
	}

	required(field: string, value: unknown): string {
		if (value instanceof Date)
			value = Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
		if (Array.isArray(value) || isPlainObject(value))
			this.fail(field, 'a single value, not a list or object', value);
		const text = value === undefined || value === null ? '' : String(value).trim();
		if (text === '') this.fail(field, 'set', value === '' ? undefined : value);
		return text;
	}

	/** Personio's integer ids (employees, time-offs, attendances, projects, ...). */
	integerId(field: string, value: unknown): number {
		const text = this.required(field, value);
		if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
			this.fail(field, 'a positive whole number (a Personio ID)', value);
		}
		return Number(text);
	}

	/** v2 ids are opaque strings; only characters that could change a URL path are refused. */
	opaqueId(field: string, value: unknown): string {
		if (typeof value === 'boolean') this.fail(field, 'an ID, not true/false', value);
		const text = this.required(field, value);
		if (!/^[A-Za-z0-9._:-]+$/.test(text) || text === '.' || text === '..') {
			this.fail(field, 'an ID made of letters, digits, dots, colons, dashes or underscores', value);
		}
		return text;
	}

	uuid(field: string, value: unknown): string {
		const text = this.required(field, value);
		if (!UUID.test(text))
			this.fail(field, 'a UUID such as 3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c', value);
		return text;
	}

	email(field: string, value: unknown): string {
		const text = this.required(field, value);
		if (text.length > 255 || !EMAIL.test(text)) this.fail(field, 'a valid email address', value);
		return text;
	}

	/** Accepts YYYY-MM-DD or an ISO date-time (n8n's date picker) and returns YYYY-MM-DD. */
	date(field: string, value: unknown): string {
		const text = this.required(field, value);
		const day = text.slice(0, 10);
		const match = DATE.exec(day);
		if (!match || !DATE_TIME.test(text)) this.fail(field, 'a date as YYYY-MM-DD', value);
		if (!isCalendarDay(match![0])) this.fail(field, 'a real calendar date as YYYY-MM-DD', value);
		if (text.length > 10 && Number.isNaN(Date.parse(text)))
			this.fail(field, 'a date as YYYY-MM-DD (or a valid date-time)', value);
		return day;
	}

	optionalDate(field: string, value: unknown): string | undefined {
		return isBlank(value) ? undefined : this.date(field, value);
	}

	dateTime(field: string, value: unknown): string {
		const text = this.required(field, value);
		if (!DATE_TIME.test(text) || Number.isNaN(Date.parse(text))) {
			this.fail(field, 'a date-time such as 2024-05-01T09:00:00Z', value);
		}
		// Date.parse rolls 2024-02-30 over into March.
		if (!isCalendarDay(text.slice(0, 10)))
			this.fail(field, 'a date-time on a real calendar day', value);
		return text;
	}

	optionalDateTime(field: string, value: unknown): string | undefined {
		return isBlank(value) ? undefined : this.dateTime(field, value);
	}

	/** A v1 date-time filter, sent as `v1DateTime` does: an offset such as n8n's `+02:00` shifts the time. */
	optionalUtcDateTime(field: string, value: unknown): string | undefined {
		const moment = this.optionalDateTime(field, value);
		return moment === undefined ? undefined : v1DateTime(moment);
	}

	time(field: string, value: unknown): string {
		const text = this.required(field, value);
		if (!TIME.test(text)) this.fail(field, 'a time as HH:mm (24-hour clock)', value);
		return text;
	}

	notBefore(startField: string, start: string, endField: string, end: string): void {
		if (end < start) this.fail(endField, `on or after ${startField} (${start})`, end);
	}

	notInFuture(field: string, day: string): void {
		if (day > new Date().toISOString().slice(0, 10)) this.fail(field, 'today or a past date', day);
	}

	maxLength(field: string, value: string, max: number): string {
		if (value.length > max)
			this.fail(field, `at most ${max} characters long`, `${value.length} characters`);
		return value;
	}

	number(field: string, value: unknown, { min, max }: { min?: number; max?: number } = {}): number {
		const number = typeof value === 'number' ? value : Number(String(value ?? '').trim() || NaN);
		if (!Number.isFinite(number)) this.fail(field, 'a number', value);
		if (min !== undefined && number < min) this.fail(field, `at least ${min}`, value);
		if (max !== undefined && number > max) this.fail(field, `at most ${max}`, value);
		return number;
	}

	oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
		const text = this.required(field, value);
		if (!allowed.includes(text as T)) this.fail(field, `one of ${allowed.join(', ')}`, value);
		return text as T;
	}

	/**
	 * A list of v2 ids given as an array or a comma-separated string, sent comma-separated as the v2
	 * `*.id` filters take them; undefined when none is given.
	 */
	opaqueIds(field: string, value: unknown): string | undefined {
		if (isBlank(value) || (Array.isArray(value) && !value.length)) return undefined;
		const parts = Array.isArray(value) ? value : String(value).split(',');
		return parts.map((part) => this.opaqueId(field, String(part).trim())).join(',');
	}

	/** A list of integer ids given as an array or a comma-separated string. */
	integerIds(field: string, value: unknown): number[] {
		if (isBlank(value)) return [];
		const parts = Array.isArray(value) ? value : String(value).split(',');
		return parts.map((part) => this.integerId(field, String(part).trim()));
	}
}

function isCalendarDay(day: string): boolean {
	const match = DATE.exec(day);
	if (!match) return false;
	const [, year, month, date] = match.map(Number);
	const parsed = new Date(Date.UTC(year, month - 1, date));
	return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

function isPlainObject(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const prototype = Object.getPrototypeOf(value) as unknown;
	return prototype === Object.prototype || prototype === null;
}

/**
 * A moment for Personio v1 date-time parameters: UTC to the second with an explicit `+00:00`, the form
 * of v1's own `updated_at` values that `updated_from` is documented to take ("Same format as
 * updated_at", e.g. `2017-01-17T16:41:08+00:00`). Without an offset Personio would read the time in
 * the company's zone. The transport sends the `+` percent-encoded.
 */
export function v1DateTime(moment: number | string): string {
	return `${new Date(moment).toISOString().slice(0, 19)}+00:00`;
}

export function isBlank(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

function describe(value: unknown): string {
	if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
	if (typeof value === 'object') return JSON.stringify(value)?.slice(0, 60) ?? String(value);
	return String(value);
}
