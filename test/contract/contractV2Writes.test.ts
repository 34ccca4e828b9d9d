/**
 * The v2 writes whose APIs have no full definition file (absence periods, project members, compensations):
 * their answers are checked against the one Personio definition that covers every v2 API,
 * common-components-v2.json (ErrorResponse, CreatedObject, MetaObject; see specs/SOURCES.md). Their request
 * bodies follow the reference pages cited in the node code; no definition file holds those schemas.
 */
import { auth, base, expectValid, http0, schemaRef, setupContract } from './harness';
import type { Json } from '../helpers/json';

setupContract();

const ERROR = 'common2#/components/schemas/ErrorResponse';
const CREATED = 'common2#/components/schemas/CreatedObject';
const post = (path: string, body: unknown, query = '') =>
	http0.post(`${base}${path}${query}`, body, auth());

describe('v2 write answers follow the common v2 components', () => {
	it('absence periods: 201 carries an id, 400/409/422 are ErrorResponse', async () => {
		const types = (await http0.get(`${base}/v2/absence-types`, auth())).data._data;
		const day = types.find((t: Json) => t.unit === 'DAY');
		const body = {
			person: { id: '1000' },
			absence_type: { id: day.id },
			starts_from: { date_time: '2032-02-02T00:00:00' },
			ends_at: { date_time: '2032-02-03T00:00:00' },
		};
		const created = await post('/v2/absence-periods', body, '?skip_approval=true');
		expect(created.status).toBe(201);
		expectValid(schemaRef(CREATED), created.data, 'POST /v2/absence-periods 201');
		const conflict = await post('/v2/absence-periods', body, '?skip_approval=true');
		expect(conflict.status).toBe(409);
		expectValid(schemaRef(ERROR), conflict.data, 'POST /v2/absence-periods 409');
		const offset = await post('/v2/absence-periods', {
			...body,
			starts_from: { date_time: '2032-03-02T00:00:00Z' },
		});
		expect(offset.status).toBe(422);
		expectValid(schemaRef(ERROR), offset.data, 'POST /v2/absence-periods 422');
		const invalid = await post('/v2/absence-periods', { random: 'INVALID_JSON' });
		expect(invalid.status).toBe(400);
		expectValid(schemaRef(ERROR), invalid.data, 'POST /v2/absence-periods 400');
		const patched = await http0.patch(
			`${base}/v2/absence-periods/${created.data.id}?skip_approval=true`,
			{ comment: 'changed' },
			auth(),
		);
		expect(patched.status).toBe(204);
	});

	it('project members: 400 for another body shape and 422 "Invalid limit" are ErrorResponse', async () => {
		const project = await post('/v2/projects', { name: 'Contract members', status: 'ACTIVE' });
		const wrapped = await post(`/v2/projects/${project.data.id}/members`, {
			members: [{ person: { id: '1000' } }],
		});
		expect(wrapped.status).toBe(400);
		expectValid(schemaRef(ERROR), wrapped.data, 'POST members 400');
		const limit = await http0.get(
			`${base}/v2/projects/${project.data.id}/members?limit=300`,
			auth(),
		);
		expect(limit.status).toBe(422);
		expectValid(schemaRef(ERROR), limit.data, 'GET members 422');
	});

	it('compensations: 201 is a CreatedObject, a bad interval an ErrorResponse', async () => {
		const body = {
			person: { id: '1000' },
			type: { id: 't1' },
			value: 5,
			effective_from: '2032-01-01',
		};
		const created = await post('/v2/compensations', {
			...body,
			currency: 'EUR',
			interval: 'YEARLY',
		});
		expect(created.status).toBe(201);
		expectValid(schemaRef(CREATED), created.data, 'POST /v2/compensations 201');
		const bad = await post('/v2/compensations', { ...body, interval: 'WEEKLY' });
		expect(bad.status).toBe(422);
		expectValid(schemaRef(ERROR), bad.data, 'POST /v2/compensations 422');
	});
});
