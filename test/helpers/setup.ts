import nock from 'nock';

import { forgetTokens } from '../../nodes/shared/auth';

// N8N_USER_FOLDER comes from globalSetup.js (a temporary folder removed after the run).
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
process.env.N8N_ENCRYPTION_KEY ??= 'personio-test-encryption-key';

beforeAll(() => {
	nock.disableNetConnect();
	nock.enableNetConnect(/(127\.0\.0\.1|localhost)/);
});

afterEach(() => {
	nock.cleanAll();
	forgetTokens();
});

// Jest runs test files one after another in one process here (2 cores): each file loads its own
// copy of nock, so each must take its interceptor down again or it swallows the next file's requests.
afterAll(() => {
	nock.cleanAll();
	nock.enableNetConnect();
	nock.restore();
});
