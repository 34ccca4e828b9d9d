import type { LedgerEntry } from './ledger';
import { CALLED, findEndpoint, LEDGER, statusOn } from './ledger';
import { RETIRED_ENDPOINTS } from './retired';
import { ledgerViolations, literalPaths, personioPath, scanUsage } from './scan';

/** The day the ledger was last checked against Personio's changelog. */
const CHECKED_ON = '2026-11-30';
const today = () => new Date().toISOString().slice(0, 10);

describe('endpoint ledger (nodes/shared/endpoints.ts)', () => {
	const usage = scanUsage();

	it('finds the calls of every node and credential (the scan is not empty)', () => {
		expect(usage.paths.length).toBeGreaterThan(3);
		expect(usage.keys.length).toBeGreaterThan(50);
		expect(usage.keys.map((k) => k.key)).toEqual(
			expect.arrayContaining(['webhooks', 'careersFeed', 'employees']),
		);
	});

	it('every request names its path from ENDPOINTS (the ledger), none writes it as a literal', () => {
		expect(literalPaths(usage)).toEqual([]);
		expect(
			literalPaths(scanUsage({ 'nodes/X.ts': "const x = { path: '/v2/persons/{id}' };" })),
		).toEqual(['nodes/X.ts:1: /v2/persons/{id} written as a literal; use ENDPOINTS.person.path']);
	});

	it(`nothing is called that the ledger does not know or that is retired on ${CHECKED_ON}`, () => {
		expect(ledgerViolations(CHECKED_ON, usage, LEDGER)).toEqual([]);
	});

	// The same check on the machine's date: this is the one that notices the next retirement in CI.
	it('nothing called is retired today', () => {
		expect(
			ledgerViolations(today(), usage, LEDGER).filter((problem) => problem.includes('retired')),
		).toEqual([]);
	});

	it('catches the next retirement: on 2027-07-01 the v1 custom reports of Custom Report are gone', () => {
		const problems = ledgerViolations('2027-07-01', usage, LEDGER);
		expect(problems).toHaveLength(2);
		expect(problems).toEqual([
			expect.stringMatching(
				new RegExp(
					'customReport.*/v1/company/custom-reports/reports was retired on 2027-06-30 ' +
						'.*deprecation-of-custom-reports-api-v1',
				),
			),
			expect.stringMatching(
				/customReport.*\/v1\/company\/custom-reports\/reports\/\{id\} was retired on 2027-06-30/,
			),
		]);
		expect(ledgerViolations('2027-06-29', usage, LEDGER)).toEqual([]);
	});

	it('catches a call to the retired v1 attendances, and a path missing from the ledger', () => {
		const code = {
			'nodes/Old.ts':
				"const a = { path: '/v1/company/attendances', qs }; const b = `${base}/v1/company/attendances/projects/${id}`;",
			'nodes/New.ts':
				"// '/v2/not-a-call' in a comment does not count\nconst c = { path: '/v2/shiny-new-thing' };",
		};
		const changelog =
			'https://developer.personio.de/changelog/deprecation-of-attendances-and-projects-v1-endpoints';
		expect(
			ledgerViolations(CHECKED_ON, scanUsage(code), LEDGER).filter(
				(p) => !p.startsWith('ledger row'),
			),
		).toEqual([
			'nodes/New.ts:2: /v2/shiny-new-thing is not in the ledger (nodes/shared/endpoints.ts)',
			`nodes/Old.ts:1: /v1/company/attendances was retired on 2026-08-30 (${changelog}) and is still called on 2026-11-30`,
			`nodes/Old.ts:1: /v1/company/attendances/projects/{id} was retired on 2026-08-30 (${changelog}) ` +
				'and is still called on 2026-11-30',
		]);
	});

	it('a synthetic ledger: a current endpoint that a date retires fails only from that date', () => {
		const ledger: Record<string, LedgerEntry> = {
			widgets: {
				path: '/v2/widgets/{id}',
				methods: ['GET'],
				api: 'v2',
				status: 'deprecated',
				removal: '2030-01-01',
				source: 'test',
			},
		};
		const calls = scanUsage({ 'nodes/W.ts': 'const w = path(`/v2/widgets/{id}`, { id });' });
		expect(ledgerViolations('2029-12-31', calls, ledger)).toEqual([]);
		expect(ledgerViolations('2030-01-01', calls, ledger)).toEqual([
			'nodes/W.ts:1: /v2/widgets/{id} was retired on 2030-01-01 (test) and is still called on 2030-01-01',
		]);
		expect(ledgerViolations('2029-12-31', scanUsage({}), ledger)).toEqual([
			'ledger row widgets (/v2/widgets/{id}): no node calls it',
		]);
	});

	it('matches parameters by position, whatever their names, and ignores base URLs', () => {
		expect(findEndpoint('/v2/persons/${}/employments/{x}')).toBe(CALLED.employment);
		expect(personioPath('https://api.personio.de/v1/recruiting/')).toBeUndefined();
		expect(personioPath('${}/v2/auth/token?x=1')).toBe('/v2/auth/token');
	});

	it('every row names its Personio source, and dates are days', () => {
		for (const entry of Object.values(LEDGER)) {
			expect(entry.source).toMatch(
				/developer\.personio\.de|personio\/api-docs|test\/contract\/specs/,
			);
			if (entry.status !== 'current') expect(entry.removal).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(statusOn(entry, '2000-01-01')).toBe(
				entry.status === 'current' ? 'current' : entry.status,
			);
		}
		expect(statusOn(RETIRED_ENDPOINTS.attendancesV1, CHECKED_ON)).toBe('retired');
		for (const entry of Object.values(CALLED)) expect(entry.status).not.toBe('retired');
		expect(statusOn(CALLED.customReports, CHECKED_ON)).toBe('deprecated');
	});
});
