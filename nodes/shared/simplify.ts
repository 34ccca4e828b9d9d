import type { IDataObject } from 'n8n-workflow';

function isWrapped(value: unknown): value is { label: string; value: unknown } {
	return typeof value === 'object' && value !== null && 'value' in value && 'label' in value;
}

function isTypedObject(value: unknown): value is { type: string; attributes: unknown; id?: unknown } {
	return typeof value === 'object' && value !== null && 'type' in value && 'attributes' in value;
}

function unwrap(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(unwrap);
	if (isWrapped(value)) return unwrap(value.value);
	if (isTypedObject(value)) return simplifyRecord(value as IDataObject);
	return value;
}

function simplifyAttributes(attributes: IDataObject): IDataObject {
	const plain: IDataObject = {};
	for (const [key, value] of Object.entries(attributes ?? {})) plain[key] = unwrap(value) as IDataObject;
	return plain;
}

/**
 * Personio v1 returns records as `{type, attributes}` (some with the `id` beside them), wraps employee
 * fields as `{label, value, type, universal_id}` and nests related records the same way; this returns
 * plain `{key: value}` JSON at every level.
 */
export function simplifyRecord(record: IDataObject): IDataObject {
	if (!isTypedObject(record)) return simplifyAttributes(record);
	const plain = simplifyAttributes(record.attributes as IDataObject);
	return record.id === undefined || 'id' in plain ? plain : { id: record.id as IDataObject, ...plain };
}
