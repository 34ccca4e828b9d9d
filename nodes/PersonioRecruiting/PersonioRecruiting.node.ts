import type { IExecuteFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resourceProperties } from '../shared/runOperation';
import { resources } from './actions/resources';
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
		properties: resourceProperties(resources, 'applicant'),
	};

	methods = { credentialTest, listSearch };

	async execute(this: IExecuteFunctions) {
		return await router.call(this);
	}
}
