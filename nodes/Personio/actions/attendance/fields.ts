import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputValidator, isBlank } from '../../../shared/validation';
import { projectLocator } from '../common.descriptions';
import { locatorValue } from '../common.parameters';

export const attendanceIdField: INodeProperties = {
	displayName: 'Attendance ID',
	name: 'attendanceId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'bd242cd1-5116-41a0-99aa-c12af4837c81',
	description: 'ID of the attendance period (a UUID)',
};

export function attendanceIdOf(this: IExecuteFunctions, itemIndex: number): string {
	return InputValidator.for(this, itemIndex).opaqueId(
		'Attendance ID',
		this.getNodeParameter('attendanceId', itemIndex),
	);
}

const LOCAL_TIME_HINT =
	"The person's local clock time: Personio stores no time zone, so an offset given is dropped and the clock time kept";

export const skipApprovalField: INodeProperties = {
	displayName: 'Skip Approval',
	name: 'skipApproval',
	type: 'boolean',
	default: false,
	description:
		"Whether to record the change without Personio's approval flow. Off by default, as in Personio's v2 API: " +
		"the period then waits for approval when the person's attendance settings ask for it.",
};

/** Start, End, Comment and Project of a period, as create (except start) and update offer them. */
export const periodFields: INodeProperties[] = [
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		default: '',
		description: 'At most 1000 characters',
	},
	{
		displayName: 'End',
		name: 'end',
		type: 'dateTime',
		default: '',
		description: `When the period ends; may be on the next day. ${LOCAL_TIME_HINT}.`,
	},
	projectLocator({
		required: false,
		description: 'An active project to book the work on; breaks have none',
	}),
	{
		displayName: 'Start',
		name: 'start',
		type: 'dateTime',
		default: '',
		description: `When the period starts. ${LOCAL_TIME_HINT}.`,
	},
];

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?)?/;

/**
 * Personio's attendance date-times are the person's wall clock, `YYYY-MM-DDTHH:mm:ss` without a zone
 * (Personio's "Create an attendance period" reference; gyopiazza/personio-mcp sends the same).
 */
export function localDateTime(check: InputValidator, field: string, value: unknown): string {
	const text = check.dateTime(field, value);
	const [, day, clock, seconds] = LOCAL_DATE_TIME.exec(text)!;
	return `${day}T${clock ?? '00:00'}${seconds ?? ':00'}`;
}

export const dateTimeOf = (value: unknown) => String((value as IDataObject).date_time);

const MAX_PERIOD_MS = 24 * 3_600_000;

/**
 * Refuses what Personio would answer 422 for: an end not after the start, or a period longer than 24 hours
 * ("Period time range too long"; the 24-hour bound from gyopiazza/personio-mcp and toasternet/delegaize).
 */
export function checkSpan(
	check: InputValidator,
	startField: string,
	start: string,
	endField: string,
	end: string,
): void {
	const length = Date.parse(`${end}Z`) - Date.parse(`${start}Z`);
	if (length <= 0) check.fail(endField, `after ${startField} (${start})`, end);
	if (length > MAX_PERIOD_MS)
		check.fail(endField, `at most 24 hours after ${startField} (${start})`, end);
}

/** The fields of a period that are set, in Personio's shape: `{date_time}` and `{id}` objects. */
export function periodBody(
	check: InputValidator,
	fields: IDataObject,
	prefix: string,
): IDataObject {
	const body: IDataObject = {};
	if (!isBlank(fields.start))
		body.start = { date_time: localDateTime(check, `${prefix}Start`, fields.start) };
	if (!isBlank(fields.end))
		body.end = { date_time: localDateTime(check, `${prefix}End`, fields.end) };
	if (body.start && body.end) {
		checkSpan(
			check,
			`${prefix}Start`,
			dateTimeOf(body.start),
			`${prefix}End`,
			dateTimeOf(body.end),
		);
	}
	if (fields.comment !== undefined && fields.comment !== '') {
		if (typeof fields.comment === 'object') check.fail(`${prefix}Comment`, 'text', fields.comment);
		body.comment = check.maxLength(`${prefix}Comment`, String(fields.comment), 1000);
	}
	const project = locatorValue(fields.projectId);
	if (!isBlank(project)) body.project = { id: check.opaqueId(`${prefix}Project`, project) };
	return body;
}
