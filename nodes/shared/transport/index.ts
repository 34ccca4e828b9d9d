/** The only way the nodes talk HTTP to Personio: one request, its retries, and pagination. */
export type { Pagination, PaginationWithItems } from './pagination';
export { nextCursor, pagingLimits, paginate, personioRequestAllItems } from './pagination';
export { credentialTestRequest } from './credentialTest';
export { path, personioRequest } from './request';
export { decodeJson } from './response';
export { pacingSettings } from './pacing';
export { retryPolicy, toApiError } from './retry';
export type {
	PersonioContext,
	PersonioCredentialType,
	PersonioRequest,
	PersonioResponse,
	V1List,
	V2List,
} from './types';
