/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
/**
 * Absence Create and Update through the node against the sandbox's v2 absence writes
 * (routes-v2-absence-writes.js): one v2 UUID for Create, Get, Update and Delete, and no v1 call.
 */
import axios from 'axios';

import { Personio } from '../../nodes/Personio/Personio.node';
import { personioCredentials, runNode, TestCredentialsHelper } from '../helpers/harness';

const { startSandbox } = require('./server');

let sb: any;
let token: string;
const http0 = axios.create({ validateStatus: () => true });
const personio = new Personio();

beforeAll(async () => {
	sb = await startSandbox({ employees: 30, seed: 5 });
	const auth = await http0.post(
		`${sb.url}/v2/auth/token`,
		new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: 'sandbox-client-id',
			client_secret: 'sandbox-client-secret',
		}).toString(),
		{ headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
	);
	token = auth.data.access_token;
});
afterAll(async () => {
	await sb.close();
});

const headers = () => ({ Authorization: `Bearer ${token}` });
const get = (path: string) => http0.get(`${sb.url}${path}`, { headers: headers() });
const post = (path: string, body: unknown) =>
	http0.post(`${sb.url}${path}`, body, { headers: headers() });
const run = async (parameters: Record<string, unknown>) => {
	const credentials = new TestCredentialsHelper({
		personioApi: personioCredentials({
			baseUrl: sb.url,
			clientId: 'sandbox-client-id',
			clientSecret: 'sandbox-client-secret',
		}),
	});
	const [items] = await runNode({
		nodeType: personio,
		typeName: 'n8n-nodes-personio.personio',
		parameters: parameters as never,
		credentials,
	});
	return items.map((item) => item.json as any);
};
const dayType = async () =>
	(await get('/v2/absence-types')).data._data.find((t: any) => t.unit === 'DAY');

describe('v2 absence writes through the node', () => {
	it('Create, Get, Update and Delete share one v2 UUID and never call v1', async () => {
		const from = sb.log().length;
		const type = await dayType();
		const create = {
			resource: 'absence',
			operation: 'create',
			employeeId: { mode: 'id', value: '1001' },
			absenceTypeId: type.id,
			startDate: '2031-06-01',
			endDate: '2031-06-03',
			skipApproval: true,
			additionalFields: { halfDayEnd: true, comment: 'Summer' },
		};
		const [created] = await run(create);
		expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
		const [read] = await run({ resource: 'absence', operation: 'get', absenceId: created.id });
		expect(read).toMatchObject({
			id: created.id,
			starts_from: { date_time: '2031-06-01T00:00:00' },
			ends_at: { date_time: '2031-06-03T00:00:00', type: 'FIRST_HALF' },
			comment: 'Summer',
		});
		await run({
			resource: 'absence',
			operation: 'update',
			absenceId: created.id,
			skipApproval: true,
			updateFields: { endDate: '2031-06-05' },
		});
		expect((await get(`/v2/absence-periods/${created.id}`)).data.ends_at.date_time).toBe(
			'2031-06-05T00:00:00',
		);
		// The same days again: Personio answers 409, the node says what conflicts.
		await expect(run(create)).rejects.toThrow(/it overlaps another absence of this person/);
		await run({ resource: 'absence', operation: 'delete', absenceId: created.id });
		expect((await get(`/v2/absence-periods/${created.id}`)).status).toBe(404);
		const sent = sb
			.log()
			.slice(from)
			.map((entry: any) => `${entry.method} ${entry.path}`);
		expect(sent).toEqual(
			expect.arrayContaining([
				'POST /v2/absence-periods',
				`PATCH /v2/absence-periods/${created.id}`,
				`DELETE /v2/absence-periods/${created.id}`,
			]),
		);
		expect(sent.filter((p: string) => p.includes('/v1/'))).toEqual([]);
	});
});

describe('sandbox refuses what the absence write pages refuse', () => {
	it.each([
		['a date-time with an offset', { date_time: '2031-07-01T00:00:00Z' }, 422],
		['a date without a time', { date_time: '2031-07-01' }, 422],
		['an unknown half', { date_time: '2031-07-01T00:00:00', type: 'MORNING' }, 422],
	])('starts_from as %s answers %d', async (_what, startsFrom, status) => {
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
