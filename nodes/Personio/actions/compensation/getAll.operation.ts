import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, filtersCollection } from '../../../shared/descriptions';
import { maxResults, collectionOf } from '../../../shared/parameters';
import { ENDPOINTS } from '../../../shared/endpoints';
import { paginate } from '../../../shared/transport';
import type { V2ListEndpoint } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';

export const compensations: V2ListEndpoint = {
	listPath: ENDPOINTS.compensations.path,
	pageSize: ENDPOINTS.compensations.pageSize,
};

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Period End',
			name: 'periodEnd',
			type: 'dateTime',
			default: '',
			description:
				'Last day of the period to read. A period longer than a month is read month by month.',
		},
		{
			displayName: 'Period Start',
			name: 'periodStart',
			type: 'dateTime',
			default: '',
			description:
				'First day of the period to read. Without a period Personio returns the current month.',
		},
		{
			displayName: 'Person ID',
			name: 'personId',
			type: 'string',
			default: '',
			description: 'Only compensations of this person',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['compensation'], operation: ['getAll'] } },
	properties,
);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `start`..`end` (inclusive days) cut at calendar month ends: Personio refuses a window longer than a
 * month ("The duration (end_date - start_date) must be equal to or smaller than a month",
 * reference page get_v2-compensations).
 */
export function monthWindows(
	start: string,
	end: string,
): Array<{ start_date: string; end_date: string }> {
	const windows: Array<{ start_date: string; end_date: string }> = [];
	let from = Date.parse(`${start}T00:00:00Z`);
	const last = Date.parse(`${end}T00:00:00Z`);
	while (from <= last) {
		const date = new Date(from);
		const monthEnd = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
		const to = Math.min(monthEnd, last);
		windows.push({ start_date: day(from), end_date: day(to) });
		from = to + 86_400_000;
	}
	return windows;
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const start = check.optionalDate('Filters > Period Start', filters.periodStart);
	const end = check.optionalDate('Filters > Period End', filters.periodEnd);
	if (start && end) check.notBefore('Filters > Period Start', start, 'Filters > Period End', end);
	const person = compact({
		'person.id': filters.personId
			? check.opaqueId('Filters > Person ID', filters.personId)
			: undefined,
	});
	const max = maxResults.call(this, itemIndex);
	const windows =
		start && end ? monthWindows(start, end) : [compact({ start_date: start, end_date: end })];

	// A recurring compensation is listed in every month it runs: each record is returned once.
	const seen = new Set<string>();
	const records: IDataObject[] = [];
	for (const window of windows) {
		const request = { path: compensations.listPath, qs: { ...person, ...window }, itemIndex };
		for await (const page of paginate.call(this, request, {
			style: 'cursor',
			pageSize: compensations.pageSize,
		})) {
			for (const record of page) {
				const id = record.id === undefined || record.id === null ? undefined : String(record.id);
				if (id !== undefined && seen.has(id)) continue;
				if (id !== undefined) seen.add(id);
				records.push(record);
				if (records.length >= max) return records;
			}
		}
	}
	return records;
}
