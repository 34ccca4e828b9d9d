import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { feedLanguage, jobLocator, jobPositionId, languageField } from '../descriptions';
import { fetchJobs } from './feed';

const properties: INodeProperties[] = [jobLocator({ displayName: 'Job' }), languageField];

export const description = updateDisplayOptions(
	{ show: { resource: ['job'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = jobPositionId.call(this, itemIndex);
	const language = feedLanguage.call(this, itemIndex);
	const job = (await fetchJobs.call(this, language, itemIndex)).find((entry) => entry.id === id);
	if (!job) {
		throw new NodeOperationError(
			this.getNode(),
			`No open job with ID ${id} is published on the careers page`,
			{
				itemIndex,
				description: `The careers feed (language "${language}") lists only published jobs. Check the ID, or whether the job is still open.`,
			},
		);
	}
	return job;
}
