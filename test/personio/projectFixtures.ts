/** What the Project tests share: a v2 project, a page of records and an ID locator. */
export const project = (id: string, name: string, extra: object = {}) => ({
	id,
	name,
	status: 'ACTIVE',
	project_code: null,
	...extra,
});
export const page = (records: object[], next?: string) => ({
	_data: records,
	_meta: { links: next ? { next: { href: next } } : {} },
});
export const rl = (value: string) => ({ mode: 'id', value });
