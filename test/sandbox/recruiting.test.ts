import { auth, http0, v2Token, openSandbox } from './client';
import type { Json } from '../helpers/json';

let sb: Json;
let base: string;
beforeAll(async () => ({ sb, base } = await openSandbox({ employees: 120, seed: 7 })));
afterAll(async () => await sb.close());

describe('recruiting', () => {
	const R = { Authorization: 'Bearer sandbox-recruiting-key', 'X-Company-ID': '1234' };
	const upload = (name: string, content: Buffer | string, headers: Record<string, string> = R) => {
		const fd = new FormData();
		fd.append(
			'file',
			new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
			name,
		);
		return http0.post(`${base}/v1/recruiting/applications/documents`, fd, {
			headers,
			maxBodyLength: Infinity,
			maxContentLength: Infinity,
		});
	};
	const apply = (body: Json, headers: Record<string, string> = R) =>
		http0.post(`${base}/v1/recruiting/applications`, body, { headers });
	const reasons = (r: Json) =>
		r.data.errors.flatMap((e: Json) => (e.errors || []).map((x: Json) => `${e.field}:${x.reason}`));
	const publishedJob = () => sb.state.jobs.find((j: Json) => j.published).id;

	it('documents: needs recruiting key + X-Company-ID, enforces size and extension', async () => {
		expect(
			(await upload('cv.pdf', 'x', { Authorization: 'Bearer sandbox-recruiting-key' })).status,
		).toBe(401);
		expect((await upload('cv.pdf', 'x', { ...R, 'X-Company-ID': '999' })).status).toBe(401);
		expect(
			(
				await upload('cv.pdf', 'x', {
					Authorization: `Bearer ${await v2Token(base)}`,
					'X-Company-ID': '1234',
				})
			).status,
		).toBe(401);
		const ok = await upload('My CV.pdf', '%PDF-1.4 cv');
		expect(ok.status).toBe(200);
		expect(ok.data).toEqual({
			uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
			size: 11,
			mimetype: 'application/pdf',
			original_filename: 'My CV.pdf',
			extension: 'pdf',
		});
		const bad = await upload('run.exe', 'MZ');
		expect(bad.status).toBe(422);
		expect(reasons(bad)).toContain('file:errors.invalid-file-type');
		const big = await upload('huge.pdf', Buffer.alloc(20 * 1024 * 1024 + 10));
		expect(big.status).toBe(413);
	});

	it('applications: validation reasons, file refs, publish state, duplicates; 201 and visible in v2', async () => {
		expect(
			(await apply({ first_name: 'A' }, { Authorization: 'Bearer wrong', 'X-Company-ID': '1234' }))
				.status,
		).toBe(401);
		const empty = await apply({ first_name: ' ', email: 'not-an-email' });
		expect(empty.status).toBe(400);
		expect(reasons(empty)).toEqual(
			expect.arrayContaining([
				'first_name:errors.attribute-validation.required-attribute',
				'last_name:errors.attribute-validation.required-attribute',
				'email:errors.attribute-validation.invalid-email-format',
				'job_position_id:errors.attribute-validation.required-attribute',
			]),
		);
		const valid = {
			first_name: 'Ada',
			last_name: 'Lovelace',
			email: 'ada@candidates.example',
			job_position_id: publishedJob(),
		};
		const future = await apply({ ...valid, application_date: '2999-01-01' });
		expect(reasons(future)).toContain('application_date:errors.date-validation.date-in-the-future');
		const noFile = await apply({
			...valid,
			files: [
				{
					uuid: '3f0c7c8e-0000-4000-8000-000000000000',
					original_filename: 'cv.pdf',
					category: 'cv',
				},
			],
		});
		expect(reasons(noFile)).toContain('files[0].uuid:errors.file-validation.file-not-exists');
		const noJob = await apply({ ...valid, job_position_id: 1 });
		expect(reasons(noJob)).toContain('job_position_id:errors.posting-validation.posting-not-found');
		const unpublished = sb.state.jobs.find((j: Json) => !j.published).id;
		const np = await apply({ ...valid, job_position_id: unpublished });
		expect(reasons(np)).toContain('job_position_id:errors.job-position.not-published');

		const file = await upload('cv.pdf', '%PDF cv');
		const ok = await apply({
			...valid,
			application_date: '2025-01-02',
			files: [{ uuid: file.data.uuid, original_filename: 'cv.pdf', category: 'cv' }],
			attributes: [{ id: 'phone', value: '+49 1' }],
			tags: ['api'],
		});
		expect(ok.status).toBe(201);
		expect(ok.data).toBe('');
		const dup = await apply(valid);
		expect(reasons(dup)).toContain('email:errors.applicant-already-exists');

		const t = await v2Token(base);
		const list = await http0.get(
			`${base}/v2/recruiting/applications?candidate.email=ada@candidates.example`,
			auth(t),
		);
		expect(list.status).toBe(200);
		expect(list.data._data).toHaveLength(1);
		expect(list.data._data[0].job.id).toBe(String(valid.job_position_id));
		const cand = await http0.get(
			`${base}/v2/recruiting/candidates/${list.data._data[0].candidate.id}`,
			auth(t),
		);
		expect(cand.data.email).toBe('ada@candidates.example');
		const since = encodeURIComponent(new Date(Date.now() - 60000).toISOString());
		const recent = await http0.get(
			`${base}/v2/recruiting/applications?updated_at.gt=${since}`,
			auth(t),
		);
		expect(recent.data._data.map((a: Json) => a.id)).toEqual([list.data._data[0].id]);
		expect((await http0.get(`${base}/v2/recruiting/jobs`, auth(t))).data._data.length).toBe(
			sb.state.jobs.length,
		);
		expect(
			(await http0.get(`${base}/v2/recruiting/categories`, auth(t))).data._data.length,
		).toBeGreaterThan(0);
	});

	const feedTest =
		'careers XML feed: workzag-jobs with position elements, CDATA descriptions, entities, optional fields';
	it(feedTest, async () => {
		const r = await http0.get(`${base}/xml?language=en`, { responseType: 'text' });
		expect(r.status).toBe(200);
		expect(r.headers['content-type']).toContain('application/xml');
		const xml: string = r.data;
		expect(xml.startsWith('<?xml')).toBe(true);
		expect(xml).toMatch(/<workzag-jobs>[\s\S]*<\/workzag-jobs>\s*$/);
		const positions = xml.match(/<position>[\s\S]*?<\/position>/g) || [];
		expect(positions.length).toBe(sb.state.jobs.filter((j: Json) => j.published).length);
		for (const p of positions) {
			for (const tag of [
				'id',
				'office',
				'department',
				'recruitingCategory',
				'name',
				'jobDescriptions',
				'employmentType',
				'schedule',
				'occupation',
				'occupationCategory',
				'createdAt',
			])
				expect(p).toContain(`<${tag}>`);
			expect(p).toMatch(/<value><!\[CDATA\[<[a-z]+>/);
		}
		expect(positions.some((p) => !p.includes('<seniority>'))).toBe(true);
		expect(positions.some((p) => !p.includes('<keywords>'))).toBe(true);
		expect(xml).toContain('&amp;');
		expect(xml).toContain('<name>Office &amp; Feelgood Manager</name>');
		const unpublished = sb.state.jobs.find((j: Json) => !j.published).id;
		expect(xml).not.toContain(`<id>${unpublished}</id>`);
		const de = await http0.get(`${base}/xml?language=de`, { responseType: 'text' });
		expect(de.data).toContain('Deine Aufgaben');
		expect((await http0.get(`${base}/careers/unknown-co/xml?language=en`)).status).toBe(404);
		expect((await http0.get(`${base}/careers/acme/xml?language=en`)).status).toBe(200);
		const hostHeader = await http0.get(`${base}/xml?language=en`, {
			headers: { Host: 'nobody.jobs.personio.de' },
		});
		expect(hostHeader.status).toBe(404);
	});
});
