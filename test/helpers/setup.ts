/* eslint-disable */
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import nock from 'nock';

// n8n-core's InstanceSettings writes its config below the user folder: keep it out of $HOME.
if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'personio-jest-'));
}
process.env.N8N_ENCRYPTION_KEY ??= 'personio-test-encryption-key';

beforeAll(() => {
	nock.disableNetConnect();
	nock.enableNetConnect(/(127\.0\.0\.1|localhost)/);
});

afterEach(() => {
	nock.cleanAll();
});

// Jest runs test files one after another in one process here (2 cores): each file loads its own
// copy of nock, so each must take its interceptor down again or it swallows the next file's requests.
afterAll(() => {
	nock.cleanAll();
	nock.enableNetConnect();
	nock.restore();
});
