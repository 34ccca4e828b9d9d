/** Contract check of the v1 personnel-data endpoints against Personio's spec (helpers: harness.ts). */
import {
	auth,
	base,
	coerceForm,
	expectResponse,
	expectValid,
	FORM,
	form,
	http0,
	requestSchema,
	sb,
	schemaRef,
	specs,
	token,
	setupContract,
} from './harness';
import type { Json } from '../helpers/json';

setupContract();

describe('v1 personnel contract', () => {
	it('GET /company/employees (list, projection, single)', async () => {
		// spec: default limit 10, no maximum. Live (https://developer.personio.de/v1.0/changelog/pagination-enforcement-v1-employees-api, 2025-01-31): default 50, max 100
		// -> the sandbox follows the notes.
		const r = await http0.get(`${base}/v1/company/employees?limit=100&offset=0`, auth());
		expect(r.data.data).toHaveLength(60);
		expectResponse('v1', '/company/employees', 'get', r);
		const over = await http0.get(`${base}/v1/company/employees?limit=101`, auth());
		expect(over.status).toBe(400); // deviation from the spec (no max there), per the same changelog
		expectValid(schemaRef('v1#/components/schemas/ErrorResponse'), over.data, 'limit error');
		const proj = await http0.get(
			`${base}/v1/company/employees?limit=5&attributes[]=first_name&attributes[]=department`,
			auth(),
		);
		expectResponse('v1', '/company/employees', 'get', proj);
		const one = await http0.get(`${base}/v1/company/employees/${sb.state.employees[3].id}`, auth());
		expectResponse('v1', '/company/employees/{employee_id}', 'get', one);
		// v2 papi- token on a v1 path: the v1 spec only knows v1 tokens; Personio's v2 authentication page (https://developer.personio.de/v2.0/reference/authentication) says papi- tokens work on all
		// personnel endpoints.
		expect(one.status).toBe(200);
	});

	it('POST/PATCH /company/employees requests and responses', async () => {
		const body = {
			employee: {
				email: 'contract.person@acme-sandbox.example',
				first_name: 'Contract',
				last_name: 'Person',
				gender: 'female',
				position: 'Tester',
				department: 'Finance',
				hire_date: '2024-05-01',
				weekly_working_hours: 32,
				status: 'active',
				supervisor_id: sb.state.employees[0].id,
				custom_attributes: { dynamic_1004: 'S' },
			},
		};
		expectValid(
			requestSchema('v1', '/company/employees', 'post', 'application/json'),
			body,
			'create employee request',
		);
		const c = await http0.post(`${base}/v1/company/employees`, body, auth());
		expect(c.status).toBe(200);
		expectResponse('v1', '/company/employees', 'post', c);
		const dup = await http0.post(`${base}/v1/company/employees`, body, auth());
		expect(dup.status).toBe(422);
		expectResponse('v1', '/company/employees', 'post', dup);
		const patch = { employee: { position: 'Senior Tester' } };
		expectValid(
			requestSchema('v1', '/company/employees/{employee_id}', 'patch', 'application/json'),
			patch,
			'patch employee request',
		);
		const p = await http0.patch(`${base}/v1/company/employees/${c.data.data.id}`, patch, auth());
		expectResponse('v1', '/company/employees/{employee_id}', 'patch', p);
		const bad = await http0.patch(
			`${base}/v1/company/employees/${c.data.data.id}`,
			{ employee: { supervisor_id: 1 } },
			auth(),
		);
		expect(bad.status).toBe(422);
		expectResponse('v1', '/company/employees/{employee_id}', 'patch', bad);
	});

	it('absence balance, attributes, time-off types', async () => {
		const b = await http0.get(
			`${base}/v1/company/employees/${sb.state.employees[0].id}/absences/balance`,
			auth(),
		);
		expectResponse('v1', '/company/employees/{employee_id}/absences/balance', 'get', b);
		const types = await http0.get(`${base}/v1/company/time-off-types`, auth());
		expectResponse('v1', '/company/time-off-types', 'get', types);
		const attrs = await http0.get(`${base}/v1/company/employees/attributes`, auth());
		// the spec documents this response by example only: compare the item shape with the example
		const example =
			specs.v1.paths['/company/employees/attributes'].get.responses['200'].content[
				'application/json'
			].examples.response.value;
		expect(Object.keys(attrs.data.data[0]).sort()).toEqual(Object.keys(example.data[0]).sort());
		expect(
			attrs.data.data.some((a: Json) => a.key.startsWith('dynamic_') && a.options.length > 0),
		).toBe(true);
	});

	it('time-offs list/get/create/delete', async () => {
		// offset is a 1-based page number (spec description since 2023); the spec's 0-based
		// current_page text is not followed.
		const l = await http0.get(`${base}/v1/company/time-offs?limit=20&offset=1`, auth());
		expectResponse('v1', '/company/time-offs', 'get', l);
		const one = await http0.get(
			`${base}/v1/company/time-offs/${l.data.data[0].attributes.id}`,
			auth(),
		);
		expectResponse('v1', '/company/time-offs/{id}', 'get', one);
		const body = {
			employee_id: String(sb.state.employees[1].id),
			time_off_type_id: '1234',
			start_date: '2026-04-06',
			end_date: '2026-04-08',
			half_day_start: 'false',
			half_day_end: 'true',
			comment: 'contract',
			skip_approval: 'true',
		};
		expectValid(
			requestSchema('v1', '/company/time-offs', 'post', 'application/x-www-form-urlencoded'),
			coerceForm(body),
			'create time-off request',
		);
		const c = await http0.post(`${base}/v1/company/time-offs`, form(body), {
			headers: { ...FORM, Authorization: `Bearer ${token}` },
		});
		expect(c.status).toBe(200);
		// spec bug: the 200 schema nests AbsencePeriodResponse (itself {success, data}) under `data`, while the
		// spec's own example and https://developer.personio.de/reference/post_company-time-offs return {success, data: {type: "TimeOffPeriod", attributes}}:
		// validate the body against AbsencePeriodResponse directly.
		expectValid(
			schemaRef('v1#/components/schemas/AbsencePeriodResponse'),
			c.data,
			'POST /company/time-offs 200',
		);
		expect(c.data.data.type).toBe('TimeOffPeriod');
		const inv = await http0.post(
			`${base}/v1/company/time-offs`,
			form({ employee_id: String(sb.state.employees[1].id) }),
			{ headers: { ...FORM, Authorization: `Bearer ${token}` } },
		);
		expect(inv.status).toBe(422);
		expectResponse('v1', '/company/time-offs', 'post', inv);
		const d = await http0.delete(
			`${base}/v1/company/time-offs/${c.data.data.attributes.id}`,
			auth(),
		);
		expectResponse('v1', '/company/time-offs/{id}', 'delete', d);
	});

	it('absence-periods list/create/delete', async () => {
		// offset is page-level starting at 1 (changelog 2023-08-25, https://developer.personio.de/v2.0/changelog?page=5) although the spec text says record offset.
		const l = await http0.get(`${base}/v1/company/absence-periods?limit=30&offset=1`, auth());
		expectResponse('v1', '/company/absence-periods', 'get', l);
		const body = {
			employee_id: String(sb.state.employees[2].id),
			time_off_type_id: '1238',
			start_date: '2026-05-04',
			end_date: '2026-05-06',
			half_day_start: 'true',
			half_day_end: 'false',
			comment: 'contract',
		};
		expectValid(
			requestSchema('v1', '/company/absence-periods', 'post', 'application/x-www-form-urlencoded'),
			coerceForm(body),
			'create absence-period request',
		);
		const c = await http0.post(`${base}/v1/company/absence-periods`, form(body), {
			headers: { ...FORM, Authorization: `Bearer ${token}` },
		});
		expect(c.status).toBe(201);
		// spec bug: the 201 schema says data is a single HourlyAbsencePeriodResponse, but the spec's example and the
		// https://developer.personio.de/reference/post_company-absence-periods return `data` as an ARRAY of AbsencePeriod: validate with the list schema instead.
		expect(Array.isArray(c.data.data)).toBe(true);
		expectValid(
			schemaRef('v1#/components/schemas/HourlyAbsencePeriodsResponse'),
			c.data,
			'POST /company/absence-periods 201',
		);
		expect(c.data.data[0].attributes.effective_duration).toBe(240 + 480 + 480);
		const d = await http0.delete(
			`${base}/v1/company/absence-periods/${c.data.data[0].attributes.id}`,
			auth(),
		);
		expectResponse('v1', '/company/absence-periods/{id}', 'delete', d);
	});

	// Retired on 2026-08-30 (changelog "Deprecation of Attendances and Projects V1 Endpoints"): the sandbox
	// answers every call with an error in the v1 envelope.
	it('retired attendances and projects answer a v1 error', async () => {
		for (const [method, path] of [
			['get', '/v1/company/attendances'],
			['post', '/v1/company/attendances'],
			['get', '/v1/company/attendances/projects'],
		] as const) {
			const r = await http0.request({ method, url: `${base}${path}`, ...auth() });
			expect(r.status).toBeGreaterThanOrEqual(400);
			expectValid(
				schemaRef('v1#/components/schemas/ErrorResponse'),
				r.data,
				`${method} ${path} (retired)`,
			);
		}
	});

	it('document categories and document upload', async () => {
		expectResponse(
			'v1',
			'/company/document-categories',
			'get',
			await http0.get(`${base}/v1/company/document-categories`, auth()),
		);
		const fd = new FormData();
		fd.append('title', 'Contract doc');
		fd.append('employee_id', String(sb.state.employees[0].id));
		fd.append('category_id', String(sb.state.documentCategories[1].id));
		fd.append('date', '2025-01-31');
		fd.append('file', new Blob(['%PDF-1.4']), 'doc.pdf');
		const up = await http0.post(`${base}/v1/company/documents`, fd, auth());
		expect(up.status).toBe(201);
		expectResponse('v1', '/company/documents', 'post', up);
		const fd2 = new FormData();
		fd2.append('title', 'x');
		fd2.append('employee_id', String(sb.state.employees[0].id));
		fd2.append('category_id', '1');
		fd2.append('file', new Blob(['x']), 'doc.pdf');
		const bad = await http0.post(`${base}/v1/company/documents`, fd2, auth());
		expect(bad.status).toBe(404);
		expectResponse('v1', '/company/documents', 'post', bad);
	});

	it('custom reports', async () => {
		const l = await http0.get(`${base}/v1/company/custom-reports/reports`, auth());
		expectResponse('v1', '/company/custom-reports/reports', 'get', l);
		const one = await http0.get(
			`${base}/v1/company/custom-reports/reports/${l.data.data[0].attributes.id}?page=1&limit=10`,
			auth(),
		);
		expect(one.data.data[0].attributes.items).toHaveLength(10);
		expectResponse('v1', '/company/custom-reports/reports/{report_id}', 'get', one);
	});
});
