import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/endpoints';
import type { V1Answer } from '../../../shared/answers';
import { requestJson } from '../../../shared/answers';

/**
 * The employee attribute catalog (`dynamic_123456` → its label), read once per execution: cached
 * on the execution context itself, so nothing outlives the run that loaded it.
 */
const catalogs = new WeakMap<object, Promise<Map<string, string>>>();

async function loadLabels(
	context: IExecuteFunctions,
	itemIndex: number,
): Promise<Map<string, string>> {
	const response = await (requestJson<V1Answer<IDataObject[]>>).call(context, {
		path: ENDPOINTS.employeeAttributes.path,
		itemIndex,
	});
	const labels = new Map<string, string>();
	for (const attribute of Array.isArray(response.data) ? response.data : []) {
		const key = String(attribute.key ?? '');
		if (
			key.startsWith('dynamic_') &&
			typeof attribute.label === 'string' &&
			attribute.label.trim() !== ''
		) {
			labels.set(key, attribute.label.trim());
		}
	}
	return labels;
}

async function customAttributeLabels(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Map<string, string>> {
	let labels = catalogs.get(this);
	if (!labels) {
		labels = loadLabels(this, itemIndex);
		catalogs.set(this, labels);
		// A failed load is not cached: the next item may try again.
		labels.catch(() => catalogs.delete(this));
	}
	return await labels;
}

function renameKeys(fields: IDataObject, labels: Map<string, string>): IDataObject {
	const renamed: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		const label = labels.get(key);
		// A label that clashes with another key keeps the original key, so no value is lost.
		const name = label !== undefined && !(label in fields) && !(label in renamed) ? label : key;
		renamed[name] = value;
	}
	return renamed;
}

/** Renames `dynamic_…` keys of v1 employee records (simplified or raw `{type, attributes}`) to their labels. */
async function withReadableCustomAttributes(
	this: IExecuteFunctions,
	itemIndex: number,
	records: IDataObject[],
): Promise<IDataObject[]> {
	const labels = await customAttributeLabels.call(this, itemIndex);
	return records.map((record) => {
		const attributes = record.attributes;
		if (attributes && typeof attributes === 'object' && !Array.isArray(attributes)) {
			return { ...record, attributes: renameKeys(attributes as IDataObject, labels) };
		}
		return renameKeys(record, labels);
	});
}

export const readableCustomAttributesField: INodeProperties = {
	displayName: 'Readable Custom Attribute Names',
	name: 'readableCustomAttributes',
	type: 'boolean',
	default: false,
	description:
		'Whether to name custom attributes by their label in Personio (such as "Shirt size") instead of their key (such as dynamic_123456)',
};

/** Applies the option when the user turned it on. */
export async function applyReadableCustomAttributes(
	this: IExecuteFunctions,
	itemIndex: number,
	records: IDataObject[],
): Promise<IDataObject[]> {
	if (!(this.getNodeParameter('readableCustomAttributes', itemIndex, false) as boolean))
		return records;
	return await withReadableCustomAttributes.call(this, itemIndex, records);
}
