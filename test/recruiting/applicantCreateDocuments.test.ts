/** Applicant > Create with documents: each is uploaded first, then referenced by its uuid. */
import { api, binary, minimal, run, useApplicantSetup, UUID_1, UUID_2 } from './applicantFixtures';

useApplicantSetup();

describe('Applicant > Create', () => {
	it('uploads each document as multipart "file", then references the uuids with their categories', async () => {
		const uploads: string[] = [];
		const upload = api()
			.post('/v1/recruiting/applications/documents', (body) => {
				uploads.push(body);
				return true;
			})
			.matchHeader('content-type', /^multipart\/form-data; boundary=/)
			.reply(200, {
				uuid: UUID_1,
				size: 9,
				mimetype: 'application/pdf',
				original_filename: 'cv.pdf',
				extension: 'pdf',
			})
			.post('/v1/recruiting/applications/documents')
			.matchHeader('content-type', /^multipart\/form-data; boundary=/)
			.reply(200, function (_uri, body) {
				uploads.push(body as string);
				return {
					uuid: UUID_2,
					size: 5,
					mimetype: 'image/png',
					original_filename: 'portfolio.png',
					extension: 'png',
				};
			});
		const create = api()
			.post('/v1/recruiting/applications', {
				first_name: 'Ada',
				last_name: 'Lovelace',
				email: 'ada@example.com',
				job_position_id: 1001,
				files: [
					{ uuid: UUID_1, original_filename: 'cv.pdf', category: 'cv' },
					{ uuid: UUID_2, original_filename: 'portfolio.png', category: 'work-sample' },
				],
			})
			.reply(201);
		const [items] = await run(
			minimal({
				documents: {
					document: [
						{ binaryPropertyName: 'resume', category: 'cv' },
						{ binaryPropertyName: 'sample', category: 'work-sample' },
					],
				},
			}),
			{
				items: [
					{
						json: {},
						binary: {
							resume: binary('cv.pdf', 'application/pdf', '%PDF-1.4 '),
							sample: binary('portfolio.png', 'image/png', 'PNG!!'),
						},
					},
				],
			},
		);
		expect(upload.isDone() && create.isDone()).toBe(true);
		expect(uploads).toHaveLength(2);
		expect(uploads[0]).toMatch(
			/Content-Disposition: form-data; name="file"; filename="cv.pdf"\r\nContent-Type: application\/pdf\r\n\r\n%PDF-1.4 \r\n/,
		);
		expect(uploads[1]).toMatch(
			/name="file"; filename="portfolio.png"\r\nContent-Type: image\/png\r\n\r\nPNG!!\r\n/,
		);
		// A single part named "file", nothing else.
		expect(uploads[0].match(/Content-Disposition/g)).toHaveLength(1);
		expect(items[0].json.files).toEqual([
			{ uuid: UUID_1, original_filename: 'cv.pdf', category: 'cv' },
			{ uuid: UUID_2, original_filename: 'portfolio.png', category: 'work-sample' },
		]);
	});

	it('names a file without a file name from its binary field and MIME type', async () => {
		let body = '';
		api()
			.post('/v1/recruiting/applications/documents', (b) => ((body = b), true))
			.reply(200, {
				uuid: UUID_1,
				size: 2,
				mimetype: 'text/plain',
				original_filename: 'letter.txt',
				extension: 'txt',
			});
		api()
			.post('/v1/recruiting/applications', (b) => b.files[0].category === 'cover-letter')
			.reply(201);
		const item = {
			json: {},
			binary: { letter: { data: Buffer.from('hi').toString('base64'), mimeType: 'text/plain' } },
		};
		await run(
			minimal({
				documents: { document: [{ binaryPropertyName: 'letter', category: 'cover-letter' }] },
			}),
			{
				items: [item as never],
			},
		);
		expect(body).toMatch(/name="file"; filename="letter.txt"/);
	});
});
