/* eslint-disable */
import nock from 'nock';

import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { RECRUITING_REASONS } from '../../nodes/shared/errors';
import { BASE_URL, fastRetries, initBinaryData, recruitingCredentials, runNode, TestCredentialsHelper } from '../helpers/harness';

const node = new PersonioRecruiting();
const run = (parameters: Record<string, unknown>, extra: Partial<Parameters<typeof runNode>[0]> = {}) =>
	runNode({ nodeType: node, typeName: 'n8n-nodes-personio.personioRecruiting', parameters: parameters as never, ...extra });

const KEY = 'test-recruiting-key-DO-NOT-LEAK';
const UUID_1 = '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c';
const UUID_2 = '9b2d7e5c-1a0b-4c3f-8c1d-4e4f3f1c2b9e';

const binary = (fileName: string, mimeType: string, content: string | Buffer) => ({
	data: (typeof content === 'string' ? Buffer.from(content) : content).toString('base64'),
	mimeType,
	fileName,
	fileExtension: fileName.includes('.') ? fileName.split('.').pop() : undefined,
});

const api = () =>
	nock(BASE_URL).matchHeader('authorization', `Bearer ${KEY}`).matchHeader('x-company-id', '1234');

const minimal = (extra: Record<string, unknown> = {}) => ({
	resource: 'applicant',
	operation: 'create',
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.com',
	jobPositionId: { mode: 'id', value: '1001' },
	additionalFields: {},
	...extra,
});

const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);

beforeAll(async () => {
	fastRetries();
	await initBinaryData();
});

afterEach(() => {
	// No test may leave an expected request unmade.
	expect(nock.pendingMocks()).toEqual([]);
});

