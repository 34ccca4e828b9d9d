import type { IDataObject } from 'n8n-workflow';

/** `weeklyWorkingHours` → `weekly_working_hours`: parameters are camelCase, Personio's fields snake_case. */
export function snakeCase(parameterName: string): string {
	return parameterName.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The fields of a collection parameter keyed by Personio's names instead of the parameter names. */
export function withSnakeCaseKeys(fields: IDataObject): IDataObject {
	const renamed: IDataObject = {};
	for (const name of Object.keys(fields)) renamed[snakeCase(name)] = fields[name];
	return renamed;
}

/** First Name, Last Name and Email under the keys Personio's v1 and recruiting bodies use. */
export function snakeCaseName({
	firstName,
	lastName,
	email,
}: {
	firstName: string;
	lastName: string;
	email: string;
}) {
	return { first_name: firstName, last_name: lastName, email };
}
