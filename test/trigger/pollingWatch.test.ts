import { decodeWatch, encodeWatch } from '../../nodes/PersonioPollingTrigger/watch';
import { itemPoller, S, T, useTestClock } from './pollingSetup';
import { EmployeeDb } from './pollingEmployeeDb';

let clock = T;
useTestClock(() => clock);

const WATCHED = ['status', 'termination_date', 'department'];
const department = (id: number, name: string) => ({
	type: 'Department',
	attributes: { id, name },
});

const poller = itemPoller((now) => (clock = now), {
	event: 'employeeUpdated',
	watchFields: WATCHED,
});

function seeded() {
	const db = new EmployeeDb();
	for (let id = 1; id <= 3; id++)
		db.upsert(id, T - 86400 * S, {
			status: 'active',
			termination_date: null,
			department: department(1, 'Sales'),
		});
	db.serve();
	return db;
}

describe('Personio Polling Trigger > watched fields', () => {
	it('the first poll records the values (id and watched attributes only) and emits nothing', async () => {
		const db = seeded();
		const p = poller({});
		expect(await p.poll(T)).toEqual([]);
		const baselineRead = db.requests.find((q) => !q.has('updated_since'))!;
		expect(baselineRead.getAll('attributes[]')).toEqual(['id', ...WATCHED]);
		const known = decodeWatch(p.state().watch);
		expect(known.get('2')).toEqual(['"active"', 'null', '{"id":1,"name":"Sales"}']);
	});

	it('emits only when a watched field changed, with previous and current (offboarding)', async () => {
		const db = seeded();
		const p = poller({});
		await p.poll(T);
		db.upsert(1, T + 20 * S, { first_name_note: 'x' }); // not watched
		db.upsert(2, T + 30 * S, { status: 'inactive', termination_date: '2025-03-31T00:00:00+01:00' });
		db.upsert(3, T + 40 * S, { department: department(2, 'Engineering') });
		db.upsert(4, T + 50 * S, { status: 'onboarding' }); // new: remembered, not emitted
		const items = await p.poll(T + 120 * S);
		expect(items.map((i) => i.id)).toEqual([2, 3]);
		expect(items[0]).toMatchObject({
			id: 2,
			status: 'inactive',
			changes: {
				status: { previous: 'active', current: 'inactive' },
				termination_date: { previous: null, current: '2025-03-31T00:00:00+01:00' },
			},
		});
		expect(items[1].changes).toEqual({
			department: {
				previous: { id: 1, name: 'Sales' },
				current: { id: 2, name: 'Engineering' },
			},
		});
		// Read again in the overlap: nothing changed since, nothing emitted.
		expect(await p.poll(T + 180 * S)).toEqual([]);
		db.upsert(4, T + 200 * S, { status: 'active' });
		expect((await p.poll(T + 260 * S)).map((i) => [i.id, i.changes])).toEqual([
			[4, { status: { previous: 'onboarding', current: 'active' } }],
		]);
	});

	it('choosing other fields starts a new baseline', async () => {
		const db = seeded();
		const p = poller({});
		await p.poll(T);
		db.upsert(1, T + 30 * S, { status: 'leave' });
		const other = poller({ watchFields: ['status'] }, p.staticData);
		expect(await other.poll(T + 60 * S)).toEqual([]);
		expect(other.state().watch.fields).toEqual(['status']);
	});

	it('a deleted employee carries the last known watched values', async () => {
		const db = seeded();
		const p = poller({ detectDeletions: true, deletionCheck: 'everyPoll' });
		await p.poll(T);
		db.rows.delete(3);
		const items = await p.poll(T + 60 * S);
		expect(items).toEqual([
			{
				id: 3,
				kind: 'employee',
				deleted: true,
				noticedAt: new Date(T + 60 * S).toISOString(),
				lastKnown: {
					status: 'active',
					termination_date: null,
					department: { id: 1, name: 'Sales' },
				},
			},
		]);
		expect([...decodeWatch(p.state().watch).keys()]).toEqual(['1', '2']);
	});

	it('a failed poll keeps the watched values as they were', async () => {
		const db = seeded();
		const p = poller({});
		await p.poll(T);
		const before = JSON.parse(JSON.stringify(p.state()));
		db.upsert(2, T + 30 * S, { status: 'inactive' });
		db.failPages = true;
		await expect(p.poll(T + 60 * S)).rejects.toThrow(/Es ist ein Problem aufgetreten/);
		expect(p.state()).toEqual(before);
		db.failPages = false;
		expect((await p.poll(T + 120 * S)).map((i) => i.id)).toEqual([2]);
	});

	it('refuses a watched field that is not an attribute key, before any request', async () => {
		const db = seeded();
		await expect(poller({ watchFields: ['status', 'a b'] }).poll(T)).rejects.toThrow(
			/Watch Fields must be a list of employee attribute keys/,
		);
		expect(db.requests).toEqual([]);
	});

	it('keeps three watched fields of 10,000 employees within 64 bytes per employee', () => {
		const known = new Map<string, string[]>();
		const statuses = ['active', 'inactive', 'onboarding', 'leave'];
		for (let i = 0; i < 10_000; i++) {
			const termination = i % 7 === 0 ? `2025-${String((i % 12) + 1).padStart(2, '0')}-28` : null;
			known.set(String(81_000 + i * 3), [
				JSON.stringify(statuses[i % 4]),
				JSON.stringify(termination),
				JSON.stringify({ id: i % 40, name: `Department ${i % 40}` }),
			]);
		}
		const state = encodeWatch(WATCHED, known);
		expect(JSON.stringify(state).length / known.size).toBeLessThanOrEqual(64);
		expect(decodeWatch(state)).toEqual(known);
	});
});
