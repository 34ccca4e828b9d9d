import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { personioRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/endpoints';

async function employeeAttributeCatalog(this: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const response = (await personioRequest.call(this, {
		path: ENDPOINTS.employeeAttributes.path,
	})) as IDataObject;
	return Array.isArray(response.data) ? (response.data as IDataObject[]) : [];
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** Every attribute the credential may read, for "return only these attributes". */
export async function getEmployeeAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const catalog = await employeeAttributeCatalog.call(this);
	return catalog
		.map((attribute) => ({
			name: String(attribute.label ?? attribute.key),
			value: String(attribute.key),
			description: String(attribute.key),
		}))
		.sort(byName);
}

/** Custom (dynamic_…) attributes only, for create and update. */
export async function getCustomAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const catalog = await employeeAttributeCatalog.call(this);
	return catalog
		.filter((attribute) => String(attribute.key).startsWith('dynamic_'))
		.map((attribute) => ({
			name: String(attribute.label ?? attribute.key),
			value: String(attribute.key),
			description: String(attribute.type ?? ''),
		}))
		.sort(byName);
}
