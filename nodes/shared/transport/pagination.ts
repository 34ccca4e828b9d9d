import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { personioRequest } from './request';
import type { PersonioContext, PersonioRequest, V1List, V2List } from './types';

export type Pagination =
	/** v1 lists: `offset` is a record offset on some endpoints and a 1-based page number on others. */
	| { style: 'offset'; pageSize: number; offset: 'record' | 'page' }
	/** v1 custom reports: `page` (1-based) and `limit`. */
	| { style: 'page'; pageSize: number }
	/** v2 lists: follow `_meta.links.next.href`. */
	| { style: 'cursor'; pageSize: number };

/** Where a list keeps its records when not in `data`/`_data` (custom report rows sit inside the report). */
export type PaginationWithItems = Pagination & { items?: (body: IDataObject) => IDataObject[] };

/** No list Personio holds needs more pages than this; a server that never ends one is stopped here. */
export const pagingLimits = { maxPages: 10_000 };

function itemsOf(body: V1List & V2List): IDataObject[] {
	const data = body._data ?? body.data;
	return Array.isArray(data) ? data : [];
}

function idOf(item: IDataObject): string | undefined {
	const attributes = item.attributes as IDataObject | undefined;
	const id = item.id ?? (attributes?.id as IDataObject | undefined)?.value ?? attributes?.id;
	return id === undefined || id === null ? undefined : String(id);
}

/** The cursor of the next page, from a v2 list's next link (relative or absolute), or undefined at the end. */
export function nextCursor(body: V2List, baseUrl = 'https://api.personio.de'): string | undefined {
	const href = body._meta?.links?.next?.href;
	if (typeof href !== 'string' || href === '') return undefined;
	return new URL(href, `${baseUrl}/`).searchParams.get('cursor') ?? undefined;
}

function pagingError(
	context: PersonioContext,
	message: string,
	description: string,
	itemIndex?: number,
) {
	return new NodeApiError(context.getNode(), { message } as JsonObject, {
		message,
		description,
		itemIndex,
	});
}

/** Where each page starts, for the three ways Personio pages a list. */
class PageCursor {
	private recordOffset = 0;
	private pageNumber = 0;
	get pagesRead(): number {
		return this.pageNumber;
	}

	cursor: string | undefined;
	readonly cursorsSeen = new Set<string>();

	constructor(private readonly pagination: Pagination) {}

	/** Page numbers count in pages of the size asked for: only record offsets may shrink the last request. */
	limitFor(wanted: number): number {
		const { pagination } = this;
		const shrinks =
			pagination.style === 'cursor' ||
			(pagination.style === 'offset' && pagination.offset === 'record');
		return shrinks ? Math.max(1, Math.min(pagination.pageSize, wanted)) : pagination.pageSize;
	}

	query(limit: number): IDataObject {
		const { pagination } = this;
		if (pagination.style === 'offset') {
			return {
				limit,
				offset: pagination.offset === 'record' ? this.recordOffset : this.pageNumber + 1,
			};
		}
		if (pagination.style === 'page') return { limit, page: this.pageNumber + 1 };
		return this.cursor === undefined ? { limit } : { limit, cursor: this.cursor };
	}

	/** Moves past a page of `limit` records; the next page starts where this one ended. */
	advance(limit: number): void {
		this.recordOffset += limit;
		this.pageNumber += 1;
	}
}

interface ReadState {
	/**
	 * Ids already handed out (Return All) or collected in this read (a Limit), each with the number
	 * of the read that last met it: one lookup per record tells both whether it is new to this read
	 * and whether it was handed out before (a 50,000-record Return All makes 50,000 of them).
	 */
	seen: Map<string, number>;
	reads: number;
	pages: number;
	baseUrl: string;
}

/**
 * One read of a list from its start: yields each page's records not seen before, up to `max`, and
 * returns whether a v1 list changed while it was read (metadata.total_elements moved).
 */
