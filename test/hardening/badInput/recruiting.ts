/** Bad input rows: the Personio node's Recruiting reads and the Personio Recruiting node. */
import type { Operation } from './operation';
import { FUTURE, R, rl, UPDATED_AT, v2ObjectOperations } from './operation';
import {
	BAD_DATE,
	BLANK,
	EMAIL,
	EMPTY,
	INTEGER_ID,
	LIMIT,
	OPTION,
	OPTIONAL_INTEGER_ID,
	REQUIRED_TEXT,
	TOO_LONG,
} from './values';

export const RECRUITING_OPERATIONS: Record<string, Operation> = {
	...v2ObjectOperations('recruiting', 'application', 'application', UPDATED_AT),
	'recruiting applicant.create': {
		node: R,
		base: {
			resource: 'applicant',
			operation: 'create',
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			jobPositionId: rl('77'),
			additionalFields: {},
		},
		fields: [
			['firstName', 'First Name', REQUIRED_TEXT(255)],
			['lastName', 'Last Name', REQUIRED_TEXT(255)],
			['email', 'Email', EMAIL],
			['jobPositionId.value', 'Job Position', INTEGER_ID],
			[
				'additionalFields.recruitingChannelId',
				'Additional Fields > Recruiting Channel ID',
				OPTIONAL_INTEGER_ID,
			],
			[
				'additionalFields.externalPostingId',
				'Additional Fields > External Posting ID',
				TOO_LONG(255),
			],
			[
				'additionalFields.applicationDate',
				'Additional Fields > Application Date',
				[...BAD_DATE, FUTURE],
			],
			['additionalFields.birthday', 'Additional Fields > Birthday', [...BAD_DATE, FUTURE]],
			['additionalFields.gender', 'Additional Fields > Gender', OPTION],
			['additionalFields.phase.value.type', 'Additional Fields > Phase > Type', OPTION],
			[
				'additionalFields.phase.value.systemId',
				'Additional Fields > Phase > System Phase',
				[...EMPTY, ...OPTION],
			],
			[
				'customAttributes.attribute.0.id',
				'Custom Attributes > Attribute ID',
				[...EMPTY, 'abc', 'custom_attribute_', 'custom_attribute_1/../2', '../1'],
			],
			['customAttributes.attribute.0.value', 'Custom Attributes > Value', EMPTY],
			['documents.document.0.category', 'Documents > Document 1 > Category', OPTION],
			[
				'documents.document.0.binaryPropertyName',
				'Documents > Document 1 > Input Binary Field',
				[...BLANK, 'missing'],
			],
		],
	},
	'recruiting applicant.create (custom phase)': {
		node: R,
		base: {
			resource: 'applicant',
			operation: 'create',
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			jobPositionId: rl('77'),
			additionalFields: { phase: { value: { type: 'custom', customId: '5' } } },
		},
		fields: [
			[
				'additionalFields.phase.value.customId',
				'Additional Fields > Phase > Custom Phase ID',
				INTEGER_ID,
			],
		],
	},
	'recruiting applicant.uploadDocument': {
		node: R,
		base: { resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
		fields: [['binaryPropertyName', 'Input Binary Field', [...BLANK, 'missing']]],
	},
	'recruiting job.get': {
		node: R,
		base: { resource: 'job', operation: 'get', jobPositionId: rl('77'), language: 'en' },
		fields: [
			['jobPositionId.value', 'Job Position', INTEGER_ID],
			['language', 'Language', [...EMPTY, 'EN', 'xx', '../en', 'en&x=1']],
		],
	},
	'recruiting job.getAll': {
		node: R,
		base: {
			resource: 'job',
			operation: 'getAll',
			language: 'en',
			returnAll: false,
			limit: 5,
			filters: {},
		},
		fields: [
			['limit', 'Limit', LIMIT],
			['language', 'Language', ['EN', 'xx', '../en']],
			['filters.employmentType', 'Filters > Employment Type', OPTION],
		],
	},
};
