import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import type { V1Answer } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';

async function employeeAttributeCatalog(this: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const response = await (requestJson<V1Answer<IDataObject[]>>).call(this, {
		path: ENDPOINTS.employeeAttributes.path,
	});
	return Array.isArray(response.data) ? response.data : [];
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
