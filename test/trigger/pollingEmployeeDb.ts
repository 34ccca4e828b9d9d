import nock from 'nock';

import { BASE_URL } from '../helpers/harness';

const PROBLEM = { success: false, error: { code: 0, message: 'Es ist ein Problem aufgetreten' } };

export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
export const wrap = (label: string, value: unknown) => ({
	label,
	value,
	type: 'standard',
	universal_id: label,
});

/**
 * A fake v1 employee list: sorted by last change (the worst case for offset pages), `updated_since`
 * inclusive, `attributes[]` a projection (the id always kept); GET one answers 404 for an unknown id.
 */
export class EmployeeDb {
	rows = new Map<number, { created: number; modified: number; fields: Record<string, unknown> }>();
	requests: URLSearchParams[] = [];
	/** Ids asked for one by one. */
	gets: number[] = [];
	/** When set, a GET of one employee (`failGets`) or of a list page (`failPages`) fails with 500. */
	failGets = false;
	failPages = false;
	/** Runs before a page is served: changes made "during" the poll. */
	onPage?: (offset: number) => void;

	upsert(id: number, at: number, fields: Record<string, unknown> = {}) {
		const row = this.rows.get(id);
		this.rows.set(id, {
			created: row?.created ?? at,
			modified: at,
			fields: { ...row?.fields, ...fields },
		});
	}

	render(id: number, projection: string[] = []) {
		const r = this.rows.get(id)!;
		const attributes: Record<string, unknown> = {
			id: wrap('id', id),
			first_name: wrap('first_name', `E${id}`),
			created_at: { ...wrap('created_at', iso(r.created)), type: 'date' },
			last_modified_at: { ...wrap('last_modified_at', iso(r.modified)), type: 'date' },
		};
		for (const [key, value] of Object.entries(r.fields)) attributes[key] = wrap(key, value);
		if (projection.length)
			for (const key of Object.keys(attributes))
				if (key !== 'id' && !projection.includes(key)) delete attributes[key];
		return { type: 'Employee', attributes };
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
				if (this.failPages) return [500, PROBLEM];
				// A `+` sent unencoded would arrive as a space and fail to parse here.
				const since = q.has('updated_since') ? Date.parse(q.get('updated_since')!) : -Infinity;
				const projection = q.getAll('attributes[]');
				const all = [...this.rows]
					.filter(([, r]) => r.modified >= since)
					.sort(([a, ra], [b, rb]) => ra.modified - rb.modified || a - b)
					.map(([id]) => this.render(id, projection));
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
			})
			.get(/^\/v1\/company\/employees\/\d+$/)
			.reply((uri) => {
				const id = Number(uri.split('/').pop());
				this.gets.push(id);
				if (this.failGets)
					return [
						500,
						{ success: false, error: { code: 0, message: 'Es ist ein Problem aufgetreten' } },
					];
				return this.rows.has(id)
					? [200, { success: true, data: this.render(id) }]
					: [404, { success: false, error: { code: 404, message: 'Employee not found' } }];
			});
	}
}
