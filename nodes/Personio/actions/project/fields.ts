import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputValidator } from '../../../shared/validation';

export const PROJECTS_PATH = '/v1/company/attendances/projects';
export const PROJECT_PATH = '/v1/company/attendances/projects/{id}';

export const projectIdField: INodeProperties = {
	displayName: 'Project ID',
	name: 'projectId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '42',
};

export function projectIdOf(this: IExecuteFunctions, itemIndex: number): number {
	return InputValidator.for(this, itemIndex).integerId('Project ID', this.getNodeParameter('projectId', itemIndex));
}

/** `{id, type: 'Project', attributes: {name, active, ...}}` → `{id, name, active, ...}`. */
export function simplifyProject(record: IDataObject): IDataObject {
	const attributes = (record.attributes ?? {}) as IDataObject;
	return { id: record.id, ...attributes };
}

export function projectName(check: InputValidator, field: string, value: unknown): string {
	return check.maxLength(field, check.required(field, value), 255);
}
