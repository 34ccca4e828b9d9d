import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputValidator } from '../../shared/validation';
import { FEED_LANGUAGES } from './job/feed';

/** A job of the careers page: pick one of the open jobs, or give its numeric ID. */
export function jobLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Job Position',
		name: 'jobPositionId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The open job, as listed on your Personio careers page',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a job…',
				typeOptions: {
					searchListMethod: 'searchJobs',
					searchable: true,
					searchFilterRequired: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '123456',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[0-9]+$', errorMessage: 'A job position ID is a whole number' },
					},
				],
			},
		],
		...overrides,
	};
}

export const languageField: INodeProperties = {
	displayName: 'Language',
	name: 'language',
	type: 'options',
	options: FEED_LANGUAGES,
	default: 'en',
	description:
		'The language of the job feed; Personio publishes the jobs in the languages your careers page offers',
};

/** The job position ID of the locator, checked to be a whole number. */
export function jobPositionId(this: IExecuteFunctions, itemIndex: number): number {
	return InputValidator.for(this, itemIndex).integerId(
		'Job Position',
		this.getNodeParameter('jobPositionId', itemIndex, '', { extractValue: true }),
	);
}

/** The chosen feed language, one of Personio's seven. */
export function feedLanguage(this: IExecuteFunctions, itemIndex: number): string {
	return InputValidator.for(this, itemIndex).oneOf(
		'Language',
		this.getNodeParameter('language', itemIndex, 'en'),
		FEED_LANGUAGES.map((language) => language.value),
	);
}
