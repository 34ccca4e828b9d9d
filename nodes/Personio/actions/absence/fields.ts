import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import type { V2ListEndpoint } from '../../../shared/v2Reads';
import type { InputValidator } from '../../../shared/validation';
import { isBlank } from '../../../shared/validation';

/** `GET /v2/absence-periods[/{id}]`: `limit` 1-100 (reference page get_v2-absence-periods). */
export const absencePeriods: V2ListEndpoint = {
	listPath: ENDPOINTS.absencePeriods.path,
	itemPath: ENDPOINTS.absencePeriod.path,
	pageSize: ENDPOINTS.absencePeriods.pageSize,
};

/** `GET /v2/absence-periods/{id}/breakdowns`: one entry per day, `limit` 1-28 (reference page
 * get_v2-absence-periods-id-breakdowns). */
export const absenceBreakdowns: V2ListEndpoint = {
	listPath: ENDPOINTS.absencePeriodBreakdowns.path,
	pageSize: ENDPOINTS.absencePeriodBreakdowns.pageSize,
};

/** A moment as the absence list filters take it: `YYYY-MM-DDTHH:mm:ss`, UTC clock, no `Z`. */
export function withoutOffset(moment: string | number): string {
	return new Date(moment).toISOString().slice(0, 19);
}

export const absenceIdField: INodeProperties = {
	displayName: 'Absence ID',
	name: 'absenceId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '9bba303f-0fbc-4514-9958-0befa21923fb',
	description: 'The UUID of the absence period (day- or hour-based), as Get Many returns it',
};

export function absenceId(
	this: IExecuteFunctions,
	check: InputValidator,
	itemIndex: number,
): string {
	return check.uuid('Absence ID', this.getNodeParameter('absenceId', itemIndex));
}

/**
 * v2 writes ask for approval unless `skip_approval=true` is sent (reference pages post_v2-absence-periods,
 * patch_v2-absence-periods-id). On by default, as the v1 Create this replaces skipped approval.
 */
export const skipApprovalField: INodeProperties = {
	displayName: 'Skip Approval',
	name: 'skipApproval',
	type: 'boolean',
	default: true,
	description:
		"Whether to record the absence without Personio's approval flow. Turn this off to start the approval flow set for the absence type (status pending).",
};

export function skipApprovalOf(this: IExecuteFunctions, check: InputValidator, itemIndex: number) {
	const skipApproval = this.getNodeParameter('skipApproval', itemIndex, true);
	if (typeof skipApproval !== 'boolean') check.fail('Skip Approval', 'true or false', skipApproval);
	return skipApproval;
}

/** Fields of a period that Create and Update share (Update offers them all as optional). */
export const periodOptions: INodeProperties[] = [
	{ displayName: 'Comment', name: 'comment', type: 'string', default: '' },
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'string',
		default: '',
		placeholder: '17:00',
		description:
			'For an absence type counted in hours: when the absence ends on End Date, as HH:mm',
	},
	{
		displayName: 'Half Day End',
		name: 'halfDayEnd',
		type: 'boolean',
		default: false,
		description: 'Whether only the first half of the last day is taken off',
	},
	{
		displayName: 'Half Day Start',
		name: 'halfDayStart',
		type: 'boolean',
		default: false,
		description: 'Whether only the second half of the first day is taken off',
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'string',
		default: '',
		placeholder: '09:00',
		description:
			'For an absence type counted in hours: when the absence starts on Start Date, as HH:mm',
	},
	{
		displayName: 'Substitute ID',
		name: 'substituteId',
		type: 'string',
		default: '',
		placeholder: '123456',
		description:
			'The person covering for the absent one, if the absence type allows substitutes. Set it to "none" to remove a substitute.',
	},
];

/** The parts of a period an operation was given; absent ones are left out. */
export interface PeriodInput {
	startDate?: unknown;
	endDate?: unknown;
	/** Create: a blank End Date is an open-ended absence (`ends_at: null`). */
	openEnded?: boolean;
	fields: IDataObject;
	/** Where the other fields are: `Additional Fields > ` or `Update Fields > `. */
	prefix: string;
	/** Where Start Date and End Date are. */
	datePrefix: string;
}

