import type { INodeProperties } from 'n8n-workflow';

import { DELETION_WINDOW_DAYS } from './inventory';

const SYNC_EVENTS = ['employeeUpdated', 'absenceChanged', 'attendanceChanged'];

/** First poll, deletions and watched fields: for keeping another system in step with Personio. */
export const syncFields: INodeProperties[] = [
	{
		displayName: 'First Poll',
		name: 'firstPoll',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { event: SYNC_EVENTS } },
		options: [
			{
				name: 'Only Remember What Exists',
				value: 'baseline',
				description: 'The first poll after activation emits nothing; later polls emit what changed',
			},
			{
				name: 'Emit Every Existing Record',
				value: 'emitAll',
				description: `The first poll emits every employee (absences and attendances: every period ending within the last ${DELETION_WINDOW_DAYS} days or later), the initial load of a mirror`,
			},
		],
		default: 'baseline',
	},
	{
		displayName: 'Detect Deletions',
		name: 'detectDeletions',
		type: 'boolean',
		displayOptions: { show: { event: SYNC_EVENTS } },
		default: false,
		description:
			'Whether to also emit records deleted in Personio, as { ID, kind, deleted: true, noticedAt }. The node lists the IDs Personio has and compares them with the IDs it knows.',
	},
	{
		displayName: 'Check for Deletions',
		name: 'deletionCheck',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { event: SYNC_EVENTS, detectDeletions: [true] } },
		options: [
			{ name: 'Every Poll', value: 'everyPoll' },
			{ name: 'Hourly', value: 'hourly' },
			{ name: 'Daily', value: 'daily' },
		],
		default: 'hourly',
		description: `How often every ID is listed (employees: 100 per request, paced to Personio's 300 requests per minute). Absences and attendances are compared only among periods ending within the last ${DELETION_WINDOW_DAYS} days or later: a period that leaves this window, or that the list stops showing, is read once by its ID and only counts as deleted when Personio answers 404.`,
	},
	{
		displayName: 'Watch Field Names or IDs',
		name: 'watchFields',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getEmployeeAttributes' },
		displayOptions: { show: { event: ['employeeUpdated'] } },
		default: [],
		description:
			'Emit an employee only when one of these attributes changed, with changes: { field: { previous, current } }. The first poll only remembers the values. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];
