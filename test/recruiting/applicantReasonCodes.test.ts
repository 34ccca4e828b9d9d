/** Personio's recruiting reason codes become messages a recruiter understands. */
import { RECRUITING_REASONS } from '../../nodes/shared/errors';
import { api, binary, minimal, run, useApplicantSetup } from './applicantFixtures';

useApplicantSetup();

describe("Personio's reason codes", () => {
	const cases: Array<[string, string, number, string]> = [
		[
			'errors.applicant-already-exists',
			'email',
			400,
			'This candidate has already applied to this job',
		],
		[
			'errors.posting-validation.posting-not-found',
			'job_position_id',
			400,
			'No job with this job position ID was found in Personio',
		],
		[
			'errors.posting-validation.channel-not-found',
			'recruiting_channel_id',
			400,
			'No recruiting channel with this ID was found in Personio',
		],
		[
			'errors.job-position.not-published',
			'job_position_id',
			400,
			'This job is not published, so it cannot receive applications',
		],
		[
			'errors.file-validation.file-not-exists',
			'files[0].uuid',
			400,
			'An attached document was not found; upload it again',
		],
		[
			'errors.file-validation.unknown-file-category',
			'files[0].category',
			400,
			'The document category is not one Personio supports',
		],
		[
			'errors.attribute-validation.unknown',
			'attributes[0].id',
			400,
			'Personio does not know this attribute; check the attribute ID',
		],
		[
			'errors.attribute-validation.required-attribute',
			'first_name',
			400,
			'A required field is missing',
		],
		[
			'errors.attribute-validation.invalid-date-format',
			'attributes[0].value',
			400,
			'The date must be written as YYYY-MM-DD',
		],
		[
			'errors.attribute-validation.invalid-email-format',
			'email',
			400,
			'The email address is not valid',
		],
		[
			'errors.attribute-validation.invalid-type',
			'attributes[0].id',
			400,
			'This kind of attribute cannot be set through the API',
		],
		[
			'errors.attribute-validation.unknown-attribute-option',
			'attributes[0].value',
			400,
			'The value is not one of the options configured for this attribute',
		],
		[
			'errors.date-validation.date-in-the-future',
			'application_date',
			400,
			'The application date cannot be in the future',
		],
		[
			'errors.phase-validation.invalid-system-phase',
			'phase',
			400,
			'This application phase does not exist',
		],
		[
			'feature.recruiting.disabled',
			'company',
			403,
			'Recruiting is not enabled for this Personio company',
		],
		[
			'feature.public-api.disabled',
			'company',
			403,
			'The Recruiting API is not enabled for this Personio company',
		],
	];

	it.each(cases)(
		'%s becomes a message a recruiter understands',
		async (reason, field, status, message) => {
			expect(RECRUITING_REASONS[reason]).toBe(message);
			api()
				.post('/v1/recruiting/applications')
				.reply(status, { errors: [{ field, errors: [{ reason, context: {} }] }] });
			const error = await run(minimal()).catch((e) => e);
			expect(error.message).toBe(`${field}: ${message}`);
			expect(error.httpCode).toBe(String(status));
		},
	);

	it.each([
		['errors.invalid-file-type', 422, 'Personio does not accept this type of file'],
		['errors.file-too-big', 413, 'The file is larger than Personio allows (20 MB)'],
	])('%s on upload becomes a clear message', async (reason, status, message) => {
		api()
			.post('/v1/recruiting/applications/documents')
			.reply(status, { errors: [{ field: 'file', errors: [{ reason }] }] });
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
					{
						field: 'first_name',
						errors: [{ reason: 'errors.attribute-validation.required-attribute' }],
					},
					{
						field: 'email',
						errors: [{ reason: 'errors.attribute-validation.invalid-email-format' }],
					},
				],
			});
		const error = await run(minimal()).catch((e) => e);
		expect(error.message).toBe(
			'first_name: A required field is missing; email: The email address is not valid',
		);
	});
});
