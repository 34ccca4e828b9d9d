/** Applicant: bad input is refused, naming the field, before any request. */
import nock from 'nock';

import { BASE_URL } from '../helpers/harness';
import {
	api,
	binary,
	minimal,
	run,
	tomorrow,
	useApplicantSetup,
	UUID_1,
} from './applicantFixtures';

useApplicantSetup();

describe('bad input is refused before any request', () => {
	let requests = 0;
	beforeEach(() => {
		// Counts any request at all: there must be none.
		requests = 0;
		nock(BASE_URL)
			.persist()
			.post(/.*/)
			.reply(() => {
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
		[{ lastName: '   ' }, /^Last Name must be set; got " {3}"$/],
		[{ email: '' }, /^Email must be set$/],
		[{ email: 'ada@' }, /^Email must be a valid email address; got "ada@"$/],
		[{ firstName: 'x'.repeat(256) }, /^First Name must be at most 255 characters long/],
		[{ jobPositionId: { mode: 'id', value: '' } }, /^Job Position must be set$/],
		[
			{ jobPositionId: { mode: 'id', value: '12.5' } },
			/^Job Position must be a positive whole number/,
		],
		[
			{ jobPositionId: { mode: 'id', value: '1001; DROP' } },
			/^Job Position must be a positive whole number/,
		],
		[
			{ additionalFields: { applicationDate: '2999-01-01' } },
			/^Additional Fields > Application Date must be today or a past date; got "2999-01-01"$/,
		],
		[
			{ additionalFields: { applicationDate: '2024-02-30' } },
			/^Additional Fields > Application Date must be a real calendar date/,
		],
		[
			{ additionalFields: { birthday: 'yesterday' } },
			/^Additional Fields > Birthday must be a date as YYYY-MM-DD/,
		],
		[
			{ additionalFields: { gender: 'other' } },
			/^Additional Fields > Gender must be one of diverse, female, male, undefined/,
		],
		[
			{ additionalFields: { recruitingChannelId: 'web' } },
			/^Additional Fields > Recruiting Channel ID must be a positive whole number/,
		],
		[
			{ additionalFields: { phase: { value: { type: 'system', systemId: 'hired' } } } },
			/^Additional Fields > Phase > System Phase must be one of accepted, offer, rejected, unassigned, withdrawn/,
		],
		[
			{ additionalFields: { phase: { value: { type: 'custom', customId: 'abc' } } } },
			/^Additional Fields > Phase > Custom Phase ID must be a positive whole number/,
		],
		[
			{ customAttributes: { attribute: [{ id: 'favourite_colour', value: 'red' }] } },
			/^Custom Attributes > Attribute ID must be custom_attribute_<number> or just the number/,
		],
		[
			{ customAttributes: { attribute: [{ id: '12', value: '' }] } },
			/^Custom Attributes > Value \(of 12\) must be set$/,
		],
	])('%j', async (override, message) => {
		await refuse(minimal(override as Record<string, unknown>), message);
	});

	it('a future application date (tomorrow)', async () => {
		await refuse(
			minimal({ additionalFields: { applicationDate: tomorrow() } }),
			/Application Date must be today or a past date/,
		);
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
			withFile({
				data: binary('big.pdf', 'application/pdf', Buffer.alloc(20 * 1024 * 1024 + 1, 1)),
			}),
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
			withFile({
				good: binary('cv.pdf', 'application/pdf', 'x'),
				bad: binary('run.sh', 'application/x-sh', 'x'),
			}),
		);
	});

	it('accepts .jpeg and .tiff spellings', async () => {
		nock.cleanAll();
		api().post('/v1/recruiting/applications/documents').reply(200, {
			uuid: UUID_1,
			size: 1,
			mimetype: 'image/jpeg',
			original_filename: 'me.jpeg',
			extension: 'jpg',
		});
		const [items] = await run(
			{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
			{ items: withFile({ data: binary('me.jpeg', 'image/jpeg', 'x') }) },
		);
		expect(items[0].json.extension).toBe('jpg');
	});
});
