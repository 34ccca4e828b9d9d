import type { IDataObject } from 'n8n-workflow';

/** `weeklyWorkingHours` → `weekly_working_hours`: parameters are camelCase, Personio's fields snake_case. */
export function apiKey(parameterName: string): string {
	return parameterName.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The fields of a collection parameter keyed by Personio's names instead of the parameter names. */
export function withApiKeys(fields: IDataObject): IDataObject {
	const renamed: IDataObject = {};
	for (const name of Object.keys(fields)) renamed[apiKey(name)] = fields[name];
	return renamed;
}
