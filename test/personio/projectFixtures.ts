/** What the Project tests share: a v2 project, and an ID locator. */
export const project = (id: string, name: string, extra: object = {}) => ({
	id,
	name,
	status: 'ACTIVE',
	project_code: null,
	...extra,
});
export const rl = (value: string) => ({ mode: 'id', value });
