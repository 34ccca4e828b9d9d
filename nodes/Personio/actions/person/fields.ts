import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { withSnakeCaseKeys } from '../../../shared/snakeCaseKeys';
import type { V2ListEndpoint } from '../../../shared/v2Reads';
import { InputValidator } from '../../../shared/validation';
import { compact } from '../../../shared/compact';
import { customAttributesOf } from '../common.parameters';
import { ENDPOINTS } from '../../../shared/endpoints';

/** v2 persons: `limit` 1–50. */
export const persons: V2ListEndpoint = {
	listPath: ENDPOINTS.persons.path,
	itemPath: ENDPOINTS.person.path,
	pageSize: ENDPOINTS.persons.pageSize,
};

/** Person fields Personio v2 accepts on create and update (names and email are separate fields on create). */
export const personFields: INodeProperties[] = [
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		default: 'DIVERSE',
		options: [
			{ name: 'Diverse', value: 'DIVERSE' },
			{ name: 'Female', value: 'FEMALE' },
			{ name: 'Male', value: 'MALE' },
			{ name: 'Unspecified', value: 'UNSPECIFIED' },
		],
	},
	{
		displayName: 'Language Code',
		name: 'languageCode',
		type: 'string',
		default: '',
		placeholder: 'de',
		description: 'Two-letter language code (ISO 639-1)',
	},
	{ displayName: 'Preferred Name', name: 'preferredName', type: 'string', default: '' },
];

/** Validates person fields and custom attributes of one item and returns them in Personio v2's shape. */
export function personBody(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
	prefix: string,
): IDataObject {
	const check = InputValidator.for(this, itemIndex);
	const body = compact(withSnakeCaseKeys(fields));
	for (const key of ['first_name', 'last_name', 'preferred_name']) {
		if (body[key] !== undefined)
			body[key] = check.maxLength(`${prefix} > ${labelOf(key)}`, String(body[key]).trim(), 255);
	}
	if (body.email !== undefined) body.email = check.email(`${prefix} > Email`, body.email);
	if (body.gender !== undefined)
		body.gender = check.oneOf(`${prefix} > Gender`, body.gender, [
			'DIVERSE',
			'FEMALE',
			'MALE',
			'UNSPECIFIED',
		]);
	if (body.language_code !== undefined && !/^[a-z]{2}$/i.test(String(body.language_code))) {
		check.fail(
			`${prefix} > Language Code`,
			'a two-letter language code such as de',
			body.language_code,
		);
	}
	const custom = customAttributesOf.call(this, itemIndex);
	if (custom.length) body.custom_attributes = custom.map(([id, value]) => ({ id, value }));
	return body;
}

function labelOf(key: string): string {
	return key
		.split('_')
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join(' ');
}
