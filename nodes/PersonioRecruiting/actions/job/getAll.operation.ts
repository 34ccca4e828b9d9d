import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, filtersCollection } from '../../../shared/descriptions';
import { maxResults, collectionOf } from '../../../shared/parameters';
import { InputValidator } from '../../../shared/validation';
import { feedLanguage, languageField } from '../descriptions';
import { fetchJobs, filterJobs } from './feed';

export const EMPLOYMENT_TYPES = [
	{ name: 'Freelance', value: 'freelance' },
	{ name: 'Intern', value: 'intern' },
	{ name: 'Permanent', value: 'permanent' },
	{ name: 'Trainee', value: 'trainee' },
];

const properties: INodeProperties[] = [
	languageField,
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Department',
			name: 'department',
			type: 'string',
			default: '',
			description: 'Only jobs of this department (case does not matter)',
		},
		{
			displayName: 'Employment Type',
			name: 'employmentType',
			type: 'options',
			options: EMPLOYMENT_TYPES,
			default: 'permanent',
		},
		{
			displayName: 'Keyword',
			name: 'keyword',
			type: 'string',
			default: '',
			description: 'Only jobs whose name or keywords contain this text (case does not matter)',
		},
		{
			displayName: 'Office',
			name: 'office',
			type: 'string',
			default: '',
			description: 'Only jobs at this office, main or additional (case does not matter)',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['job'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const language = feedLanguage.call(this, itemIndex);
	const filters = collectionOf.call(this, 'filters', itemIndex);
	const max = maxResults.call(this, itemIndex);
	const employmentType = filters.employmentType
		? check.oneOf(
				'Filters > Employment Type',
				filters.employmentType,
				EMPLOYMENT_TYPES.map((type) => type.value),
			)
		: undefined;
	// The feed is one document without pagination: it is read whole, then filtered and cut to the limit.
	const jobs = filterJobs(await fetchJobs.call(this, language, itemIndex), {
		department: filters.department as string | undefined,
		office: filters.office as string | undefined,
		employmentType,
		keyword: filters.keyword as string | undefined,
	});
	return jobs.slice(0, max);
}
