import type { IDataObject } from 'n8n-workflow';

/** `{type: 'Report', attributes: {...}}` → the attributes. */
export function simplifyReport(record: IDataObject): IDataObject {
	const attributes = record.attributes;
	return attributes && typeof attributes === 'object' ? { ...(attributes as IDataObject) } : record;
}

/** The rows of a report page: `data[].attributes.items[]`. */
export function reportRows(body: IDataObject): IDataObject[] {
	const rows: IDataObject[] = [];
	for (const report of Array.isArray(body.data) ? (body.data as IDataObject[]) : []) {
		const items = (report.attributes as IDataObject | undefined)?.items;
		if (Array.isArray(items)) rows.push(...(items as IDataObject[]));
	}
	return rows;
}

/** `{employee_id, attributes: [{attribute_id, value, ...}]}` → `{employee_id, <attribute_id>: value}`. */
export function simplifyRow(row: IDataObject): IDataObject {
	const plain: IDataObject = { employee_id: row.employee_id };
	for (const attribute of Array.isArray(row.attributes) ? (row.attributes as IDataObject[]) : []) {
		const rest: IDataObject = { ...attribute };
		for (const key of ['attribute_id', 'employee_id', 'data_type']) delete rest[key];
		plain[String(attribute.attribute_id)] =
			'value' in rest && Object.keys(rest).length === 1 ? (rest.value as IDataObject) : rest;
	}
	return plain;
}
