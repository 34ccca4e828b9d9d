import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';

import { fileNameFromDisposition, safeFileName } from '../../nodes/shared/files';
import { api, expectNoRequest, run, tokenEndpoint } from '../helpers/personioNode';
import { fastRetries, initBinaryData } from '../helpers/harness';

const MB = 1024 * 1024;

beforeAll(async () => {
	fastRetries();
	await initBinaryData();
});

afterEach(() => jest.restoreAllMocks());

const upload = {
	resource: 'document',
	operation: 'upload',
	employeeId: { mode: 'id', value: '42' },
	binaryPropertyName: 'data',
	title: 'Contract',
	categoryId: '3',
	additionalFields: {},
};
const withBinary = (binary: Record<string, unknown>) => ({
	items: [
		{
			json: {},
			binary: { data: { mimeType: 'application/pdf', fileName: 'c.pdf', ...binary } as never },
		},
	],
});
const base64 = (bytes: number) => Buffer.alloc(bytes, 1).toString('base64');

describe('Document > Upload checks the size from the metadata before reading the file', () => {
	const readsBuffer = () => jest.spyOn(Container.get(BinaryDataService), 'getAsBuffer');

	it.each([
		['n8n recorded its size (bytes)', { data: base64(10), bytes: 30 * MB + 1 }],
		['it is held inline (base64 length)', { data: base64(30 * MB + 1) }],
	])('refuses a file over 30 MB when %s, without loading it', async (_label, binary) => {
		const reads = readsBuffer();
		const scope = tokenEndpoint();
		const error = await run(upload, withBinary(binary)).catch((e) => e);
		expect(error.message).toBe('Input Binary Field must be a file of at most 30 MB; got "30.0 MB"');
		expect(reads).not.toHaveBeenCalled();
		expectNoRequest(scope);
	});

	it('asks the binary data store for the size of a stored file, without loading it', async () => {
		const service = Container.get(BinaryDataService);
		const metadata = jest
			.spyOn(service, 'getMetadata')
			.mockResolvedValue({ fileName: 'c.pdf', mimeType: 'application/pdf', fileSize: 31 * MB });
		const reads = readsBuffer();
		const scope = tokenEndpoint();
		const binary = {
			id: 'filesystem-v2:workflows/1/executions/2/binary_data/abc',
			data: 'filesystem-v2',
		};
		const error = await run(upload, withBinary(binary)).catch((e) => e);
		expect(error.message).toMatch(
			/Input Binary Field must be a file of at most 30 MB; got "31.0 MB"/,
		);
		expect(metadata).toHaveBeenCalledWith('filesystem-v2:workflows/1/executions/2/binary_data/abc');
		expect(reads).not.toHaveBeenCalled();
		expectNoRequest(scope);
	});

	it('still checks the file it read when the metadata understates its size', async () => {
		const scope = tokenEndpoint();
		const error = await run(upload, withBinary({ data: base64(30 * MB + 1), bytes: 10 })).catch(
			(e) => e,
		);
		expect(error.message).toMatch(/Input Binary Field must be a file of at most 30 MB/);
		expectNoRequest(scope);
	});

	it('uploads a file whose recorded size is exactly 30 MB', async () => {
		tokenEndpoint();
		const scope = api()
			.post('/v1/company/documents')
			.reply(201, { success: true, data: { id: 7, type: 'Document', attributes: {} } });
		const [items] = await run(upload, withBinary({ data: base64(10), bytes: 30 * MB }));
		expect(scope.isDone()).toBe(true);
		expect(items[0].json).toEqual({ id: 7 });
	});
});

