import type { IExecuteFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resourceProperties } from '../shared/runOperation';
import { resources } from './actions/resources';
import { router } from './actions/router';
import { listSearch, loadOptions } from './methods';

export class Personio implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Personio',
		name: 'personio',
		icon: { light: 'file:personio.svg', dark: 'file:personio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write employees, absences, attendances and more in Personio',
		defaults: { name: 'Personio' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'personioApi', required: true }],
		properties: resourceProperties(resources, 'employee'),
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions) {
		return await router.call(this);
	}
}