describe('Applicant > Create', () => {
	it('posts the four required fields as JSON and summarises the 201 with an empty body', async () => {
		const scope = api()
			.post('/v1/recruiting/applications', { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', job_position_id: 1001 })
			.matchHeader('content-type', /application\/json/)
			.reply(201, '');
		const [items] = await run(minimal());
		expect(items).toEqual([
			{
				json: { created: true, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', job_position_id: 1001 },
				pairedItem: { item: 0 },
			},
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('sends every documented field, the partner/app headers in both spellings, and system + custom attributes', async () => {
		const credentials = new TestCredentialsHelper({ personioRecruitingApi: recruitingCredentials({ partnerId: 'ACME_HR', appId: 'N8N_APPLY' }) });
		const expected = {
			first_name: 'Ada',
			last_name: 'Lovelace',
			email: 'ada@example.com',
			job_position_id: 1001,
			recruiting_channel_id: 77,
			external_posting_id: 'pid-42',
			message: 'Hello,\nI would love to join.',
			application_date: '2024-05-01',
			phase: { type: 'system', id: 'offer' },
			tags: ['referral', 'senior'],
			attributes: [
				{ id: 'birthday', value: '1990-12-10' },
				{ id: 'gender', value: 'female' },
				{ id: 'location', value: 'London' },
				{ id: 'phone', value: '+44 20 1234' },
				{ id: 'available_from', value: 'August' },
				{ id: 'salary_expectations', value: 'minimum 50k' },
				{ id: 'custom_attribute_123', value: 'Yes' },
				{ id: 'custom_attribute_456', value: '2024-01-31' },
			],
		};
		const scope = api()
			.matchHeader('x-personio-partner-id', 'ACME_HR')
			.matchHeader('personio-partner-id', 'ACME_HR')
			.matchHeader('x-personio-app-id', 'N8N_APPLY')
			.matchHeader('personio-app-id', 'N8N_APPLY')
			.post('/v1/recruiting/applications', expected)
			.reply(201);
		const [items] = await run(
			minimal({
				additionalFields: {
					recruitingChannelId: '77',
					externalPostingId: ' pid-42 ',
					message: 'Hello,\nI would love to join.',
					applicationDate: '2024-05-01T00:00:00',
					phase: { value: { type: 'system', systemId: 'offer' } },
					tags: ['referral', ' senior ', '', 'referral'],
					birthday: '1990-12-10',
					gender: 'female',
					location: 'London',
					phone: '+44 20 1234',
					availableFrom: 'August',
					salaryExpectations: 'minimum 50k',
				},
				customAttributes: { attribute: [{ id: 'custom_attribute_123', value: 'Yes' }, { id: '456', value: '2024-01-31' }] },
			}),
			{ credentials },
		);
		expect(items[0].json).toEqual({ created: true, ...expected });
		expect(scope.isDone()).toBe(true);
	});

	it('sends a custom phase with an integer id and accepts tags as a comma-separated expression result', async () => {
		const scope = api()
			.post('/v1/recruiting/applications', (body) =>
				JSON.stringify(body.phase) === JSON.stringify({ type: 'custom', id: 42 }) && JSON.stringify(body.tags) === '["a","b"]',
			)
			.reply(201);
		await run(minimal({ additionalFields: { phase: { value: { type: 'custom', customId: '42' } }, tags: 'a, b' } }));
		expect(scope.isDone()).toBe(true);
	});

	it('accepts today as application date', async () => {
		const scope = api().post('/v1/recruiting/applications', (body) => body.application_date === today()).reply(201);
		await run(minimal({ additionalFields: { applicationDate: today() } }));
		expect(scope.isDone()).toBe(true);
	});

	it('uploads each document as multipart "file", then references the uuids with their categories', async () => {
		const uploads: string[] = [];
		const upload = api()
			.post('/v1/recruiting/applications/documents', (body) => {
				uploads.push(body);
				return true;
			})
			.matchHeader('content-type', /^multipart\/form-data; boundary=/)
			.reply(200, { uuid: UUID_1, size: 9, mimetype: 'application/pdf', original_filename: 'cv.pdf', extension: 'pdf' })
			.post('/v1/recruiting/applications/documents')
			.matchHeader('content-type', /^multipart\/form-data; boundary=/)
			.reply(200, function (_uri, body) {
				uploads.push(body as string);
				return { uuid: UUID_2, size: 5, mimetype: 'image/png', original_filename: 'portfolio.png', extension: 'png' };
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
						binary: { resume: binary('cv.pdf', 'application/pdf', '%PDF-1.4 '), sample: binary('portfolio.png', 'image/png', 'PNG!!') },
					},
				],
			},
		);
		expect(upload.isDone() && create.isDone()).toBe(true);
		expect(uploads).toHaveLength(2);
		expect(uploads[0]).toMatch(/Content-Disposition: form-data; name="file"; filename="cv.pdf"\r\nContent-Type: application\/pdf\r\n\r\n%PDF-1.4 \r\n/);
		expect(uploads[1]).toMatch(/name="file"; filename="portfolio.png"\r\nContent-Type: image\/png\r\n\r\nPNG!!\r\n/);
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
			.reply(200, { uuid: UUID_1, size: 2, mimetype: 'text/plain', original_filename: 'letter.txt', extension: 'txt' });
		api().post('/v1/recruiting/applications', (b) => b.files[0].category === 'cover-letter').reply(201);
		const item = { json: {}, binary: { letter: { data: Buffer.from('hi').toString('base64'), mimeType: 'text/plain' } } };
		await run(minimal({ documents: { document: [{ binaryPropertyName: 'letter', category: 'cover-letter' }] } }), { items: [item as never] });
		expect(body).toMatch(/name="file"; filename="letter.txt"/);
	});

	it('does NOT re-send the application after a 500 (it may have been created)', async () => {
		const scope = api()
			.post('/v1/recruiting/applications')
			.once()
			.reply(500, { errors: [{ id: '5f0c1d2e-0000-4000-8000-000000000000', status: '500', title: 'Internal Server Error', detail: 'Something broke' }] });
		let resent = 0;
		const second = nock(BASE_URL).post('/v1/recruiting/applications').reply(() => (resent++, [201, '']));
		const error = await run(minimal()).catch((e) => e);
		expect(scope.isDone()).toBe(true);
		expect(resent).toBe(0);
		expect(error.httpCode).toBe('500');
		expect(error.message).toBe('Something broke');
		nock.removeInterceptor((second as unknown as { interceptors: nock.Interceptor[] }).interceptors[0]);
	});

	it('does NOT re-send the application after a connection reset', async () => {
		const scope = api().post('/v1/recruiting/applications').once().replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
		let resent = 0;
		const second = nock(BASE_URL).post('/v1/recruiting/applications').reply(() => (resent++, [201, '']));
		const error = await run(minimal()).catch((e) => e);
		expect(scope.isDone()).toBe(true);
		expect(resent).toBe(0);
		expect(error.message).toMatch(/connection to the server was closed/);
		nock.removeInterceptor((second as unknown as { interceptors: nock.Interceptor[] }).interceptors[0]);
	});

	it('re-sends the application after a 429 (Personio refused it unprocessed)', async () => {
		const scope = api()
			.post('/v1/recruiting/applications').reply(429, '', { 'Retry-After': '0' })
			.post('/v1/recruiting/applications').reply(201);
		const [items] = await run(minimal());
		expect(items[0].json.created).toBe(true);
		expect(scope.isDone()).toBe(true);
	});

	it('with Continue On Fail, creates each item once and reports the failed one', async () => {
		api().post('/v1/recruiting/applications', (b) => b.email === 'a@x.co').reply(201);
		api()
			.post('/v1/recruiting/applications', (b) => b.email === 'b@x.co')
			.reply(400, { errors: [{ field: 'email', errors: [{ reason: 'errors.applicant-already-exists' }] }] });
		const [items] = await run(minimal({ email: '={{ $json.email }}' }), {
			continueOnFail: true,
			items: [{ json: { email: 'a@x.co' } }, { json: { email: 'b@x.co' } }],
		});
		expect(items[0]).toMatchObject({ json: { created: true, email: 'a@x.co' }, pairedItem: { item: 0 } });
		expect(items[1]).toMatchObject({
			json: { error: 'email: This candidate has already applied to this job', httpCode: '400' },
			pairedItem: { item: 1 },
		});
	});

	it('keeps the API key out of errors', async () => {
		api().post('/v1/recruiting/applications').reply(401, '');
		const error = await run(minimal()).catch((e) => e);
		expect(error.httpCode).toBe('401');
		expect(JSON.stringify(error) + error.stack + error.description).not.toMatch(/DO-NOT-LEAK/);
	});
});

describe("Personio's reason codes", () => {
	const cases: Array<[string, string, number, string]> = [
		['errors.applicant-already-exists', 'email', 400, 'This candidate has already applied to this job'],
		['errors.posting-validation.posting-not-found', 'job_position_id', 400, 'No job with this job position ID was found in Personio'],
		['errors.posting-validation.channel-not-found', 'recruiting_channel_id', 400, 'No recruiting channel with this ID was found in Personio'],
		['errors.job-position.not-published', 'job_position_id', 400, 'This job is not published, so it cannot receive applications'],
		['errors.file-validation.file-not-exists', 'files[0].uuid', 400, 'An attached document was not found; upload it again'],
		['errors.file-validation.unknown-file-category', 'files[0].category', 400, 'The document category is not one Personio supports'],
		['errors.attribute-validation.unknown', 'attributes[0].id', 400, 'Personio does not know this attribute; check the attribute ID'],
		['errors.attribute-validation.required-attribute', 'first_name', 400, 'A required field is missing'],
		['errors.attribute-validation.invalid-date-format', 'attributes[0].value', 400, 'The date must be written as YYYY-MM-DD'],
		['errors.attribute-validation.invalid-email-format', 'email', 400, 'The email address is not valid'],
		['errors.attribute-validation.invalid-type', 'attributes[0].id', 400, 'This kind of attribute cannot be set through the API'],
		['errors.attribute-validation.unknown-attribute-option', 'attributes[0].value', 400, 'The value is not one of the options configured for this attribute'],
		['errors.date-validation.date-in-the-future', 'application_date', 400, 'The application date cannot be in the future'],
		['errors.phase-validation.invalid-system-phase', 'phase', 400, 'This application phase does not exist'],
		['feature.recruiting.disabled', 'company', 403, 'Recruiting is not enabled for this Personio company'],
		['feature.public-api.disabled', 'company', 403, 'The Recruiting API is not enabled for this Personio company'],
	];

	it.each(cases)('%s becomes a message a recruiter understands', async (reason, field, status, message) => {
		expect(RECRUITING_REASONS[reason]).toBe(message);
		api().post('/v1/recruiting/applications').reply(status, { errors: [{ field, errors: [{ reason, context: {} }] }] });
		const error = await run(minimal()).catch((e) => e);
		expect(error.message).toBe(`${field}: ${message}`);
		expect(error.httpCode).toBe(String(status));
	});

	it.each([
		['errors.invalid-file-type', 422, 'Personio does not accept this type of file'],
		['errors.file-too-big', 413, 'The file is larger than Personio allows (20 MB)'],
	])('%s on upload becomes a clear message', async (reason, status, message) => {
		api().post('/v1/recruiting/applications/documents').reply(status, { errors: [{ field: 'file', errors: [{ reason }] }] });
		const error = await run(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			{ items: [{ json: {}, binary: { data: binary('cv.pdf', 'application/pdf', 'x') } }] },
		).catch((e) => e);
		expect(error.message).toBe(`file: ${message}`);
		expect(error.httpCode).toBe(String(status));
	});

	it('joins several field errors', async () => {
		api()
			.post('/v1/recruiting/applications')
			.reply(400, {
				errors: [
					{ field: 'first_name', errors: [{ reason: 'errors.attribute-validation.required-attribute' }] },
					{ field: 'email', errors: [{ reason: 'errors.attribute-validation.invalid-email-format' }] },
				],
			});
		const error = await run(minimal()).catch((e) => e);
		expect(error.message).toBe('first_name: A required field is missing; email: The email address is not valid');
	});
});

describe('Applicant > Upload Document', () => {
	const uploadItem = [{ json: {}, binary: { data: binary('cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX') } }];

	it('uploads the file and returns what Personio answered', async () => {
		const answer = { uuid: UUID_1, size: 4, mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', original_filename: 'cv.docx', extension: 'docx' };
		let body = '';
		const scope = api()
			.post('/v1/recruiting/applications/documents', (b) => ((body = b), true))
			.matchHeader('content-type', /^multipart\/form-data; boundary=/)
			.reply(200, answer);
		const [items] = await run({ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' }, { items: uploadItem });
		expect(items).toEqual([{ json: answer, pairedItem: { item: 0 } }]);
		expect(body).toMatch(/name="file"; filename="cv.docx"\r\nContent-Type: application\/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\nDOCX\r\n/);
		expect(scope.isDone()).toBe(true);
	});

	it('retries an upload on 429 and succeeds (the file was never accepted)', async () => {
		const bodies: string[] = [];
		const scope = api()
			.post('/v1/recruiting/applications/documents', (b) => (bodies.push(b), true))
			.reply(429, '')
			.post('/v1/recruiting/applications/documents', (b) => (bodies.push(b), true))
			.reply(200, { uuid: UUID_1, size: 4, mimetype: 'x', original_filename: 'cv.docx', extension: 'docx' });
		const [items] = await run({ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' }, { items: uploadItem });
		expect(items[0].json.uuid).toBe(UUID_1);
		expect(scope.isDone()).toBe(true);
		// The multipart body is sent whole both times.
		expect(bodies).toHaveLength(2);
		expect(bodies[1]).toMatch(/filename="cv.docx"[\s\S]*DOCX/);
	});

	it('does not re-send an upload after a 500', async () => {
		api().post('/v1/recruiting/applications/documents').once().reply(500, '');
		const error = await run({ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' }, { items: uploadItem }).catch((e) => e);
		expect(error.httpCode).toBe('500');
	});
});

describe('bad input is refused before any request', () => {
	let requests = 0;
	beforeEach(() => {
		// Counts any request at all: there must be none.
		requests = 0;
		nock(BASE_URL).persist().post(/.*/).reply(() => {
			requests++;
			return [599, 'unexpected request'];
		});
	});
	afterEach(() => nock.cleanAll());

	const refuse = async (parameters: Record<string, unknown>, message: RegExp, items?: never[]) => {
		const error = await run(parameters, items ? { items } : {}).catch((e) => e);
		expect(error.constructor.name).toBe('NodeOperationError');
		expect(error.message).toMatch(message);
		expect(requests).toBe(0);
	};
	const withFile = (binaryData: object) => [{ json: {}, binary: binaryData }] as never[];

	it.each([
		[{ firstName: '' }, /^First Name must be set$/],
		[{ lastName: '   ' }, /^Last Name must be set; got "   "$/],
		[{ email: '' }, /^Email must be set$/],
		[{ email: 'ada@' }, /^Email must be a valid email address; got "ada@"$/],
		[{ firstName: 'x'.repeat(256) }, /^First Name must be at most 255 characters long/],
		[{ jobPositionId: { mode: 'id', value: '' } }, /^Job Position must be set$/],
		[{ jobPositionId: { mode: 'id', value: '12.5' } }, /^Job Position must be a positive whole number/],
		[{ jobPositionId: { mode: 'id', value: '1001; DROP' } }, /^Job Position must be a positive whole number/],
		[{ additionalFields: { applicationDate: '2999-01-01' } }, /^Additional Fields > Application Date must be today or a past date; got "2999-01-01"$/],
		[{ additionalFields: { applicationDate: '2024-02-30' } }, /^Additional Fields > Application Date must be a real calendar date/],
		[{ additionalFields: { birthday: 'yesterday' } }, /^Additional Fields > Birthday must be a date as YYYY-MM-DD/],
		[{ additionalFields: { gender: 'other' } }, /^Additional Fields > Gender must be one of diverse, female, male, undefined/],
		[{ additionalFields: { recruitingChannelId: 'web' } }, /^Additional Fields > Recruiting Channel ID must be a positive whole number/],
		[{ additionalFields: { phase: { value: { type: 'system', systemId: 'hired' } } } }, /^Additional Fields > Phase > System Phase must be one of accepted, offer, rejected, unassigned, withdrawn/],
		[{ additionalFields: { phase: { value: { type: 'custom', customId: 'abc' } } } }, /^Additional Fields > Phase > Custom Phase ID must be a positive whole number/],
		[{ customAttributes: { attribute: [{ id: 'favourite_colour', value: 'red' }] } }, /^Custom Attributes > Attribute ID must be custom_attribute_<number> or just the number/],
		[{ customAttributes: { attribute: [{ id: '12', value: '' }] } }, /^Custom Attributes > Value \(of 12\) must be set$/],
	])('%j', async (override, message) => {
		await refuse(minimal(override as Record<string, unknown>), message);
	});

	it('a future application date (tomorrow)', async () => {
		await refuse(minimal({ additionalFields: { applicationDate: tomorrow() } }), /Application Date must be today or a past date/);
	});

	it('an unknown document category', async () => {
		await refuse(
			minimal({ documents: { document: [{ binaryPropertyName: 'data', category: 'passport' }] } }),
			/^Documents > Document 1 > Category must be one of certificate, cover-letter, cv, employment-reference, other, work-sample; got "passport"$/,
			withFile({ data: binary('cv.pdf', 'application/pdf', 'x') }),
		);
	});

	it('a missing binary property, naming the ones the item has', async () => {
		await refuse(
			minimal({ documents: { document: [{ binaryPropertyName: 'resume', category: 'cv' }] } }),
			/^Documents > Document 1 > Input Binary Field must be the name of a binary field of the input item \(it has data\); got "resume"$/,
			withFile({ data: binary('cv.pdf', 'application/pdf', 'x') }),
		);
	});

	it('a missing binary property on an item without files', async () => {
		await refuse(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			/^Input Binary Field must be the name of a binary field of the input item \(it has none\); got "data"$/,
		);
	});

	it('a file larger than 20 MB', async () => {
		await refuse(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			/^Input Binary Field must be a file of at most 20 MB; got "20.0 MB"$/,
			withFile({ data: binary('big.pdf', 'application/pdf', Buffer.alloc(20 * 1024 * 1024 + 1, 1)) }),
		);
	});

	it.each([
		['virus.exe', 'application/x-msdownload'],
		['page.html', 'text/html'],
		['notes', 'application/octet-stream'],
	])('a file type Personio does not accept (%s)', async (fileName, mimeType) => {
		await refuse(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			/^Input Binary Field must be a file of a type Personio accepts \(pdf, pptx, xlsx, docx, doc, xls, ppt, ods, odt, 7z, gz, rar, zip, bmp, gif, jpg, png, tif, csv, txt, rtf, mp4, 3gp, mov, avi, wmv\)/,
			withFile({ data: binary(fileName, mimeType, 'x') }),
		);
	});

	it('an empty file', async () => {
		await refuse(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			/^Input Binary Field must be a file that is not empty/,
			withFile({ data: binary('cv.pdf', 'application/pdf', '') }),
		);
	});

	it('checks every document before uploading any (the second one is bad)', async () => {
		await refuse(
			minimal({
				documents: {
					document: [
						{ binaryPropertyName: 'good', category: 'cv' },
						{ binaryPropertyName: 'bad', category: 'other' },
					],
				},
			}),
			/^Documents > Document 2 > Input Binary Field must be a file of a type Personio accepts/,
			withFile({ good: binary('cv.pdf', 'application/pdf', 'x'), bad: binary('run.sh', 'application/x-sh', 'x') }),
		);
	});

	it('accepts .jpeg and .tiff spellings', async () => {
		nock.cleanAll();
		api()
			.post('/v1/recruiting/applications/documents')
			.reply(200, { uuid: UUID_1, size: 1, mimetype: 'image/jpeg', original_filename: 'me.jpeg', extension: 'jpg' });
		const [items] = await run(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			{ items: withFile({ data: binary('me.jpeg', 'image/jpeg', 'x') }) },
		);
		expect(items[0].json.extension).toBe('jpg');
	});
});
