/**
 * The sandbox's v2 absence writes (routes-v2-absence-writes.js) refuse what the reference pages
 * post_v2-absence-periods and patch_v2-absence-periods-id refuse. The node's Create and Update against
 * them: absenceOrg.test.ts.
 */
import { auth, http0, openSandbox, v2Token } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let token: string;

beforeAll(async () => {
	({ sb } = await openSandbox({ employees: 30, seed: 5 }));
	token = await v2Token(sb.url);
});
afterAll(async () => {
	await sb.close();
});

const get = (path: string) => http0.get(`${sb.url}${path}`, auth(token));
const post = (path: string, body: unknown) => http0.post(`${sb.url}${path}`, body, auth(token));
const dayType = async () =>
	(await get('/v2/absence-types')).data._data.find((t: Json) => t.unit === 'DAY');

describe('sandbox refuses what the absence write pages refuse', () => {
	it.each([
		['a date-time with an offset', { date_time: '2031-07-01T00:00:00Z' }, 422],
		['a date without a time', { date_time: '2031-07-01' }, 422],
		['an unknown half', { date_time: '2031-07-01T00:00:00', type: 'MORNING' }, 422],
	])('starts_from as %s is refused (%j → %d)', async (_what, startsFrom, status) => {
		const type = await dayType();
		const answer = await post('/v2/absence-periods', {
			person: { id: '1002' },
			absence_type: { id: type.id },
			starts_from: startsFrom,
			ends_at: { date_time: '2031-07-02T00:00:00' },
		});
		expect(answer.status).toBe(status);
	});

	it('answers 400 for a body without person, absence_type or starts_from, 409 for an invalid substitute', async () => {
		const type = await dayType();
		expect((await post('/v2/absence-periods', { random: 'INVALID_JSON' })).status).toBe(400);
		const answer = await post('/v2/absence-periods?skip_approval=true', {
			person: { id: '1003' },
			absence_type: { id: type.id },
			starts_from: { date_time: '2031-08-01T00:00:00' },
			ends_at: { date_time: '2031-08-01T00:00:00' },
			substitute: { id: '1003' },
		});
		expect(answer.status).toBe(409);
		expect(answer.data.errors[0].title).toBe('Substitute is invalid');
	});

	it('refuses an offset on the absence list date-time filters (assumption, see README)', async () => {
		expect(
			(await get('/v2/absence-periods?ends_at.date_time.gte=2031-01-01T00:00:00Z')).status,
		).toBe(400);
		expect(
			(await get('/v2/absence-periods?ends_at.date_time.gte=2031-01-01T00:00:00')).status,
		).toBe(200);
	});
});
