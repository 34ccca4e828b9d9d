import nock from 'nock';

import { BASE_URL } from '../helpers/harness';
import { decodeIds, encodeIds } from '../../nodes/PersonioPollingTrigger/idCodec';
import { itemPoller, S, T, useTestClock } from './pollingSetup';
import { EmployeeDb } from './pollingEmployeeDb';

let clock = T;
useTestClock(() => clock);

const HOUR = 3600 * S;

const poller = itemPoller((now) => (clock = now), { event: 'employeeUpdated' });

function seeded(count: number) {
	const db = new EmployeeDb();
	for (let id = 1; id <= count; id++) db.upsert(id, T - 10 * 86400 * S + id * S);
	db.serve();
	return db;
}

/** Requests of the id read: every employee, the id alone. */
const idReads = (db: EmployeeDb) =>
	db.requests.filter((q) => !q.has('updated_since') && q.getAll('attributes[]').join() === 'id');

describe('Personio Polling Trigger > deletions of employees', () => {
	it('emits one item per deleted employee, checked with a GET of its id first', async () => {
		const db = seeded(150);
		const p = poller({ detectDeletions: true, deletionCheck: 'everyPoll' });
		expect(await p.poll(T)).toEqual([]);
		expect(idReads(db).map((q) => q.get('offset'))).toEqual(['0', '100']);
		expect(idReads(db).every((q) => q.get('limit') === '100')).toBe(true);
		expect(decodeIds(p.state().known)).toHaveLength(150);
		expect(p.state().checkedAt).toBe(T);

		db.rows.delete(7);
		db.rows.delete(120);
		const items = await p.poll(T + 60 * S);
		expect(items).toEqual([
			{ id: 7, kind: 'employee', deleted: true, noticedAt: new Date(T + 60 * S).toISOString() },
			{ id: 120, kind: 'employee', deleted: true, noticedAt: new Date(T + 60 * S).toISOString() },
		]);
		expect(db.gets.sort((a, b) => a - b)).toEqual([7, 120]);
		expect(decodeIds(p.state().known)).toHaveLength(148);

		// Nothing is emitted twice.
		expect(await p.poll(T + 120 * S)).toEqual([]);
	});

	it('an employee created after the last check and deleted before the next one is still noticed', async () => {
		const db = seeded(3);
		const p = poller({ detectDeletions: true, deletionCheck: 'hourly' });
		await p.poll(T);
		db.upsert(4, T + 30 * S);
		expect((await p.poll(T + 60 * S)).map((i) => i.id)).toEqual([4]);
		db.rows.delete(4);
		expect(await p.poll(T + 120 * S)).toEqual([]); // not due yet
		const items = await p.poll(T + HOUR);
		expect(items.map((i) => [i.id, i.deleted])).toEqual([[4, true]]);
	});

	it('respects the schedule: hourly lists the ids once an hour, daily once a day', async () => {
		const db = seeded(3);
		const hourly = poller({ detectDeletions: true });
		for (let minute = 0; minute <= 120; minute += 15) await hourly.poll(T + minute * 60 * S);
		expect(idReads(db)).toHaveLength(3); // 0, 60, 120 minutes
		db.requests = [];
		const daily = poller({ detectDeletions: true, deletionCheck: 'daily' });
		for (let hour = 0; hour <= 48; hour += 6) await daily.poll(T + hour * HOUR);
		expect(idReads(db)).toHaveLength(3); // 0, 24, 48 hours
	});

	it('a list that missed an employee (pages shifted) is not a deletion: the GET finds it', async () => {
		const db = seeded(3);
		const p = poller({ detectDeletions: true, deletionCheck: 'everyPoll' });
		await p.poll(T);
		nock.cleanAll();
		nock(BASE_URL)
			.persist()
			.post('/v2/auth/token')
			.reply(200, { access_token: 'papi-token-1', expires_in: 86400 });
		const missing = db.render(2);
		const api = nock(BASE_URL)
			.get('/v1/company/employees')
			.query((q) => !('updated_since' in q))
			.reply(200, { success: true, data: [db.render(1, ['id']), db.render(3, ['id'])] })
			.get('/v1/company/employees')
			.query((q) => 'updated_since' in q)
			.reply(200, { success: true, data: [] })
			.get('/v1/company/employees/2')
			.reply(200, { success: true, data: missing });
		expect(await p.poll(T + 60 * S)).toEqual([]);
		expect(decodeIds(p.state().known)).toEqual(['1', '2', '3']);
		expect(api.isDone()).toBe(true);
	});

	it('a failed poll keeps the state as it was, and the deletion is emitted by the next poll', async () => {
		const db = seeded(3);
		const p = poller({ detectDeletions: true, deletionCheck: 'everyPoll' });
		await p.poll(T);
		const before = JSON.parse(JSON.stringify(p.state()));
		db.rows.delete(2);
		db.failGets = true; // the GET of the missing id fails: the poll fails and nothing moves
		await expect(p.poll(T + 60 * S)).rejects.toThrow(/Es ist ein Problem aufgetreten/);
		expect(p.state()).toEqual(before);
		db.failGets = false;
		expect((await p.poll(T + 120 * S)).map((i) => i.id)).toEqual([2]);
	});

	it('turned on later: the first check only remembers, the next one compares', async () => {
		const db = seeded(3);
		const p = poller({});
		await p.poll(T);
		expect(p.state().known).toBeUndefined();
		const on = poller({ detectDeletions: true }, p.staticData);
		db.rows.delete(3);
		expect(await on.poll(T + 60 * S)).toEqual([]);
		expect(decodeIds(on.state().known)).toEqual(['1', '2']);
	});

	it('keeps the id set small: at most 16 bytes per employee for 10,000 ids', () => {
		const ids: string[] = [];
		let id = 81_000;
		for (let i = 0; i < 10_000; i++) ids.push(String((id += 1 + ((i * 7919) % 40))));
		const { encoded } = encodeIds(ids);
		const bytes = JSON.stringify(encoded).length;
		expect(bytes / ids.length).toBeLessThanOrEqual(16);
		expect(decodeIds(encoded)).toEqual(ids);
	});
});

describe('Personio Polling Trigger > first poll', () => {
	it('Emit Every Existing Record emits every employee once, then only changes', async () => {
		const db = seeded(120);
		const p = poller({ firstPoll: 'emitAll' });
		const first = await p.poll(T);
		expect(first.map((i) => i.id)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
		expect(first[0]).toMatchObject({ id: 1, first_name: 'E1' });
		expect(await p.poll(T + 60 * S)).toEqual([]);
		db.upsert(5, T + 90 * S);
		expect((await p.poll(T + 120 * S)).map((i) => i.id)).toEqual([5]);
	});

	it('Only Remember What Exists (the default) emits nothing on the first poll', async () => {
		seeded(5);
		expect(await poller({}).poll(T)).toEqual([]);
	});
});
