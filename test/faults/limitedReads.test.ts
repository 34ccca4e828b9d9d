/**
 * Issue 12: a read with a finite Limit of a v1 list that changes while it is read. The answer must be
 * the first N records of the list as it stands, nothing in between skipped and nothing twice, on
 * record-offset (employees) and page-offset (time-offs) lists. Rows go to test/artifacts/faults-limits.md.
 */
import { Personio } from '../../nodes/Personio/Personio.node';
import type { Pagination } from '../../nodes/shared/transport';
import { personioRequestAllItems } from '../../nodes/shared/transport';
import { executeContext, fastRetries } from '../helpers/harness';
import {
	closeSandbox,
	currentSandbox,
	freshSandbox,
	onRequest,
	openSandbox,
	sandboxCredentials,
} from './lab';
import { describeOutcome, measure, requestSummary, rows, writeTable } from './labTable';
import type { Json } from '../helpers/json';

jest.setTimeout(60_000);

beforeAll(async () => {
	fastRetries();
	await openSandbox();
});

afterAll(async () => {
	await closeSandbox();
	if (rows.length) {
		const table = writeTable('faults-limits.md');
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
		process.stdout.write(
			`\nLimited reads of changing lists (also in test/artifacts/faults-limits.md):\n\n${table}\n\n`,
		);
	}
});

interface ListUnderTest {
	name: string;
	route: string;
	path: string;
	pagination: Pagination;
	records: (db: Json) => Array<{ id: number }>;
	idOf: (record: Json) => string;
}

const lists: ListUnderTest[] = [
	{
		name: 'employees (record offsets, pages of 100)',
		route: 'GET /v1/company/employees',
		path: '/v1/company/employees',
		pagination: { style: 'offset', offset: 'record', pageSize: 100 },
		records: (db) => db.employees,
		idOf: (record) => String(record.attributes?.id?.value ?? record.attributes?.id),
	},
	{
		name: 'time-offs (page offsets, pages of 100)',
		route: 'GET /v1/company/time-offs',
		path: '/v1/company/time-offs',
		pagination: { style: 'offset', offset: 'page', pageSize: 100 },
		records: (db) => db.timeOffs,
		idOf: (record) => String(record.attributes?.id),
	},
];

const changes: Array<[string, (list: Array<{ id: number }>) => void]> = [
	['record 5 deleted', (list) => void list.splice(4, 1)],
	[
		'record inserted at the top',
		(list) => void list.unshift({ ...JSON.parse(JSON.stringify(list[0])), id: 9_999_999 }),
	],
];

for (const list of lists) {
	for (const limit of [150, 250, 1000]) {
		for (const [what, change] of changes) {
			it(`${list.name}, Limit ${limit}: ${what} during the read`, async () => {
				freshSandbox();
				const db = currentSandbox().state;
				// Mid-read: at the second page for short reads, at the fifth for Limit 1000.
				onRequest(list.route, limit > 250 ? 5 : 2, () => {
					change(list.records(db));
					if (list.name.startsWith('employees'))
						db.employeeById?.set?.(9_999_999, list.records(db)[0]);
				});
				const context = executeContext({
					nodeType: new Personio(),
					typeName: 'n8n-nodes-personio.personio',
					parameters: {},
					credentials: sandboxCredentials(),
				});
				const started = Date.now();
				const records = await personioRequestAllItems.call(
					context,
					{ path: list.path },
					list.pagination,
					limit,
				);
				const outcome = { ok: true, ids: records.map(list.idOf), ms: Date.now() - started };
				// The truth: the first `limit` records of the list as it stands after the read.
				const expected = list
					.records(db)
					.slice(0, limit)
					.map((record) => String(record.id));
				const { lost, duplicated } = measure(outcome, expected);
				rows.push({
					scenario: `${what} while a Limit ${limit} read is under way`,
					operation: list.name,
					outcome: describeOutcome(outcome, 'finished'),
					lost,
					duplicated,
					writesDuplicated: '-',
					requests: requestSummary(),
				});
				expect(outcome.ids).toHaveLength(expected.length);
				expect(lost).toBe(0);
				expect(duplicated).toBe(0);
			});
		}
	}
}
