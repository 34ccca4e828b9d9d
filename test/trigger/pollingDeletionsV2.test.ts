import nock from 'nock';

import { BASE_URL } from '../helpers/harness';
import { decodeIds, encodeIds } from '../../nodes/PersonioPollingTrigger/idCodec';
import { itemPoller, S, T, useTestClock } from './pollingSetup';

let clock = T;
useTestClock(() => clock);

const DAY = 86400 * S;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const everyPoll = itemPoller((now) => (clock = now), {
	detectDeletions: true,
	deletionCheck: 'everyPoll',
});
const poller = (event: string, parameters: Record<string, unknown> = {}) =>
	everyPoll({ event, ...parameters });

/**
 * A fake v2 period list (absence or attendance periods): `updated_at.gte` and the end-of-period
 * filter inclusive, two records per cursor page; GET one answers 404 for an unknown id.
 */
class PeriodList {
	rows = new Map<string, { end: number | null; updated: number }>();
	requests: URLSearchParams[] = [];
	gets: string[] = [];

	constructor(
		private readonly path: string,
		private readonly endFilter: string,
		private readonly endField: string,
	) {}

	serve() {
		nock(BASE_URL)
			.persist()
			.get(this.path)
			.query(true)
			.reply((uri) => {
				const q = new URL(uri, BASE_URL).searchParams;
				this.requests.push(q);
				const since = q.get('updated_at.gte');
				const endFrom = q.get(this.endFilter);
				const utc = (text: string) => Date.parse(text.endsWith('Z') ? text : `${text}Z`);
				const all = [...this.rows]
					.filter(([, r]) => since === null || r.updated >= utc(since))
					.filter(([, r]) => endFrom === null || r.end === null || r.end >= utc(endFrom))
					.map(([id, r]) => ({
						id,
						[this.endField]: r.end === null ? null : { date_time: new Date(r.end).toISOString() },
						updated_at: new Date(r.updated).toISOString(),
					}));
				const offset = Number(q.get('cursor') ?? 0);
				const page = all.slice(offset, offset + 2);
				const next =
					offset + 2 < all.length
						? { next: { href: `${BASE_URL}${this.path}?cursor=${offset + 2}` } }
						: {};
				return [200, { _data: page, _meta: { links: next } }];
			})
			.get(new RegExp(`^${this.path}/[^/?]+$`))
			.reply((uri) => {
				const id = decodeURIComponent(uri.split('/').pop()!);
				this.gets.push(id);
				const row = this.rows.get(id);
				return row
					? [200, { id, updated_at: new Date(row.updated).toISOString() }]
					: [404, { errors: [{ title: 'Not found' }] }];
			});
	}
}

