import nock from 'nock';

import { BASE_URL, defaultCredentials, pollContext } from '../helpers/harness';
import { KEY, node, S, T, TYPE, useTestClock } from './pollingSetup';
import type { Json } from '../helpers/json';

let clock = T;
useTestClock(() => clock);

function poller(staticData: Record<string, unknown> = {}) {
	const credentials = defaultCredentials();
	return {
		staticData,
		async poll(now: number, mode: 'trigger' | 'manual' = 'trigger') {
			clock = now;
			const parameters = { event: 'attendanceChanged', simplify: true };
			const { context } = pollContext(node, TYPE, parameters, {
				credentials,
				staticData: staticData as never,
				mode,
			});
			return await node.poll.call(context);
		},
	};
}

/**
 * A fake v2 attendance-period list: Personio's default order (person, then start), so a change does not
 * move a record but a new one can shift the pages; `updated_at.gte` inclusive, in UTC without a zone
 * (a `Z` is refused, as Personio does); absolute `next` links with an offset cursor.
 */
class PeriodDb {
	rows = new Map<string, { person: number; start: string; updated: number }>();
	requests: URLSearchParams[] = [];
	onPage?: (offset: number) => void;

	upsert(id: string, person: number, at: number) {
		const row = this.rows.get(id);
		this.rows.set(id, {
			person,
			start: row?.start ?? new Date(at).toISOString().slice(0, 19),
			updated: at,
		});
	}

	serve() {
		nock(BASE_URL)
			.persist()
			.get('/v2/attendance-periods')
			.query(true)
			.reply((uri) => {
				const q = new URL(uri, BASE_URL).searchParams;
				this.requests.push(q);
				const since = q.get('updated_at.gte') ?? '';
				if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(since))
					return [400, { errors: [{ title: 'Invalid request content' }] }];
				const offset = Number(q.get('cursor') ?? 0);
				const limit = Number(q.get('limit'));
				this.onPage?.(offset);
				const all = [...this.rows]
					.filter(([, r]) => r.updated >= Date.parse(`${since}Z`))
					.sort(
						([a, ra], [b, rb]) =>
							ra.person - rb.person || ra.start.localeCompare(rb.start) || a.localeCompare(b),
					)
					.map(([id, r]) => ({
						id,
						person: { id: String(r.person) },
						type: 'WORK',
						start: { date_time: r.start },
						updated_at: new Date(r.updated).toISOString(),
					}));
				const next =
					offset + limit < all.length
						? {
								next: {
									href: `${BASE_URL}/v2/attendance-periods?cursor=${offset + limit}&limit=${limit}`,
								},
							}
						: {};
				return [200, { _data: all.slice(offset, offset + limit), _meta: { links: next } }];
			});
	}
}

const keysOf = (result: Json[][] | null) =>
	result ? result[0].map((i) => `${i.json.id}@${Date.parse(i.json.updated_at)}`) : [];

describe('Personio Polling Trigger > New or Updated Attendance (v2 attendance periods)', () => {
	it('asks for updated_at.gte in UTC without a zone, 100 per page, and never the retired v1 list', async () => {
		const db = new PeriodDb();
		db.upsert('p-1', 1, T - 60 * S);
		db.serve();
		const p = poller();
		expect(await p.poll(T)).toBeNull();
		expect(Object.fromEntries(db.requests[0])).toEqual({
			'updated_at.gte': '2025-03-01T09:55:00',
			limit: '100',
			// Periods recorded as a duration only are left out unless asked for.
			duration_type: 'ALL',
		});
		expect(p.staticData[KEY]).toEqual({
			event: 'attendanceChanged',
			mark: T,
			seen: { [`attendance:p-1@${T - 60 * S}`]: T - 60 * S },
		});
	});

	it('never misses, never duplicates: changes between and during polls, equal timestamps, shifted pages', async () => {
		const db = new PeriodDb();
		for (let n = 1; n <= 150; n++) db.upsert(`p-${n}`, n % 7, T - 3 * 3600 * S + n * S);
		db.upsert('p-151', 3, T - 2 * 60 * S); // before activation, inside the overlap: never emitted
		db.serve();
		const p = poller();
		const emitted: string[] = [];
		const expected = new Set<string>();
		const change = (id: string, person: number, at: number) => {
			db.upsert(id, person, at);
			expected.add(`${id}@${at}`);
		};
		const poll = async (at: number) => emitted.push(...keysOf((await p.poll(at)) as Json));

		await poll(T);
		expect(emitted).toEqual([]);

		change('p-10', 3, T + 30 * S);
		change('p-152', 0, T + 30 * S); // same instant as p-10
		await poll(T + 90 * S);
		expect([...emitted].sort()).toEqual([`p-10@${T + 30 * S}`, `p-152@${T + 30 * S}`].sort());

		for (let n = 21; n <= 140; n++) change(`p-${n}`, n % 7, T + 100 * S); // 120 changes at one instant: two pages
		db.onPage = (offset) => {
			if (offset === 100 && !db.rows.has('p-999')) {
				change('p-999', 0, T + 1000 * S); // created while the poll reads: lands on the first page, shifts the second
				change('p-151', 3, T + 1000 * S);
			}
		};
		await poll(T + 1000 * S);
		db.onPage = undefined;

		change('p-152', 0, T + 1010 * S);
		db.rows.get('p-152')!.updated = T + 1020 * S; // changed twice between polls: only the latest is visible
		expected.delete(`p-152@${T + 1010 * S}`);
		expected.add(`p-152@${T + 1020 * S}`);
		await poll(T + 1100 * S);
		await poll(T + 1200 * S);
		change('p-5', 5, T + 1200 * S); // same second as the previous poll's start
		await poll(T + 2000 * S);
		await poll(T + 3000 * S);
		await poll(T + 5000 * S);

		expect(new Set(emitted).size).toBe(emitted.length);
		expect(new Set(emitted)).toEqual(expected);
		expect(
			db.requests.every((q) => !q.has('start_date') && q.get('updated_at.gte')!.length === 19),
		).toBe(true);
		const state = p.staticData[KEY] as Json;
		expect(state.mark).toBe(T + 1200 * S);
	});

	it("a failed poll keeps the cursor; Personio's problem detail is shown", async () => {
		const state = { event: 'attendanceChanged', mark: T, seen: {} };
		const p = poller({ [KEY]: { ...state } });
		nock(BASE_URL)
			.get('/v2/attendance-periods')
			.query(true)
			.reply(403, {
				errors: [{ title: 'Forbidden', detail: 'Missing scope personio:attendances:read' }],
			});
		await expect(p.poll(T + 60 * S)).rejects.toThrow(/Missing scope personio:attendances:read/);
		expect(p.staticData[KEY]).toEqual(state);
	});

	it('manual mode shows the latest periods and leaves the cursor alone', async () => {
		const db = new PeriodDb();
		for (let n = 1; n <= 8; n++) db.upsert(`p-${n}`, n, T - n * 3600 * S);
		db.serve();
		const state = { event: 'attendanceChanged', mark: T - 7200 * S, seen: {} };
		const p = poller({ [KEY]: JSON.parse(JSON.stringify(state)) });
		const result = await p.poll(T, 'manual');
		expect(result![0].map((i) => i.json.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
		expect(db.requests[0].get('updated_at.gte')).toBe('2025-01-30T10:00:00');
		expect(p.staticData[KEY]).toEqual(state);
	});
});
