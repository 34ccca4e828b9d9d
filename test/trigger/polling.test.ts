import nock from 'nock';

import { BASE_URL, defaultCredentials, pollContext } from '../helpers/harness';
import { KEY, node, S, T, TYPE, useTestClock } from './pollingSetup';
import { EmployeeDb, wrap } from './pollingEmployeeDb';
import type { Json } from '../helpers/json';

let clock = T;
useTestClock(() => clock);

function poller(parameters: Record<string, unknown>, staticData: Record<string, unknown> = {}) {
	const credentials = defaultCredentials();
	return {
		staticData,
		async poll(now: number, mode: 'trigger' | 'manual' = 'trigger') {
			clock = now;
			const { context } = pollContext(
				node,
				TYPE,
				{ simplify: true, ...parameters },
				{ credentials, staticData: staticData as never, mode },
			);
			return await node.poll.call(context);
		},
	};
}

const keysOf = (result: Json[][] | null) =>
	result ? result[0].map((i) => `${i.json.id}@${Date.parse(i.json.last_modified_at)}`) : [];

describe('Personio Polling Trigger > description', () => {
	it('is a polling trigger without webhooks', () => {
		expect(node.description.polling).toBe(true);
		expect(node.description.name).toBe('personioPollingTrigger');
		expect(node.description.webhooks).toBeUndefined();
		expect(node.description.inputs).toEqual([]);
	});
});

describe('Personio Polling Trigger > cursor', () => {
	it('first poll in trigger mode emits nothing and sets the mark to now', async () => {
		const db = new EmployeeDb();
		db.upsert(1, T - 2 * 60 * S);
		db.serve();
		const p = poller({ event: 'employeeUpdated' });
		expect(await p.poll(T)).toBeNull();
		expect(p.staticData[KEY]).toEqual({
			event: 'employeeUpdated',
			mark: T,
			seen: { [`employee:1@${T - 2 * 60 * S}`]: T - 2 * 60 * S },
		});
		expect(db.requests[0].get('updated_since')).toBe('2025-03-01T09:55:00+00:00');
		expect(db.requests[0].get('offset')).toBe('0');
		expect(db.requests[0].get('limit')).toBe('100');
	});

	it('never misses and never duplicates: changes between and during polls, identical timestamps, offset shifts', async () => {
		const db = new EmployeeDb();
		for (let id = 1; id <= 150; id++) db.upsert(id, T - 3 * 3600 * S + id * S);
		db.upsert(151, T - 2 * 60 * S); // before activation, inside the overlap: never emitted
		db.serve();
		const p = poller({ event: 'employeeUpdated' });
		const emitted: string[] = [];
		const expected = new Set<string>();
		const change = (id: number, at: number) => {
			db.upsert(id, at);
			expected.add(`${id}@${at}`);
		};
		const poll = async (at: number) => emitted.push(...keysOf((await p.poll(at)) as Json));

		await poll(T);
		expect(emitted).toEqual([]);

		change(10, T + 30 * S);
		change(152, T + 30 * S); // same instant as e10
		await poll(T + 90 * S);
		expect(emitted.sort()).toEqual([`10@${T + 30 * S}`, `152@${T + 30 * S}`].sort());

		for (let id = 21; id <= 140; id++) change(id, T + 100 * S); // 120 records at one instant: two pages
		db.onPage = (offset) => {
			if (offset === 100 && !db.rows.has(999)) {
				change(151, T + 1000 * S); // moves from the first page to the end: the second page shifts by one
				change(999, T + 1000 * S); // created while the poll runs
			}
		};
		await poll(T + 1000 * S); // longer after the bulk change than the overlap
		db.onPage = undefined;

		change(152, T + 1010 * S);
		db.rows.get(152)!.modified = T + 1020 * S; // changed twice between polls: only the latest is visible
		expected.delete(`152@${T + 1010 * S}`);
		expected.add(`152@${T + 1020 * S}`);
		await poll(T + 1100 * S);
		await poll(T + 1200 * S);
		change(5, T + 1200 * S); // same second as the previous poll's start
		await poll(T + 2000 * S);
		await poll(T + 3000 * S);
		await poll(T + 5000 * S);

		expect(new Set(emitted).size).toBe(emitted.length); // zero duplicates
		expect(new Set(emitted)).toEqual(expected); // zero misses, nothing from before activation
		const state = p.staticData[KEY] as Json;
		expect(state.mark).toBe(T + 1200 * S);
		expect(Object.values(state.seen).every((t: Json) => t >= state.mark - 5 * 60 * S)).toBe(true); // pruned to the overlap window
	});

	it('a failed poll keeps the cursor as it was', async () => {
		const state = { event: 'employeeUpdated', mark: T, seen: {} };
		const p = poller({ event: 'employeeUpdated' }, { [KEY]: { ...state } });
		nock(BASE_URL)
			.get('/v1/company/employees')
			.query(true)
			.times(6)
			.reply(500, {
				success: false,
				error: { code: 0, message: 'Es ist ein Problem aufgetreten' },
			});
		await expect(p.poll(T + 60 * S)).rejects.toThrow(/Es ist ein Problem aufgetreten/);
		expect(p.staticData[KEY]).toEqual(state);
	});

	it('another event starts from scratch', async () => {
		const db = new EmployeeDb();
		db.upsert(1, T + 10 * S);
		db.serve();
		const p = poller(
			{ event: 'employeeCreated' },
			{ [KEY]: { event: 'employeeUpdated', mark: T - 3600 * S, seen: {} } },
		);
		expect(await p.poll(T + 60 * S)).toBeNull();
		expect((p.staticData[KEY] as Json).event).toBe('employeeCreated');
	});

	it('New Employee uses created_at: an old employee changed now is not new', async () => {
		const db = new EmployeeDb();
		db.upsert(1, T - 86400 * S);
		db.serve();
		const p = poller({ event: 'employeeCreated' });
		await p.poll(T);
		db.upsert(1, T + 10 * S); // updated, created long ago
		db.upsert(2, T + 20 * S); // new
		const result = await p.poll(T + 120 * S);
		expect(result![0].map((i) => i.json.id)).toEqual([2]);
	});

	it('names the missing attribute instead of silently emitting nothing', async () => {
		nock(BASE_URL)
			.get('/v1/company/employees')
			.query(true)
			.reply(200, {
				success: true,
				data: [{ type: 'Employee', attributes: { id: wrap('id', 1) } }],
			});
		await expect(poller({ event: 'employeeUpdated' }).poll(T)).rejects.toThrow(
			/without "last_modified_at"/,
		);
	});
});

