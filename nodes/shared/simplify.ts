import type { IDataObject } from 'n8n-workflow';

// Runs once per field of every record of a Return All (50,000 employees are two million fields):
// plain loops, no entries arrays and no spread copies.

function unwrap(value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) return value.map(unwrap);
	// `{label, value, type, universal_id}` around an employee field, or around a nested record.
	if ('value' in value && 'label' in value) return unwrap((value as { value: unknown }).value);
	if ('type' in value && 'attributes' in value) return simplifyRecord(value as IDataObject);
	return value;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null;
}

function setField(plain: IDataObject, key: string, value: unknown): void {
	// JSON.parse makes `__proto__` an ordinary key; assigning it would change the prototype instead.
	if (key === '__proto__') {
		Object.defineProperty(plain, key, {
			value,
			enumerable: true,
			writable: true,
			configurable: true,
		});
	} else {
		plain[key] = value as IDataObject;
	}
}

function simplifyFields(plain: IDataObject, fields: IDataObject): IDataObject {
	const keys = Object.keys(fields);
	for (let i = 0; i < keys.length; i++) setField(plain, keys[i], unwrap(fields[keys[i]]));
	return plain;
}

/**
 * Personio v1 returns records as `{type, attributes}` (some with the `id` beside them), wraps employee
 * fields as `{label, value, type, universal_id}` and nests related records the same way; this returns
 * plain `{key: value}` JSON at every level.
 */
export function simplifyRecord(record: IDataObject): IDataObject {
	if (!isObject(record)) return {};
	if (!('type' in record && 'attributes' in record)) return simplifyFields({}, record);
	const attributes = isObject(record.attributes) ? record.attributes : {};
	const plain: IDataObject = {};
	if (record.id !== undefined && !('id' in attributes)) plain.id = record.id as IDataObject;
	return simplifyFields(plain, attributes);
}

function unwrapInPlace(value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = unwrapInPlace(value[i]);
		return value;
	}
	if ('value' in value && 'label' in value) {
		return unwrapInPlace((value as { value: unknown }).value);
	}
	if ('type' in value && 'attributes' in value) return simplifyRecordInPlace(value as IDataObject);
	return value;
}

/**
 * `simplifyRecord` for records nothing else holds (a page just read): the attribute object itself
 * becomes the plain record, so a Return All allocates no second copy of every record.
 */
export function simplifyRecordInPlace(record: IDataObject): IDataObject {
	const attributes = isObject(record) ? record.attributes : undefined;
	if (!isObject(attributes) || Array.isArray(attributes) || !('type' in record)) {
		return simplifyRecord(record);
	}
	if (record.id !== undefined && !('id' in attributes)) return simplifyRecord(record);
	const keys = Object.keys(attributes);
	for (let i = 0; i < keys.length; i++) {
		setField(attributes, keys[i], unwrapInPlace(attributes[keys[i]]));
	}
	return attributes;
}
