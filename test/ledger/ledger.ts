import type { Endpoint, EndpointKey } from '../../nodes/shared/endpoints';
import { ENDPOINTS } from '../../nodes/shared/endpoints';
import { RETIRED_ENDPOINTS } from './retired';
import type { EndpointStatus, StatusInfo } from './status';
import { ENDPOINT_STATUS } from './status';

/** A ledger row: the path and methods the nodes use, with their status and its source. */
export type LedgerEntry = Endpoint & StatusInfo;

/** What the nodes call, each row with its status. */
export const CALLED = {} as Record<EndpointKey, LedgerEntry>;
for (const key of Object.keys(ENDPOINTS) as EndpointKey[])
	CALLED[key] = { ...ENDPOINTS[key], ...ENDPOINT_STATUS[key] };

/** The whole ledger: what the nodes call, and what Personio has retired. */
export const LEDGER: Record<string, LedgerEntry> = { ...CALLED, ...RETIRED_ENDPOINTS };

/** `{id}`, `{person_id}` and `${...}` all stand for one path segment. */
export function pathShape(path: string): string {
	return path.replace(/\$\{[^}]*\}|\{[^}]*\}/g, '{}').replace(/\/+$/, '');
}

/** The ledger entry of a path as the nodes write it, if any. */
export function findEndpoint(
	path: string,
	ledger: Record<string, LedgerEntry> = CALLED,
): LedgerEntry | undefined {
	const shape = pathShape(path);
	return Object.values(ledger).find((endpoint) => pathShape(endpoint.path) === shape);
}

/** `current`, `deprecated`, or `retired` once the removal day has come. */
export function statusOn(endpoint: StatusInfo, day: string): EndpointStatus {
	if (endpoint.status === 'current') return 'current';
	return endpoint.removal !== undefined && endpoint.removal <= day ? 'retired' : endpoint.status;
}
