import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { attendancePeriods } from '../../../shared/attendancePeriods';
import { personioRequest } from '../../../shared/transport';
import { withoutMeta } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
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
	pick('start', { required: true }),
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

/** Answers 201 with the new period's `id` and the `affected_periods` Personio changed with it. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const personId = personIdOf.call(this, itemIndex);
	const type = check.oneOf('Type', this.getNodeParameter('type', itemIndex, 'WORK'), [
		'WORK',
		'BREAK',
	]);
	const additional = collectionOf.call(this, 'additionalFields', itemIndex);
	const start = {
		date_time: localDateTime(check, 'Start', this.getNodeParameter('start', itemIndex, '')),
	};
	const period = periodBody(check, additional, 'Additional Fields > ');
	if (period.end)
		checkSpan(check, 'Start', start.date_time, 'Additional Fields > End', dateTimeOf(period.end));
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
		body: { person: { id: personId }, type, start, ...period },
		itemIndex,
	});
	return withoutMeta(response);
}
