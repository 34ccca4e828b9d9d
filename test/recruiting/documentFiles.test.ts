import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import nock from 'nock';

import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { BASE_URL, fastRetries, initBinaryData, runNode } from '../helpers/harness';

const node = new PersonioRecruiting();
const run = (
	parameters: Record<string, unknown>,
	extra: Partial<Parameters<typeof runNode>[0]> = {},
) =>
	runNode({
		nodeType: node,
		typeName: 'n8n-nodes-personio.personioRecruiting',
		parameters: parameters as never,
		...extra,
	});

const MB = 1024 * 1024;
const UUID = '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c';
const pdf = (extra: Record<string, unknown> = {}) => ({
	data: Buffer.from('%PDF').toString('base64'),
	mimeType: 'application/pdf',
	fileName: 'cv.pdf',
	fileExtension: 'pdf',
	...extra,
});
const items = (binary: Record<string, unknown>) => [
	{ json: {}, binary: { data: binary as never } },
];
const uploadDocument = {
	resource: 'applicant',
	operation: 'uploadDocument',
	binaryPropertyName: 'data',
};
const uploads = () => nock(BASE_URL).post('/v1/recruiting/applications/documents');

beforeAll(async () => {
	fastRetries();
	await initBinaryData();
});

afterEach(() => jest.restoreAllMocks());

describe('Applicant documents: the size comes from the metadata before the file is read', () => {
	it('refuses a file n8n recorded as over 20 MB without loading it or sending anything', async () => {
		const reads = jest.spyOn(Container.get(BinaryDataService), 'getAsBuffer');
		const scope = uploads().reply(200, {});
		const error = await run(uploadDocument, { items: items(pdf({ bytes: 20 * MB + 1 })) }).catch(
			(e) => e,
		);
		expect(error.message).toBe('Input Binary Field must be a file of at most 20 MB; got "20.0 MB"');
		expect(reads).not.toHaveBeenCalled();
		expect(scope.isDone()).toBe(false);
	});

	it('refuses a document of an application the same way, naming its field', async () => {
		const reads = jest.spyOn(Container.get(BinaryDataService), 'getAsBuffer');
		const error = await run(
			{
				resource: 'applicant',
				operation: 'create',
				firstName: 'Ada',
				lastName: 'Lovelace',
				email: 'ada@example.com',
				jobPositionId: { mode: 'id', value: '1001' },
				additionalFields: {},
				documents: { document: [{ category: 'cv', binaryPropertyName: 'data' }] },
			},
			{ items: items(pdf({ data: Buffer.alloc(20 * MB + 1).toString('base64') })) },
		).catch((e) => e);
		expect(error.message).toMatch(
			/^Documents > Document 1 > Input Binary Field must be a file of at most 20 MB/,
		);
		expect(reads).not.toHaveBeenCalled();
	});
});

describe('Applicant documents: the file name Personio echoes back', () => {
	const answer = (name: unknown) => ({
		uuid: UUID,
		size: 4,
		mimetype: 'application/pdf',
		original_filename: name,
	});

	it.each([
		['../../etc/cv.pdf', 'cv.pdf'],
		['C:\\temp\\cv.pdf', 'cv.pdf'],
		['cv\r\n.pdf', 'cv.pdf'],
		['cv\u202Efdp.exe', 'cvfdp.exe'],
		['cv.pdf', 'cv.pdf'],
	])('%j becomes %j', async (name, expected) => {
		uploads().reply(200, answer(name));
		const [out] = await run(uploadDocument, { items: items(pdf()) });
		expect(out[0].json.original_filename).toBe(expected);
	});

	it('a name with nothing usable left is dropped', async () => {
		uploads().reply(200, answer('..'));
		const [out] = await run(uploadDocument, { items: items(pdf()) });
		expect(out[0].json).toEqual({ uuid: UUID, size: 4, mimetype: 'application/pdf' });
	});

	it('an application references the cleaned name, or the input file name when none is left', async () => {
		let sent: { files?: unknown } = {};
		nock(BASE_URL)
			.post('/v1/recruiting/applications/documents')
			.reply(200, answer('../x/cv.pdf'))
			.post('/v1/recruiting/applications/documents')
			.reply(200, answer('/'))
			.post('/v1/recruiting/applications', (body) => ((sent = body), true))
			.reply(201, '');
		await run(
			{
				resource: 'applicant',
				operation: 'create',
				firstName: 'Ada',
				lastName: 'Lovelace',
				email: 'ada@example.com',
				jobPositionId: { mode: 'id', value: '1001' },
				additionalFields: {},
				documents: {
					document: [
						{ category: 'cv', binaryPropertyName: 'data' },
						{ category: 'other', binaryPropertyName: 'data' },
					],
				},
			},
			{ items: items(pdf({ fileName: 'mine.pdf' })) },
		);
		expect(sent.files).toEqual([
			{ uuid: UUID, original_filename: 'cv.pdf', category: 'cv' },
			{ uuid: UUID, original_filename: 'mine.pdf', category: 'other' },
		]);
	});
});
