import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';

import { fastRetries, initBinaryData, loadOptionsContext } from '../helpers/harness';
import {
	api,
	expectNoRequest,
	node,
	run,
	tokenEndpoint,
	v2Error,
	v2Page,
} from '../helpers/personioNode';

beforeAll(async () => {
	fastRetries();
	await initBinaryData();
});

const pdf = Buffer.from('%PDF-1.4 hello personio');
const binaryItem = (content = pdf) => ({
	json: {},
	binary: {
		data: {
			data: content.toString('base64'),
			mimeType: 'application/pdf',
			fileName: 'contract.pdf',
		},
	},
});

/** Splits a multipart body into its named parts. */
function parts(body: string) {
	const boundary = body.split('\r\n')[0];
	const result: Record<string, { headers: string; value: string }> = {};
	for (const chunk of body.split(boundary).slice(1, -1)) {
		const [headers, ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
		const name = /name="([^"]+)"/.exec(headers)![1];
		result[name] = { headers, value: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
	}
	return result;
}

describe('Document > Upload', () => {
	it('sends title, employee, category, comment, date and the file as multipart parts', async () => {
		tokenEndpoint();
		let received: ReturnType<typeof parts> = {};
		let contentType = '';
		const scope = api()
			.post('/v1/company/documents', (body) => {
				received = parts(typeof body === 'string' ? body : Buffer.from(body, 'hex').toString());
				return true;
			})
			.reply(function () {
				contentType = String(this.req.headers['content-type']);
				return [
					201,
					{
						success: true,
						data: {
							id: 55,
							type: 'Document',
							attributes: { title: 'Contract', date: '2024-03-01', category: { id: 3 } },
						},
					},
				];
			});
		const [items] = await run(
			{
				resource: 'document',
				operation: 'upload',
				employeeId: { mode: 'id', value: '42' },
				binaryPropertyName: 'data',
				title: 'Contract',
				categoryId: '3',
				additionalFields: { comment: 'Signed', date: '2024-03-01T00:00:00.000Z' },
			},
			{ items: [binaryItem()] },
		);
		expect(scope.isDone()).toBe(true);
		expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
		expect(received.title.value).toBe('Contract');
		expect(received.employee_id.value).toBe('42');
		expect(received.category_id.value).toBe('3');
		expect(received.comment.value).toBe('Signed');
		expect(received.date.value).toBe('2024-03-01');
		expect(received.file.headers).toMatch(/filename="contract.pdf"/);
		expect(received.file.headers).toMatch(/Content-Type: application\/pdf/i);
		expect(received.file.value).toBe(pdf.toString());
		expect(items).toEqual([
			{
				json: { id: 55, title: 'Contract', date: '2024-03-01', category: { id: 3 } },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('refuses a file above 30 MB before any request', async () => {
		const scope = tokenEndpoint();
		const big = Buffer.alloc(30 * 1024 * 1024 + 1, 1);
		await expect(
			run(
				{
					resource: 'document',
					operation: 'upload',
					employeeId: { mode: 'id', value: '42' },
					binaryPropertyName: 'data',
					title: 'Big',
					categoryId: '3',
					additionalFields: {},
				},
				{ items: [binaryItem(big)] },
			),
		).rejects.toThrow(/Input Binary Field must be a file of at most 30 MB/);
		expectNoRequest(scope);
	});

	it("maps Personio's 404 for an unknown category", async () => {
		tokenEndpoint();
		api()
			.post('/v1/company/documents')
			.reply(404, {
				success: false,
				error: { code: 0, message: 'No query results for model [DocumentCategory] 9' },
			});
		const error = await run(
			{
				resource: 'document',
				operation: 'upload',
				employeeId: { mode: 'id', value: '42' },
				binaryPropertyName: 'data',
				title: 'T',
				categoryId: '9',
				additionalFields: {},
			},
			{ items: [binaryItem()] },
		).catch((e) => e);
		expect(error.message).toBe('No query results for model [DocumentCategory] 9');
	});

	it('loads the category dropdown from /v1/company/document-categories', async () => {
		tokenEndpoint();
		const scope = api()
			.get('/v1/company/document-categories')
			.reply(200, {
				success: true,
				data: [
					{ id: 2, type: 'DocumentCategory', attributes: { name: 'Other documents' } },
					{ id: 1, type: 'DocumentCategory', attributes: { name: 'Certificates of employment' } },
				],
			});
		const context = loadOptionsContext(node, 'n8n-nodes-personio.personio');
		const options = await node.methods.loadOptions.getDocumentCategories.call(context as never);
		expect(options).toEqual([
			{ name: 'Certificates of employment', value: '1' },
			{ name: 'Other documents', value: '2' },
		]);
		expect(scope.isDone()).toBe(true);
	});
});

describe('Document > Get Many', () => {
	it('lists the documents of an owner with the cursor', async () => {
		tokenEndpoint();
		const path = '/v2/document-management/documents';
		const scope = api()
			.get(path)
			.query({ owner_id: '3003', limit: 100 })
			.reply(200, v2Page([{ id: 'd1' }], 'x', path))
			.get(path)
			.query({ owner_id: '3003', limit: 100, cursor: 'x' })
			.reply(200, v2Page([{ id: 'd2' }], undefined, path));
		const [items] = await run({
			resource: 'document',
			operation: 'getAll',
			ownerId: { mode: 'id', value: '3003' },
			returnAll: true,
		});
		expect(items.map((i) => i.json)).toEqual([{ id: 'd1' }, { id: 'd2' }]);
		expect(scope.isDone()).toBe(true);
	});
});

describe('Document > Download', () => {
	it('returns the file as binary data that round-trips byte for byte', async () => {
		tokenEndpoint();
		const scope = api().get('/v2/document-management/documents/d1/download').reply(200, pdf, {
			'Content-Type': 'application/pdf',
			'Content-Disposition': 'attachment; filename="contract.pdf"',
		});
		const [items] = await run({
			resource: 'document',
			operation: 'download',
			documentId: 'd1',
			binaryPropertyName: 'file',
		});
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toMatchObject({
			id: 'd1',
			file_name: 'contract.pdf',
			mime_type: 'application/pdf',
		});
		const binary = items[0].binary!.file;
		expect(binary.fileName).toBe('contract.pdf');
		expect(binary.mimeType).toBe('application/pdf');
		const stored = binary.id
			? await Container.get(BinaryDataService).getAsBuffer(binary)
			: Buffer.from(binary.data, 'base64');
		expect(stored.equals(pdf)).toBe(true);

		// ...and uploads again unchanged.
		tokenEndpoint();
		let file = '';
		const upload = api()
			.post('/v1/company/documents', (body) => {
				file = parts(typeof body === 'string' ? body : Buffer.from(body, 'hex').toString()).file
					.value;
				return true;
			})
			.reply(201, { success: true, data: { id: 56, type: 'Document', attributes: {} } });
		await run(
			{
				resource: 'document',
				operation: 'upload',
				employeeId: { mode: 'id', value: '42' },
				binaryPropertyName: 'file',
				title: 'Copy',
				categoryId: '3',
				additionalFields: {},
			},
			{ items: [{ json: items[0].json, binary: items[0].binary }] },
		);
		expect(upload.isDone()).toBe(true);
		expect(file).toBe(pdf.toString());
	});

	it('maps a 404', async () => {
		tokenEndpoint();
		api()
			.get('/v2/document-management/documents/nope/download')
			.reply(404, v2Error('Not found', 'The requested resource was not found.'));
		const error = await run({
			resource: 'document',
			operation: 'download',
			documentId: 'nope',
			binaryPropertyName: 'data',
		}).catch((e) => e);
		expect(error.message).toMatch(/The requested resource was not found|Not found/);
		expect(error.httpCode).toBe('404');
	});
});

describe('Document > Delete', () => {
	it('deletes with v2 and accepts the 204', async () => {
		tokenEndpoint();
		const scope = api().delete('/v2/document-management/documents/d1').reply(204);
		const [items] = await run({ resource: 'document', operation: 'delete', documentId: 'd1' });
		expect(items).toEqual([{ json: { id: 'd1', deleted: true }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('refuses an empty ID before any request', async () => {
		const scope = tokenEndpoint();
		await expect(
			run({ resource: 'document', operation: 'delete', documentId: ' ' }),
		).rejects.toThrow(/Document ID must be set/);
		expectNoRequest(scope);
	});
});
