import type { IExecuteFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as applicant from './actions/applicant/Applicant.resource';
import * as job from './actions/job/Job.resource';
import { router } from './actions/router';
import { credentialTest, listSearch } from './methods';

export class PersonioRecruiting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Personio Recruiting',
		name: 'personioRecruiting',
		icon: { light: 'file:personio.svg', dark: 'file:personio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create applications with documents in Personio and read the open jobs of its careers page',
		defaults: { name: 'Personio Recruiting' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'personioRecruitingApi', required: true, testedBy: 'personioRecruitingApiTest' },
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Applicant', value: 'applicant' },
					{ name: 'Job', value: 'job' },
				],
				default: 'applicant',
			},
			...applicant.description,
			...job.description,
		],
	};

	methods = { credentialTest, listSearch };

	async execute(this: IExecuteFunctions) {
		return await router.call(this);
	}
}
