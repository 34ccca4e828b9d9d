import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { attendancePeriods } from '../../../shared/attendancePeriods';
import { personioRequest } from '../../../shared/transport';
import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator, isBlank } from '../../../shared/validation';
import {
	checkSpan,
	dateTimeOf,
	localDateTime,
	periodBody,
	periodFields,
	skipApprovalField,
} from './fields';
import { personLocator } from '../common.descriptions';
import { personIdOf } from '../common.parameters';
import { additionalFieldsCollection } from '../../../shared/descriptions';
import { collectionOf } from '../../../shared/parameters';

const pick = (name: string, overrides: Partial<INodeProperties> = {}): INodeProperties => ({
	...periodFields.find((field) => field.name === name)!,
	...overrides,
});

/** A day's worth of minutes: no single period is longer (Personio's "Period time range too long"). */
const MAX_DURATION_MINUTES = 24 * 60;

const properties: INodeProperties[] = [
	personLocator(),
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'WORK',
		options: [
			{ name: 'Work', value: 'WORK' },
			{
				name: 'Break',
				value: 'BREAK',
				description: 'A break is a period of its own, with its own start and end',
			},
		],
	},
	{
		displayName: 'Recorded As',
		name: 'recordedAs',
		type: 'options',
		default: 'startEnd',
		options: [
			{
				name: 'Start and End',
				value: 'startEnd',
				description: 'A period with a start and, once it is over, an end',
			},
			{
				name: 'Duration Only',
				value: 'duration',
				description: 'Time on a day without start or end, for accounts that track durations only',
			},
		],
	},
	pick('start', { required: true, displayOptions: { show: { recordedAs: ['startEnd'] } } }),
	{
		displayName: 'Duration (Minutes)',
		name: 'duration',
		type: 'number',
		default: 60,
		required: true,
		typeOptions: { minValue: 1, maxValue: MAX_DURATION_MINUTES },
		description: 'How long the person worked (or took a break), in whole minutes',
		displayOptions: { show: { recordedAs: ['duration'] } },
	},
	{
		displayName: 'Attribution Date',
		name: 'attributionDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'The day the time counts for',
		displayOptions: { show: { recordedAs: ['duration'] } },
	},
	skipApprovalField,
	additionalFieldsCollection([
		pick('comment'),
		pick('end', {
			description: `${pick('end').description} Leave out for an open period (still running).`,
		}),
		pick('projectId'),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['attendance'], operation: ['create'] } },
	properties,
);

/**
 * A period recorded as a duration: `duration` and `attribution_date` instead of `start` and `end`
 * (changelog "attendance API additions related to duration-only time tracking"). Not confirmed on a
 * reference page: `duration` as whole minutes and `attribution_date` as YYYY-MM-DD.
 */
function durationBody(
	this: IExecuteFunctions,
	itemIndex: number,
	check: InputValidator,
	additional: IDataObject,
): IDataObject {
	if (!isBlank(additional.end))
		check.fail(
			'Additional Fields > End',
			'left out for a period recorded as a duration: Personio takes a start and end or a duration, not both',
			additional.end,
		);
	const duration = check.number(
		'Duration (Minutes)',
		this.getNodeParameter('duration', itemIndex),
		{
			min: 1,
			max: MAX_DURATION_MINUTES,
		},
	);
	if (!Number.isInteger(duration)) check.fail('Duration (Minutes)', 'whole minutes', duration);
	return {
		duration,
		attribution_date: check.date(
			'Attribution Date',
			this.getNodeParameter('attributionDate', itemIndex, ''),
		),
	};
}

/** Answers 201 with the new period's `id` and the `affected_periods` Personio changed with it. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const personId = personIdOf.call(this, itemIndex);
	const type = check.oneOf('Type', this.getNodeParameter('type', itemIndex, 'WORK'), [
		'WORK',
		'BREAK',
	]);
	const additional = collectionOf.call(this, 'additionalFields', itemIndex);
	const recordedAs = check.oneOf(
		'Recorded As',
		this.getNodeParameter('recordedAs', itemIndex, 'startEnd'),
		['startEnd', 'duration'],
	);
	let when: IDataObject;
	if (recordedAs === 'duration') {
		when = durationBody.call(this, itemIndex, check, additional);
	} else {
		when = {
			start: {
				date_time: localDateTime(check, 'Start', this.getNodeParameter('start', itemIndex, '')),
			},
		};
	}
	const period = periodBody(check, additional, 'Additional Fields > ');
	if (when.start && period.end)
		checkSpan(
			check,
			'Start',
			dateTimeOf(when.start),
			'Additional Fields > End',
			dateTimeOf(period.end),
		);
	if (type === 'BREAK' && period.project) {
		check.fail(
			'Additional Fields > Project',
			'left out for a break: only work periods can have a project',
			additional.projectId,
		);
	}
	const skipApproval = this.getNodeParameter('skipApproval', itemIndex, false);
	if (typeof skipApproval !== 'boolean') check.fail('Skip Approval', 'true or false', skipApproval);
	const response = await personioRequest.call(this, {
		method: 'POST',
		path: attendancePeriods.listPath,
		qs: { skip_approval: skipApproval },
		body: { person: { id: personId }, type, ...when, ...period },
		itemIndex,
	});
	return withoutMeta(response);
}
