/** What the Applicant tests share: the node runner, the recruiting API as nock sees it, files, minimal parameters. */
import nock from 'nock';

import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { BASE_URL, fastRetries, initBinaryData, runNode } from '../helpers/harness';

export const node = new PersonioRecruiting();
export const run = (
	parameters: Record<string, unknown>,
	extra: Partial<Parameters<typeof runNode>[0]> = {},
) =>
	runNode({
		nodeType: node,
		typeName: 'n8n-nodes-personio.personioRecruiting',
		parameters: parameters as never,
		...extra,
	});

export const KEY = 'test-recruiting-key-DO-NOT-LEAK';
export const UUID_1 = '3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3c';
export const UUID_2 = '9b2d7e5c-1a0b-4c3f-8c1d-4e4f3f1c2b9e';

export const binary = (fileName: string, mimeType: string, content: string | Buffer) => ({
	data: (typeof content === 'string' ? Buffer.from(content) : content).toString('base64'),
	mimeType,
	fileName,
	fileExtension: fileName.includes('.') ? fileName.split('.').pop() : undefined,
});

export const api = () =>
	nock(BASE_URL).matchHeader('authorization', `Bearer ${KEY}`).matchHeader('x-company-id', '1234');

export const minimal = (extra: Record<string, unknown> = {}) => ({
	resource: 'applicant',
	operation: 'create',
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.com',
	jobPositionId: { mode: 'id', value: '1001' },
	additionalFields: {},
	...extra,
});

export const today = () => new Date().toISOString().slice(0, 10);
export const tomorrow = () => new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);

/** Fast retries and binary data for every test, and no test may leave an expected request unmade. */
export function useApplicantSetup() {
	beforeAll(async () => {
		fastRetries();
		await initBinaryData();
	});

	afterEach(() => {
		expect(nock.pendingMocks()).toEqual([]);
	});
}