describe('Personio Polling Trigger > manual mode', () => {
	it('returns the latest few records and does not move the mark', async () => {
		const db = new EmployeeDb();
		for (let id = 1; id <= 8; id++) db.upsert(id, T - id * 3600 * S);
		db.serve();
		const state = { event: 'employeeUpdated', mark: T - 7200 * S, seen: { 'employee:1@1': 1 } };
		const p = poller({ event: 'employeeUpdated' }, { [KEY]: JSON.parse(JSON.stringify(state)) });
		const result = await p.poll(T, 'manual');
		expect(result![0].map((i) => i.json.id)).toEqual([1, 2, 3, 4, 5]);
		expect(db.requests[0].get('updated_since')).toBe('2025-01-30T10:00:00+00:00');
		expect(p.staticData[KEY]).toEqual(state);
	});

	it('leaves an empty state empty', async () => {
		new EmployeeDb().serve();
		const p = poller({ event: 'employeeUpdated' });
		expect(await p.poll(T, 'manual')).toBeNull();
		expect(p.staticData[KEY] ?? {}).toEqual({});
	});
});

describe('Personio Polling Trigger > other events', () => {
	const state = (event: string) => ({ [KEY]: { event, mark: T, seen: {} } });

	it('New or Updated Absence reads v2 absence periods (days and hours) by updated_at.gte, a date-time without offset as the absence reference pages write them', async () => {
		const periods = nock(BASE_URL)
			.get('/v2/absence-periods')
			.query({ 'updated_at.gte': '2025-03-01T09:55:00', limit: 100 })
			.reply(200, {
				_data: [
					{ id: 'ab-1', absence_type: { id: 't-day' }, updated_at: '2025-03-01T10:00:40.000Z' },
					{ id: 'ab-2', absence_type: { id: 't-hour' }, updated_at: '2025-03-01T11:00:30+01:00' },
				],
				_meta: { links: {} },
			});
		const v1 = nock(BASE_URL)
			.get(/\/v1\/company\/(time-offs|absence-periods)/)
			.reply(500, 'v1 called');
		const result = await poller({ event: 'absenceChanged' }, state('absenceChanged')).poll(
			T + 120 * S,
		);
		expect(periods.isDone()).toBe(true);
		expect(v1.isDone()).toBe(false);
		expect(result![0].map((i) => i.json.id)).toEqual(['ab-2', 'ab-1']);
	});

	it('New Application reads v2 applications with updated_at.gt and cursor pages', async () => {
		const api = nock(BASE_URL)
			.get('/v2/recruiting/applications')
			.query({ 'updated_at.gt': '2025-03-01T09:55:00.000Z', limit: 200 })
			.reply(200, {
				_data: [
					{ id: 'app-1', created_at: '2025-02-01T10:00:00Z', updated_at: '2025-03-01T10:00:05Z' },
				],
				_meta: { links: { next: { href: `${BASE_URL}/v2/recruiting/applications?cursor=n2` } } },
			})
			.get('/v2/recruiting/applications')
			.query({ 'updated_at.gt': '2025-03-01T09:55:00.000Z', limit: 200, cursor: 'n2' })
			.reply(200, {
				_data: [
					{ id: 'app-2', created_at: { 'date-time': '2025-03-01T10:00:06Z', timezone: 'UTC' } },
				],
				_meta: { links: {} },
			});
		const result = await poller({ event: 'applicationCreated' }, state('applicationCreated')).poll(
			T + 120 * S,
		);
		expect(api.isDone()).toBe(true);
		expect(result![0].map((i) => i.json.id)).toEqual(['app-2']);
	});
});
