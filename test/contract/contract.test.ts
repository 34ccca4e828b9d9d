/**
 * Contract check against Personio's OpenAPI specs in test/contract/specs (helpers: harness.ts).
 * This file: the spec files, the validator, auth, v2 and recruiting; contractV1.test.ts: v1 personnel data.
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- tests run in Node, outside n8n
import * as fs from 'fs';

import type { SpecKey } from './harness';
import {
	auth,
	base,
	expectResponse,
	expectValid,
	FORM,
	form,
	http0,
	requestSchema,
	responseSchema,
	sb,
	schemaRef,
	SPEC_DIR,
	SPEC_FILES,
	specs,
	setupContract,
} from './harness';
import type { Json } from '../helpers/json';

setupContract();

describe('spec files', () => {
	it('are present and parse as OpenAPI 3', () => {
		expect(fs.existsSync(SPEC_DIR)).toBe(true);
		for (const k of Object.keys(SPEC_FILES) as SpecKey[]) expect(specs[k]).toBeDefined();
		expect(Object.keys(specs.v1.paths)).toContain('/company/employees');
		expect(Object.keys(specs.persons.paths)).toContain('/v2/persons');
	});
});

describe('validator sanity', () => {
	it('rejects payloads that break the spec (the contract checks are not vacuous)', async () => {
		const r = await http0.get(`${base}/v1/company/employees?limit=2`, auth());
		const list = responseSchema('v1', '/company/employees', 'get', 200);
		expect(list(r.data)).toBe(true);
		const broken = JSON.parse(JSON.stringify(r.data));
		broken.data[0].attributes.first_name.type = 'text'; // not in TypeEnum
		expect(list(broken)).toBe(false);
		const noMeta = JSON.parse(JSON.stringify(r.data));
		delete noMeta.metadata.total_pages;
		expect(list(noMeta)).toBe(false);
		const person = responseSchema('persons', '/v2/persons/{id}', 'get', 200);
		expect(person({ id: '1', email: 'not an email' })).toBe(false);
		expect(person({ id: '1', email: 'a@b.example', gender: 'male' })).toBe(false); // enum is upper case
	});
});

describe('auth contract', () => {
	it('v1 POST /auth request and response', async () => {
		const body = { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' };
		expectValid(
			requestSchema('auth1', '/auth', 'post', 'application/json'),
			body,
			'v1 auth request',
		);
		const r = await http0.post(`${base}/v1/auth`, body);
		expectResponse('auth1', '/auth', 'post', r);
	});

	it('v2 POST /v2/auth/token request, success and error responses', async () => {
		const body = {
			grant_type: 'client_credentials',
			client_id: 'sandbox-client-id',
			client_secret: 'sandbox-client-secret',
		};
		expectValid(
			requestSchema('auth2', '/v2/auth/token', 'post', 'application/x-www-form-urlencoded'),
			body,
			'v2 token request',
		);
		const r = await http0.post(`${base}/v2/auth/token`, form(body), { headers: FORM });
		expectResponse('auth2', '/v2/auth/token', 'post', r);
		const bad = await http0.post(`${base}/v2/auth/token`, body);
		expect(bad.status).toBe(400);
		expectResponse('auth2', '/v2/auth/token', 'post', bad, 'application/problem+json');
		const rv = await http0.post(`${base}/v2/auth/revoke`, form({ token: r.data.access_token }), {
			headers: FORM,
		});
		expect(rv.status).toBe(200);
		expect(rv.data).toBe('');
	});

	it('v1 401 for a missing token matches the documented error envelope', async () => {
		const r = await http0.get(`${base}/v1/company/employees`);
		expect(r.status).toBe(401);
		expectValid(schemaRef('v1#/components/schemas/ErrorResponse'), r.data, 'v1 401');
		expect(r.data.error.message).toBe('Authorization is not provided');
	});
});

describe('v2 contract', () => {
	it('GET /v2/persons list (every page) and single person', async () => {
		let url: string | undefined = `${base}/v2/persons?limit=50`;
		const list = responseSchema('persons', '/v2/persons', 'get', 200);
		let n = 0;
		while (url) {
			const r: Json = await http0.get(url, auth());
			expectValid(list, r.data, 'GET /v2/persons');
			n += r.data._data.length;
			url = r.data._meta.links.next?.href;
		}
		expect(n).toBe(sb.state.employees.length);
		const one = await http0.get(`${base}/v2/persons/${sb.state.employees[4].id}`, auth());
		expectResponse('persons', '/v2/persons/{id}', 'get', one);
		// error bodies follow the v2 common ErrorResponse component
		const nf = await http0.get(`${base}/v2/persons/99999999`, auth());
		expect(nf.status).toBe(404);
		expectValid(schemaRef('common2#/components/schemas/ErrorResponse'), nf.data, 'v2 404');
		const bad = await http0.get(`${base}/v2/persons?cursor=garbage`, auth());
		expect(bad.status).toBe(400);
		expectValid(
			schemaRef('common2#/components/schemas/ErrorResponse'),
			bad.data,
			'v2 invalid cursor',
		);
	});

	it('employments list and single', async () => {
		const emp =
			sb.state.employees.find((e: Json) => e.status === 'inactive') || sb.state.employees[0];
		const l = await http0.get(`${base}/v2/persons/${emp.id}/employments`, auth());
		expectResponse('employments', '/v2/persons/{person_id}/employments', 'get', l);
		const one = await http0.get(
			`${base}/v2/persons/${emp.id}/employments/${emp.employment_id}`,
			auth(),
		);
		expectResponse('employments', '/v2/persons/{person_id}/employments/{id}', 'get', one);
		const patched = await http0.patch(
			`${base}/v2/persons/${emp.id}/employments/${emp.employment_id}`,
			{ position: { title: 'Architect' }, weekly_working_hours: 30 },
			auth(),
		);
		expect(patched.status).toBe(200);
		expectValid(
			schemaRef('employments#/components/schemas/Employment'),
			patched.data,
			'patched employment',
		);
	});

	it('other v2 lists use the common envelope and error shapes', async () => {
		const linkSchema = schemaRef('common2#/components/schemas/MetaObject');
		for (const p of [
			'/v2/absence-periods?limit=5',
			'/v2/absence-types',
			'/v2/attendance-periods?limit=5',
			'/v2/legal-entities',
			'/v2/org-units?type=department',
			'/v2/compensations?limit=3',
			'/v2/recruiting/applications?limit=3',
			'/v2/recruiting/jobs',
			'/v2/webhooks',
			`/v2/document-management/documents?owner_id=${sb.state.employees[0].id}`,
		]) {
			const r = await http0.get(`${base}${p}`, auth());
			expect(r.status).toBe(200);
			expect(Array.isArray(r.data._data)).toBe(true);
			expectValid(linkSchema, r.data._meta, `${p} _meta`);
		}
		const noType = await http0.get(`${base}/v2/org-units`, auth());
		expect(noType.status).toBe(400);
		expectValid(
			schemaRef('common2#/components/schemas/ErrorResponse'),
			noType.data,
			'org units without type',
		);
		const longWindow = await http0.get(
			`${base}/v2/compensations?start_date=2025-01-01&end_date=2025-03-01`,
			auth(),
		);
		expect(longWindow.status).toBe(400);
		expectValid(
			schemaRef('common2#/components/schemas/ErrorResponse'),
			longWindow.data,
			'compensation window over a month',
		);
		const created = await http0.post(
			`${base}/v2/attendance-periods`,
			{
				person: { id: String(sb.state.employees[0].id) },
				type: 'WORK',
				start: { date_time: '2026-06-01T09:00:00' },
				end: { date_time: '2026-06-01T12:00:00' },
			},
			auth(),
		);
		expect(created.status).toBe(201);
		expect(created.data.id).toBeTruthy();
		expectValid(
			schemaRef('common2#/components/schemas/MetaObject'),
			created.data._meta,
			'created _meta',
		);
	});
});

describe('recruiting contract', () => {
	const R = { Authorization: 'Bearer sandbox-recruiting-key', 'X-Company-ID': '1234' };

	it('document upload response and application request/errors', async () => {
		const fd = new FormData();
		fd.append('file', new Blob(['%PDF-1.4']), 'cv.pdf');
		const up = await http0.post(`${base}/v1/recruiting/applications/documents`, fd, { headers: R });
		expectResponse('recruiting', '/v1/recruiting/applications/documents', 'post', up);
		const fd2 = new FormData();
		fd2.append('file', new Blob(['x']), 'x.exe');
		const bad = await http0.post(`${base}/v1/recruiting/applications/documents`, fd2, {
			headers: R,
		});
		expect(bad.status).toBe(422);
		expectResponse('recruiting', '/v1/recruiting/applications/documents', 'post', bad);

		const job = sb.state.jobs.find((j: Json) => j.published);
		const body = {
			first_name: 'Grace',
			last_name: 'Hopper',
			email: 'grace@candidates.example',
			job_position_id: job.id,
			recruiting_channel_id: 5,
			external_posting_id: 'ext-1',
			message: 'Hello',
			application_date: '2025-02-01',
			phase: { type: 'system', id: 'unassigned' },
			tags: ['api'],
			files: [{ uuid: up.data.uuid, original_filename: 'cv.pdf', category: 'cv' }],
			attributes: [
				{ id: 'birthday', value: '1990-01-01' },
				{ id: 'custom_attribute_123', value: 'x' },
			],
		};
		expectValid(
			requestSchema('recruiting', '/v1/recruiting/applications', 'post', 'application/json'),
			body,
			'application request',
		);
		const ok = await http0.post(`${base}/v1/recruiting/applications`, body, { headers: R });
		expect(ok.status).toBe(201);
		const dup = await http0.post(`${base}/v1/recruiting/applications`, body, { headers: R });
		expect(dup.status).toBe(400);
		expectResponse('recruiting', '/v1/recruiting/applications', 'post', dup);
		const invalid = await http0.post(
			`${base}/v1/recruiting/applications`,
			{ email: 'x' },
			{ headers: R },
		);
		expectResponse('recruiting', '/v1/recruiting/applications', 'post', invalid);
		const nonJson = await http0.post(`${base}/v1/recruiting/applications`, 'a=b', {
			headers: { ...R, 'Content-Type': 'text/plain' },
		});
		expectResponse('recruiting', '/v1/recruiting/applications', 'post', nonJson);
	});

	it('careers XML carries the JobPosting fields of the spec', async () => {
		const props = Object.keys(specs.recruiting.components.schemas.JobPosting.properties);
		expect(specs.recruiting.components.schemas.XmlResponse.xml.name).toBe('workzag-jobs');
		const r = await http0.get(`${base}/xml?language=en`, { responseType: 'text' });
		const first = (r.data.match(/<position>[\s\S]*?<\/position>/) || [])[0];
		for (const p of props) expect(first).toContain(`<${p}>`);
		const enums = specs.recruiting.components.schemas.JobPosting.properties;
		for (const m of r.data.matchAll(/<employmentType>([^<]+)</g))
			expect(enums.employmentType.enum).toContain(m[1]);
		for (const m of r.data.matchAll(/<seniority>([^<]+)</g))
			expect(enums.seniority.enum).toContain(m[1]);
		for (const m of r.data.matchAll(/<schedule>([^<]+)</g))
			expect(enums.schedule.enum).toContain(m[1]);
		for (const m of r.data.matchAll(/<yearsOfExperience>([^<]+)</g))
			expect(enums.yearsOfExperience.enum).toContain(m[1]);
	});
});
