import type { IDataObject } from 'n8n-workflow';

function isWrapped(value: unknown): value is { label: string; value: unknown } {
	return typeof value === 'object' && value !== null && 'value' in value && 'label' in value;
}

function isTypedObject(value: unknown): value is { type: string; attributes: unknown } {
	return typeof value === 'object' && value !== null && 'type' in value && 'attributes' in value;
}

function unwrap(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(unwrap);
	if (isWrapped(value)) return unwrap(value.value);
	if (isTypedObject(value)) return simplifyAttributes(value.attributes as IDataObject);
	return value;
}

function simplifyAttributes(attributes: IDataObject): IDataObject {
	const plain: IDataObject = {};
	for (const [key, value] of Object.entries(attributes ?? {})) plain[key] = unwrap(value) as IDataObject;
	return plain;
}

/**
 * Personio v1 wraps every employee field as `{label, value, type, universal_id}` and nested objects
 * (department, office, supervisor) as `{type, attributes}`; this returns plain `{key: value}` JSON.
 */
export function simplifyEmployee(record: IDataObject): IDataObject {
	const attributes = (isTypedObject(record) ? record.attributes : record) as IDataObject;
	return simplifyAttributes(attributes);
}