/**
 * `starts_from` / `ends_at` as Personio's write pages describe them: `date_time` is a local date-time in
 * the person's time zone with no offset ("No timezone offset should be included (e.g no "+00:00" or "Z"
 * suffix)", https://developer.personio.de/reference/post_v2-absence-periods). A half day is `type`
 * FIRST_HALF / SECOND_HALF: the write page refers to the AbsencePeriod response for these sub-fields, and
 * only its opening could be read, so the half-day values come from the response the sandbox renders and
 * PK-Consulting/n8n-nodes-personio-hr (unconfirmed, see docs/absences-v1-v2.md). `type` is sent only for a
 * half day, so a full-day or hourly absence relies on `date_time` alone.
 */
export function periodBody(check: InputValidator, input: PeriodInput): IDataObject {
	const { fields, prefix } = input;
	const start = `${input.datePrefix}Start Date`;
	const end = `${input.datePrefix}End Date`;
	const startDay = check.optionalDate(start, input.startDate);
	const endDay = check.optionalDate(end, input.endDate);
	if (startDay && endDay) check.notBefore(start, startDay, end, endDay);
	const startTime = isBlank(fields.startTime)
		? undefined
		: check.time(`${prefix}Start Time`, fields.startTime);
	const endTime = isBlank(fields.endTime)
		? undefined
		: check.time(`${prefix}End Time`, fields.endTime);
	if (startTime && !startDay) check.fail(start, `set when ${prefix}Start Time is set`);
	if (endTime && !endDay) check.fail(end, `set when ${prefix}End Time is set`);
	if (fields.halfDayStart && startTime)
		check.fail(`${prefix}Half Day Start`, `off when ${prefix}Start Time is set`);
	if (fields.halfDayEnd && endTime)
		check.fail(`${prefix}Half Day End`, `off when ${prefix}End Time is set`);
	if (startDay && startDay === endDay && startTime && !endTime)
		check.fail(`${prefix}End Time`, `set when ${prefix}Start Time is set on a single-day absence`);
	if (startDay && startDay === endDay && startTime && endTime && endTime <= startTime)
		check.fail(`${prefix}End Time`, `after ${prefix}Start Time (${startTime})`, endTime);
	// Since 2025-01-24 Personio answers 400 "Both half day start and half day end are true for a
	// single-day period" (changelog "Absence Period Creation Update").
	if (startDay && startDay === endDay && fields.halfDayStart && fields.halfDayEnd) {
		check.fail(
			`${prefix}Half Day End`,
			`off when ${prefix}Half Day Start is on for a single-day absence (Personio refuses both; for a full day leave both off)`,
		);
	}
	const body: IDataObject = {};
	if (startDay) {
		body.starts_from = {
			date_time: `${startDay}T${startTime ?? '00:00'}:00`,
			...(fields.halfDayStart ? { type: 'SECOND_HALF' } : {}),
		};
	} else if (fields.halfDayStart) check.fail(start, `set when ${prefix}Half Day Start is on`);
	if (endDay) {
		body.ends_at = {
			date_time: `${endDay}T${endTime ?? '00:00'}:00`,
			...(fields.halfDayEnd ? { type: 'FIRST_HALF' } : {}),
		};
	} else if (fields.halfDayEnd) check.fail(end, `set when ${prefix}Half Day End is on`);
	else if (input.openEnded) body.ends_at = null;
	if (!isBlank(fields.comment)) body.comment = String(fields.comment);
	const substitute = fields.substituteId;
	if (typeof substitute === 'string' && substitute.trim().toLowerCase() === 'none')
		body.substitute = null;
	else if (!isBlank(substitute))
		body.substitute = { id: check.opaqueId(`${prefix}Substitute ID`, substitute) };
	return body;
}

/**
 * Personio answers 409 when the absence overlaps another one, when the person is substituting for someone
 * in that time, or when the substitute cannot cover (reference page post_v2-absence-periods: "409 Absence
 * period conflict", "409 Requesting absence while substituting", "409 Substitute is invalid").
 */
function conflictOf(message: string): string {
	if (/while substituting/i.test(message))
		return 'the person stands in as a substitute for someone else in this time';
	if (/substitute/i.test(message)) return 'the substitute cannot cover this absence';
	return 'it overlaps another absence of this person';
}

export async function explainingConflicts<T>(request: () => Promise<T>): Promise<T> {
	return await request().catch((error: unknown) => {
		if (error instanceof NodeApiError && String(error.httpCode) === '409') {
			const personio = error.message;
			const said = `${personio} ${error.description ?? ''}`;
			error.message = `The absence conflicts with Personio's records: ${conflictOf(said)} (Personio: "${personio}")`;
		}
		throw error;
	});
}
