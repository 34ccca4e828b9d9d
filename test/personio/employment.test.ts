import { fastRetries } from '../helpers/harness';
import { api, expectNoRequest, run, tokenEndpoint, v2Error, v2Page } from '../helpers/personioNode';

beforeAll(fastRetries);

describe('Employment', () => {
	const employment = {
		id: 'emp-1',
		status: 'ACTIVE',
		person: { id: '3003' },
		position: { title: 'Engineer' },
	};

	it('Get reads one employment of a person', async () => {
		tokenEndpoint();
		const scope = api().get('/v2/persons/3003/employments/emp-1').reply(200, employment);
		const [items] = await run({
			resource: 'employment',
			operation: 'get',
			personId: { mode: 'id', value: '3003' },
			employmentId: 'emp-1',
		});
		expect(items).toEqual([{ json: employment, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('Get Many pages with the cursor and the updated_at filters', async () => {
		tokenEndpoint();
		const path = '/v2/persons/3003/employments';
		const scope = api()
			.get(path)
			.query({ limit: 50, 'updated_at.gt': '2024-01-01T00:00:00Z' })
			.reply(200, v2Page([employment], 'n1', path))
			.get(path)
			.query({ limit: 50, 'updated_at.gt': '2024-01-01T00:00:00Z', cursor: 'n1' })
			.reply(200, v2Page([{ ...employment, id: 'emp-2' }], undefined, path));
		const [items] = await run({
			resource: 'employment',
			operation: 'getAll',
			personId: { mode: 'id', value: '3003' },
			returnAll: true,
			filters: { updatedAfter: '2024-01-01T00:00:00Z' },
		});
		expect(items.map((i) => i.json.id)).toEqual(['emp-1', 'emp-2']);
		expect(scope.isDone()).toBe(true);
	});

	it("Update patches the employment in v2's shape", async () => {
		tokenEndpoint();
		const scope = api()
			.patch('/v2/persons/3003/employments/emp-1', {
				weekly_working_hours: 32,
				office: { id: 'o-9' },
			})
			.reply(200, { id: 'emp-1', _meta: {} });
		const [items] = await run({
			resource: 'employment',
			operation: 'update',
			personId: { mode: 'id', value: '3003' },
			employmentId: 'emp-1',
			updateFields: { weeklyWorkingHours: 32, officeId: 'o-9' },
		});
		expect(items[0].json).toEqual({
			id: 'emp-1',
			person: { id: '3003' },
			weekly_working_hours: 32,
			office: { id: 'o-9' },
		});
		expect(scope.isDone()).toBe(true);
	});

	it('Update refuses more than 168 weekly hours before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({
				resource: 'employment',
				operation: 'update',
				personId: { mode: 'id', value: '3003' },
				employmentId: 'emp-1',
				updateFields: { weeklyWorkingHours: 200 },
			}),
		).rejects.toThrow(/Update Fields > Weekly Working Hours must be at most 168/);
		expectNoRequest(scope);
	});

	it('maps a v2 400 on Get Many', async () => {
		tokenEndpoint();
		api()
			.get('/v2/persons/3003/employments')
			.query(true)
			.reply(400, v2Error('Bad request', 'Provided request parameters are invalid.'));
		const error = await run({
			resource: 'employment',
			operation: 'getAll',
			personId: { mode: 'id', value: '3003' },
			returnAll: true,
			filters: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/Provided request parameters are invalid|Bad request/);
	});
});