async function* readOnce(
	this: PersonioContext,
	request: PersonioRequest,
	pagination: PaginationWithItems,
	max: number,
	state: ReadState,
): AsyncGenerator<IDataObject[], boolean> {
	const position = new PageCursor(pagination);
	const totals = new Set<number>();
	const read = ++state.reads;
	let yielded = 0;
	while (yielded < max) {
		if (++state.pages > pagingLimits.maxPages) {
			throw pagingError(
				this,
				`Stopped after ${pagingLimits.maxPages} pages (${state.seen.size} records) of one list`,
				'No Personio list is this long; the server kept sending pages. Narrow the filters or try again later.',
				request.itemIndex,
			);
		}
		const limit = position.limitFor(max - yielded);
		const qs = { ...request.qs, ...position.query(limit) };
		const body = (await personioRequest.call(this, { ...request, qs })) as V1List & V2List;
		const raw = pagination.items ? pagination.items(body as IDataObject) : itemsOf(body);
		let fresh: IDataObject[] = [];
		let progressed = raw.length === 0;
		for (const item of raw) {
			const id = idOf(item);
			if (id !== undefined) {
				const lastRead = state.seen.get(id);
				if (lastRead !== read) {
					progressed = true;
					state.seen.set(id, read);
				}
				if (lastRead !== undefined) continue;
			} else progressed = true;
			fresh.push(item);
		}
		if (fresh.length > max - yielded) fresh = fresh.slice(0, max - yielded);
		yielded += fresh.length;
		if (fresh.length) yield fresh;
		const fullPage = raw.length >= limit;

		if (pagination.style === 'cursor') {
			position.cursor = nextCursor(body, state.baseUrl);
			if (position.cursor === undefined) return false;
			if (position.cursorsSeen.has(position.cursor)) {
				// A short page that points back at itself is the end of the list; a full one is not.
				if (!fullPage) return false;
				throw pagingError(
					this,
					`Personio repeated a page cursor after ${state.seen.size} records, so the list could not be read to the end`,
					'Stopped instead of looping. This is a known Personio v2 paging fault; try again later, or narrow the filters.',
					request.itemIndex,
				);
			}
			position.cursorsSeen.add(position.cursor);
			continue;
		}
		const total = Number(body.metadata?.total_elements);
		if (Number.isFinite(total)) totals.add(total);
		if (!fullPage) break;
		if (!progressed) {
			throw pagingError(
				this,
				`Personio sent the same page again after ${state.seen.size} records, so the list could not be read to the end`,
				'The server ignored the page offset. Stopped instead of asking again; try again later.',
				request.itemIndex,
			);
		}
		position.advance(limit);
		const totalPages = Number(body.metadata?.total_pages);
		if (Number.isFinite(totalPages) && position.pagesRead >= totalPages) break;
	}
	return totals.size > 1;
}

/**
 * Yields every page of a list, each record once. A v1 list that changed while it was read may have
 * shifted a record past the offset already read, so it is read once more: Return All streams both
 * reads and the ids seen keep the second from repeating anything; with a Limit, the records of the
 * second read are the answer, the first `max` of the list as it stands (nothing in between skipped).
 */
export async function* paginate(
	this: PersonioContext,
	request: PersonioRequest,
	pagination: PaginationWithItems,
	max = Infinity,
): AsyncGenerator<IDataObject[]> {
	const baseUrl = String(
		(await this.getCredentials(request.credentialType ?? 'personioApi')).baseUrl ?? '',
	);
	const state: ReadState = { seen: new Map(), reads: 0, pages: 0, baseUrl };
	if (max === Infinity) {
		const changed = yield* readOnce.call(this, request, pagination, max, state);
		if (changed) yield* readOnce.call(this, request, pagination, max, state);
		return;
	}
	for (let attempt = 0; ; attempt++) {
		const records: IDataObject[] = [];
		const read = readOnce.call(this, request, pagination, max, {
			...state,
			seen: new Map<string, number>(),
		});
		let step = await read.next();
		for (; !step.done; step = await read.next())
			for (const record of step.value) records.push(record);
		if (!step.value || attempt === 1) {
			if (records.length) yield records;
			return;
		}
	}
}

/** Every record of a list (or the first `max`), read page by page. */
export async function personioRequestAllItems(
	this: PersonioContext,
	request: PersonioRequest,
	pagination: PaginationWithItems,
	max = Infinity,
): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	for await (const page of paginate.call(this, request, pagination, max)) {
		for (const item of page) all.push(item);
	}
	return all;
}
