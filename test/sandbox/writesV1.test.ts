/** Writes read back, v1 company endpoints: employees, time-offs, absence periods, documents. */
import { auth, FORM, form, http0, v2Token, openSandbox } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
beforeAll(async () => ({ sb, base } = await openSandbox({ employees: 120, seed: 7 })));
afterAll(async () => await sb.close());

describe('writes are read back', () => {
	let t: string;
	beforeAll(async () => {
		t = await v2Token(base);
	});

	it('creates employees (JSON wrapper, form, flat), rejects duplicates and unknown supervisors', async () => {
		const c = await http0.post(
			`${base}/v1/company/employees`,
			{
				employee: {
					email: 'new.hire@acme-sandbox.example',
					first_name: 'New',
					last_name: 'Hire',
					department: 'Engineering',
					hire_date: '2025-01-15',
					custom_attributes: { dynamic_1004: 'XL' },
				},
			},
			auth(t),
		);
		expect(c.status).toBe(200);
		expect(c.data.data.message).toBe('success');
		const id = c.data.data.id;
		const r = await http0.get(`${base}/v1/company/employees/${id}`, auth(t));
		expect(r.data.data.attributes.email.value).toBe('new.hire@acme-sandbox.example');
		expect(r.data.data.attributes.department.value.attributes.name).toBe('Engineering');
		expect(r.data.data.attributes.dynamic_1004.value).toBe('XL');
		expect(r.data.data.attributes.status.value).toBe('active');
		const dup = await http0.post(
			`${base}/v1/company/employees`,
			{ email: 'new.hire@acme-sandbox.example', first_name: 'A', last_name: 'B' },
			auth(t),
		);
		expect(dup.status).toBe(422);
		const f = await http0.post(
			`${base}/v1/company/employees`,
			form({
				'employee[email]': 'form.hire@acme-sandbox.example',
				'employee[first_name]': 'Form',
				'employee[last_name]': 'Hire',
			}),
			{ headers: { ...FORM, Authorization: `Bearer ${t}` } },
		);
		expect(f.status).toBe(200);
		const missing = await http0.post(
			`${base}/v1/company/employees`,
			{ employee: { email: 'x@y.example' } },
			auth(t),
		);
		expect(missing.status).toBe(422);
		expect(Object.keys(missing.data.error.error_data).sort()).toEqual(['first_name', 'last_name']);
		const sup = await http0.patch(
			`${base}/v1/company/employees/${id}`,
			{ supervisor_id: 1 },
			auth(t),
		);
		expect(sup.status).toBe(422);
		expect(sup.data.error.message).toBe('Supervisor with ID 1 not found');
		expect((await http0.get(`${base}/v1/company/employees/999999`, auth(t))).status).toBe(404);
		// mirrored into v2 persons
		const p = await http0.get(`${base}/v2/persons/${id}`, auth(t));
		expect(p.data.email).toBe('new.hire@acme-sandbox.example');
		expect(p.data.employments).toHaveLength(1);
		const e = await http0.get(
			`${base}/v2/persons/${id}/employments/${p.data.employments[0].id}`,
			auth(t),
		);
		expect(e.status).toBe(200);
		expect(e.data.employment_start_date).toBe('2025-01-15');
	});

	it('time-offs: form-encoded create, read back, delete', async () => {
		const emp = sb.state.employees[2].id;
		const asJson = await http0.post(
			`${base}/v1/company/time-offs`,
			{
				employee_id: emp,
				time_off_type_id: 1234,
				start_date: '2026-03-02',
				end_date: '2026-03-04',
				half_day_start: false,
				half_day_end: false,
			},
			auth(t),
		);
		expect(asJson.status).toBe(400);
		const c = await http0.post(
			`${base}/v1/company/time-offs`,
			form({
				employee_id: emp,
				time_off_type_id: 1234,
				start_date: '2026-03-02',
				end_date: '2026-03-04',
				half_day_start: false,
				half_day_end: false,
				comment: 'Ski',
			}),
			{ headers: { ...FORM, Authorization: `Bearer ${t}` } },
		);
		expect(c.status).toBe(200);
		expect(c.data.data.type).toBe('TimeOffPeriod');
		expect(c.data.data.attributes.days_count).toBe(3);
		const id = c.data.data.attributes.id;
		const g = await http0.get(`${base}/v1/company/time-offs/${id}`, auth(t));
		expect(g.data.data.attributes.comment).toBe('Ski');
		const hourType = await http0.post(
			`${base}/v1/company/time-offs`,
			form({
				employee_id: emp,
				time_off_type_id: 1238,
				start_date: '2026-03-02',
				end_date: '2026-03-02',
				half_day_start: false,
				half_day_end: false,
			}),
			{ headers: { ...FORM, Authorization: `Bearer ${t}` } },
		);
		expect(hourType.status).toBe(404);
		const invalid = await http0.post(`${base}/v1/company/time-offs`, form({ employee_id: emp }), {
			headers: { ...FORM, Authorization: `Bearer ${t}` },
		});
		expect(invalid.status).toBe(422);
		expect(invalid.data.error.error_data.start_date).toBeDefined();
		const d = await http0.delete(`${base}/v1/company/time-offs/${id}`, auth(t));
		expect(d.data.data.message).toBe('The absence period was deleted.');
		expect((await http0.get(`${base}/v1/company/time-offs/${id}`, auth(t))).status).toBe(404);
	});

	it('absence-periods: form create returns 201 with a data array of uuid periods; delete by uuid', async () => {
		const emp = sb.state.employees[4].id;
		const c = await http0.post(
			`${base}/v1/company/absence-periods`,
			form({
				employee_id: emp,
				time_off_type_id: 1238,
				start_date: '2026-02-10',
				end_date: '2026-02-10',
				start_time: '09:00',
				end_time: '11:30',
			}),
			{ headers: { ...FORM, Authorization: `Bearer ${t}` } },
		);
		expect(c.status).toBe(201);
		expect(Array.isArray(c.data.data)).toBe(true);
		const p = c.data.data[0].attributes;
		expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(p.effective_duration).toBe(150);
		const list = await http0.get(
			`${base}/v1/company/absence-periods?absence_periods[]=${p.id}`,
			auth(t),
		);
		expect(list.data.data).toHaveLength(1);
		const overlap = await http0.post(
			`${base}/v1/company/absence-periods`,
			form({
				employee_id: emp,
				time_off_type_id: 1238,
				start_date: '2026-02-10',
				end_date: '2026-02-10',
				start_time: '10:00',
				end_time: '12:00',
			}),
			{ headers: { ...FORM, Authorization: `Bearer ${t}` } },
		);
		expect(overlap.status).toBe(400);
		expect((await http0.delete(`${base}/v1/company/absence-periods/${p.id}`, auth(t))).status).toBe(
			200,
		);
		expect((await http0.delete(`${base}/v1/company/absence-periods/${p.id}`, auth(t))).status).toBe(
			404,
		);
	});

	it('documents: multipart upload (201), listed and downloadable via v2, v2 owner_id required', async () => {
		const emp = sb.state.employees[0].id;
		const fd = new FormData();
		fd.append('title', 'Signed contract');
		fd.append('employee_id', String(emp));
		fd.append('category_id', '50');
		fd.append('comment', 'via sandbox');
		fd.append(
			'file',
			new Blob([Buffer.from('%PDF-1.4 hello')], { type: 'application/pdf' }),
			'contract.pdf',
		);
		const up = await http0.post(`${base}/v1/company/documents`, fd, auth(t));
		expect(up.status).toBe(201);
		expect(up.data.data.type).toBe('Document');
		const docId = String(up.data.data.id);
		const badCat = new FormData();
		badCat.append('title', 'x');
		badCat.append('employee_id', String(emp));
		badCat.append('category_id', '9999');
		badCat.append('file', new Blob(['x']), 'x.pdf');
		const bc = await http0.post(`${base}/v1/company/documents`, badCat, auth(t));
		expect(bc.status).toBe(404);
		expect(bc.data.error.message).toBe('No query results for model [DocumentCategory] 9999');
		const badType = new FormData();
		badType.append('title', 'x');
		badType.append('employee_id', String(emp));
		badType.append('category_id', '50');
		badType.append('file', new Blob(['x']), 'evil.exe');
		expect((await http0.post(`${base}/v1/company/documents`, badType, auth(t))).status).toBe(422);
		expect((await http0.get(`${base}/v2/document-management/documents`, auth(t))).status).toBe(400);
		const list = await http0.get(
			`${base}/v2/document-management/documents?owner_id=${emp}`,
			auth(t),
		);
		expect(list.data._data.map((d: Json) => d.id)).toContain(docId);
		const dl = await http0.get(`${base}/v2/document-management/documents/${docId}/download`, {
			...auth(t),
			responseType: 'arraybuffer',
		});
		expect(Buffer.from(dl.data).toString()).toBe('%PDF-1.4 hello');
		expect(
			(await http0.delete(`${base}/v2/document-management/documents/${docId}`, auth(t))).status,
		).toBe(204);
		expect(
			(await http0.get(`${base}/v2/document-management/documents/${docId}/download`, auth(t)))
				.status,
		).toBe(404);
	});
});