describe('Document > Download', () => {
	const download = (options: Record<string, unknown> = {}) => ({
		resource: 'document',
		operation: 'download',
		documentId: 'd1',
		binaryPropertyName: 'data',
		options,
	});
	const serve = (bytes: number, disposition = 'attachment; filename="a.pdf"') =>
		api()
			.get('/v2/document-management/documents/d1/download')
			.reply(200, Buffer.alloc(bytes, 7), {
				'Content-Type': 'application/pdf',
				'Content-Length': String(bytes),
				'Content-Disposition': disposition,
			});

	it('refuses a document above Maximum File Size with a clear error', async () => {
		tokenEndpoint();
		serve(MB + 1);
		const error = await run(download({ maxFileSizeMb: 1 })).catch((e) => e);
		expect(error.message).toMatch(
			/larger than (the )?(Options > Maximum File Size \(MB\) allows \()?1 MB/,
		);
	});

	it('refuses a document above the default of 100 MB', async () => {
		tokenEndpoint();
		serve(100 * MB + 1);
		const error = await run(download()).catch((e) => e);
		expect(error.message).toMatch(
			/larger than (the )?(Options > Maximum File Size \(MB\) allows \()?100 MB/,
		);
	});

	it('downloads a document of exactly Maximum File Size', async () => {
		tokenEndpoint();
		serve(MB);
		const [items] = await run(download({ maxFileSizeMb: 1 }));
		expect(items[0].json).toMatchObject({
			id: 'd1',
			file_name: 'a.pdf',
			mime_type: 'application/pdf',
		});
		const binary = items[0].binary!.data;
		const stored = binary.id
			? await Container.get(BinaryDataService).getAsBuffer(binary)
			: Buffer.from(binary.data, 'base64');
		expect(stored.equals(Buffer.alloc(MB, 7))).toBe(true);
	});

	it.each([0, -1, 1025, 'many'])(
		'refuses Maximum File Size %j before any request',
		async (value) => {
			const scope = tokenEndpoint();
			const error = await run(download({ maxFileSizeMb: value })).catch((e) => e);
			expect(error.message).toMatch(/^Options > Maximum File Size \(MB\) must be/);
			expectNoRequest(scope);
		},
	);

	it.each([
		['a path', 'attachment; filename="../../etc/passwd"', 'passwd'],
		['a Windows path', 'attachment; filename="C:\\Users\\x\\evil.exe"', 'evil.exe'],
		['an encoded path', "attachment; filename*=UTF-8''..%2F..%2Fsecret.pdf", 'secret.pdf'],
		['a tab', 'attachment; filename="a\tb.pdf"', 'ab.pdf'],
		['encoded control characters', "attachment; filename*=UTF-8''a%01b%7F%C2%85.pdf", 'ab.pdf'],
		['an encoded line break', "attachment; filename*=UTF-8''a%0D%0Ab.pdf", 'ab.pdf'],
		[
			'a right-to-left override',
			"attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe",
			'invoicefdp.exe',
		],
		['only dots', 'attachment; filename=".."', 'document-d1'],
		['an empty name', 'attachment; filename=""', 'document-d1'],
	])(
		'strips %s from the file name of Content-Disposition',
		async (_label, disposition, expected) => {
			tokenEndpoint();
			serve(10, disposition);
			const [items] = await run(download());
			expect(items[0].binary!.data.fileName).toBe(expected);
			expect(items[0].json.file_name).toBe(expected);
		},
	);
});

describe('file names from a server', () => {
	it.each([
		['report.pdf', 'report.pdf'],
		['dir/sub/report.pdf', 'report.pdf'],
		['  spaced name.pdf  ', 'spaced name.pdf'],
		['.', undefined],
		['/', undefined],
		[42, undefined],
		// A leading dot would hide the file on Linux and macOS; trailing dots and spaces Windows drops.
		['.bashrc', 'bashrc'],
		['...', undefined],
		['report.pdf. . ', 'report.pdf'],
		// Windows device names, with or without an extension, in any case.
		['con', '_con'],
		['NUL.txt', '_NUL.txt'],
		['com1.pdf', '_com1.pdf'],
		['Lpt9', '_Lpt9'],
		['aux.tar.gz', '_aux.tar.gz'],
		['console.pdf', 'console.pdf'],
		// An alternate data stream (`a:b`) and the other characters Windows reserves.
		['report.pdf:hidden.exe', 'report.pdf_hidden.exe'],
		['a<b>c|d?e*f".pdf', 'a_b_c_d_e_f_.pdf'],
		// Invisible and reordering marks: Arabic letter mark, LRM/RLM, isolates, zero width, BOM.
		['inv\u061Coice.pdf', 'invoice.pdf'],
		['inv\u200Eoi\u200Fce.pdf', 'invoice.pdf'],
		['\u2066evil\u2069\u2067fdp.exe\u2069', 'evilfdp.exe'],
		['a\u200Bb\u2060c\uFEFFd\u00ADe.pdf', 'abcde.pdf'],
	])('safeFileName(%j) is %j', (name, expected) => {
		expect(safeFileName(name)).toBe(expected);
	});

	it('shortens a very long name to 255 characters and keeps its extension', () => {
		const name = safeFileName(`${'x'.repeat(1000)}.pdf`)!;
		expect(name).toHaveLength(255);
		expect(name.endsWith('.pdf')).toBe(true);
	});

	it('prefers filename* and falls back to filename when it is broken', () => {
		const both = `attachment; filename="plain.pdf"; filename*=UTF-8''%C3%BCber.pdf`;
		expect(fileNameFromDisposition(both)).toBe('über.pdf');
		expect(
			fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="plain.pdf"`),
		).toBe('plain.pdf');
		expect(fileNameFromDisposition(['attachment; filename=a.pdf'])).toBe('a.pdf');
		expect(fileNameFromDisposition(undefined)).toBeUndefined();
	});
});
