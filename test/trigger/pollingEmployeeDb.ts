import nock from 'nock';

import { BASE_URL } from '../helpers/harness';

export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
export const wrap = (label: string, value: unknown) => ({
	label,
	value,
	type: 'standard',
	universal_id: label,
});

/** A fake v1 employee list: sorted by last change (the worst case for offset pages), `updated_since` inclusive. */
export class EmployeeDb {
	rows = new Map<number, { created: number; modified: number }>();
	requests: URLSearchParams[] = [];
	/** Runs before a page is served: changes made "during" the poll. */
	onPage?: (offset: number) => void;

	upsert(id: number, at: number) {
		const row = this.rows.get(id);
		this.rows.set(id, { created: row?.created ?? at, modified: at });
	}

	serve() {
		nock(BASE_URL)
			.persist()
			.get('/v1/company/employees')
			.query(true)
			.reply((uri) => {
				const q = new URL(uri, BASE_URL).searchParams;
				this.requests.push(q);
				const offset = Number(q.get('offset'));
				const limit = Number(q.get('limit'));
				this.onPage?.(offset);
				// A `+` sent unencoded would arrive as a space and fail to parse here.
				const since = Date.parse(q.get('updated_since')!);
				const all = [...this.rows]
					.filter(([, r]) => r.modified >= since)
					.sort(([a, ra], [b, rb]) => ra.modified - rb.modified || a - b)
					.map(([id, r]) => ({
						type: 'Employee',
						attributes: {
							id: wrap('id', id),
							first_name: wrap('first_name', `E${id}`),
							created_at: { ...wrap('created_at', iso(r.created)), type: 'date' },
							last_modified_at: { ...wrap('last_modified_at', iso(r.modified)), type: 'date' },
						},
					}));
				return [
					200,
					{
						success: true,
						metadata: { total_elements: all.length },
						offset,
						limit,
						data: all.slice(offset, offset + limit),
					},
				];
			});
	}
}