describe('Personio Polling Trigger > deletions of absences (window)', () => {
	it('a period that leaves the window is not a deletion; a deleted one is', async () => {
		const list = new PeriodList('/v2/absence-periods', 'ends_at.date_time.gte', 'ends_at');
		list.rows.set(uuid(1), { end: T + 2 * DAY, updated: T - 40 * DAY });
		list.rows.set(uuid(2), { end: T - 10 * DAY, updated: T - 40 * DAY });
		list.rows.set(uuid(3), { end: T - 29 * DAY, updated: T - 40 * DAY });
		list.rows.set(uuid(4), { end: null, updated: T - 40 * DAY }); // open: always in the window
		list.rows.set(uuid(5), { end: T - 31 * DAY, updated: T - 40 * DAY }); // never in it
		list.serve();
		const p = poller('absenceChanged');
		expect(await p.poll(T)).toEqual([]);
		const windowRead = list.requests.find((q) => q.has('ends_at.date_time.gte'))!;
		expect(windowRead.get('ends_at.date_time.gte')).toBe('2025-01-30T00:00:00');
		expect(decodeIds(p.state().known).sort()).toEqual([uuid(1), uuid(2), uuid(3), uuid(4)]);

		list.rows.delete(uuid(2));
		const items = await p.poll(T + 2 * DAY); // uuid(3) ended before the window now
		expect(items).toEqual([
			{
				id: uuid(2),
				kind: 'absence-period',
				deleted: true,
				noticedAt: new Date(T + 2 * DAY).toISOString(),
			},
		]);
		expect(list.gets.sort()).toEqual([uuid(2), uuid(3)]);
		expect(decodeIds(p.state().known).sort()).toEqual([uuid(1), uuid(4)]);

		list.gets = [];
		expect(await p.poll(T + 2 * DAY + 60 * S)).toEqual([]);
		expect(list.gets).toEqual([]); // the period outside the window is no longer tracked
	});

	it('a period changed after the list was read is not a deletion', async () => {
		const list = new PeriodList('/v2/absence-periods', 'ends_at.date_time.gte', 'ends_at');
		list.rows.set(uuid(1), { end: T + DAY, updated: T - DAY });
		list.serve();
		const p = poller('absenceChanged', { deletionCheck: 'hourly' });
		await p.poll(T);
		list.rows.set(uuid(9), { end: T + DAY, updated: T + 30 * S }); // created between polls
		const items = await p.poll(T + 60 * S);
		expect(items.map((i) => i.id)).toEqual([uuid(9)]);
		expect(decodeIds(p.state().known).sort()).toEqual([uuid(1), uuid(9)]);
	});
});

describe('Personio Polling Trigger > first poll of absences', () => {
	it('Emit Every Existing Record emits the periods of the window, without detecting deletions', async () => {
		const list = new PeriodList('/v2/absence-periods', 'ends_at.date_time.gte', 'ends_at');
		list.rows.set(uuid(1), { end: T + DAY, updated: T - 40 * DAY });
		list.rows.set(uuid(2), { end: T - 40 * DAY, updated: T - 40 * DAY });
		list.serve();
		const p = poller('absenceChanged', { detectDeletions: false, firstPoll: 'emitAll' });
		expect((await p.poll(T)).map((i) => i.id)).toEqual([uuid(1)]);
		expect(p.state().known).toBeUndefined();
		expect(await p.poll(T + 60 * S)).toEqual([]);
	});
});

describe('Personio Polling Trigger > deletions of attendances (window)', () => {
	it('lists periods of every duration type ending within the window, in local date-times', async () => {
		const list = new PeriodList('/v2/attendance-periods', 'end.date_time.gte', 'end');
		list.rows.set(uuid(1), { end: T - DAY, updated: T - 2 * DAY });
		list.rows.set(uuid(2), { end: T - DAY, updated: T - 2 * DAY });
		list.serve();
		const p = poller('attendanceChanged');
		await p.poll(T);
		const windowRead = list.requests.find((q) => q.has('end.date_time.gte'))!;
		expect(windowRead.get('end.date_time.gte')).toBe('2025-01-30T00:00:00');
		expect(windowRead.get('duration_type')).toBe('ALL');
		expect(windowRead.get('limit')).toBe('100');
		list.rows.delete(uuid(1));
		const items = await p.poll(T + 60 * S);
		expect(items).toEqual([
			{
				id: uuid(1),
				kind: 'attendance',
				deleted: true,
				noticedAt: new Date(T + 60 * S).toISOString(),
			},
		]);
	});
});

describe('Personio Polling Trigger > id set encoding', () => {
	it('keeps UUIDs in 22 characters each and any other id as it is', () => {
		const ids = Array.from({ length: 1000 }, (_, i) => uuid(i * 7919 + 1));
		const { encoded } = encodeIds([...ids, 'time-off-17']);
		expect(encoded.u!.length).toBe(22 * 1000);
		expect(encoded.o).toEqual(['time-off-17']);
		expect(decodeIds(encoded).sort()).toEqual([...ids, 'time-off-17'].sort());
		const random = 'a3f1c2b9-8c1d-4e4f-9a6b-2d7e5c1a0bff';
		expect(decodeIds(encodeIds([random]).encoded)).toEqual([random]);
	});
});
