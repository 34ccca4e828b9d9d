/** Applicant > Upload Document: the upload, and when it is (not) sent again. */
import { api, binary, run, useApplicantSetup, UUID_1 } from './applicantFixtures';

useApplicantSetup();

describe('Applicant > Upload Document', () => {
	const uploadItem = [
		{
			json: {},
			binary: {
				data: binary(
					'cv.docx',
					'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
					'DOCX',
				),
			},
		},
	];

	it('uploads the file and returns what Personio answered', async () => {
		const answer = {
			uuid: UUID_1,
			size: 4,
			mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			original_filename: 'cv.docx',
			extension: 'docx',
		};
		let body = '';
		const scope = api()
			.post('/v1/recruiting/applications/documents', (b) => ((body = b), true))
			.matchHeader('content-type', /^multipart\/form-data; boundary=/)
			.reply(200, answer);
		const [items] = await run(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			{ items: uploadItem },
		);
		expect(items).toEqual([{ json: answer, pairedItem: { item: 0 } }]);
		expect(body).toMatch(
			/name="file"; filename="cv.docx"\r\nContent-Type: application\/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\nDOCX\r\n/,
		);
		expect(scope.isDone()).toBe(true);
	});

	it('retries an upload on 429 and succeeds (the file was never accepted)', async () => {
		const bodies: string[] = [];
		const scope = api()
			.post('/v1/recruiting/applications/documents', (b) => (bodies.push(b), true))
			.reply(429, '')
			.post('/v1/recruiting/applications/documents', (b) => (bodies.push(b), true))
			.reply(200, {
				uuid: UUID_1,
				size: 4,
				mimetype: 'x',
				original_filename: 'cv.docx',
				extension: 'docx',
			});
		const [items] = await run(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			{ items: uploadItem },
		);
		expect(items[0].json.uuid).toBe(UUID_1);
		expect(scope.isDone()).toBe(true);
		// The multipart body is sent whole both times.
		expect(bodies).toHaveLength(2);
		expect(bodies[1]).toMatch(/filename="cv.docx"[\s\S]*DOCX/);
	});

	it('does not re-send an upload after a 500', async () => {
		api().post('/v1/recruiting/applications/documents').once().reply(500, '');
		const error = await run(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			{ items: uploadItem },
		).catch((e) => e);
		expect(error.httpCode).toBe('500');
	});
});
