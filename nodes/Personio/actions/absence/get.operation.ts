import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { path, personioRequest } from '../../../shared/transport';
import { InputValidator } from '../../../shared/validation';
import { ABSENCE_PATHS, absenceId, absenceIdField, absenceUnit, outputRecords } from './fields';

const properties: INodeProperties[] = [absenceIdField, simplifyField];

export const description = updateDisplayOptions({ show: { resource: ['absence'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const unit = absenceUnit.call(this, check, itemIndex);
	const id = absenceId(check, unit, this.getNodeParameter('absenceId', itemIndex));
	if (unit === 'days') {
		const response = (await personioRequest.call(this, {
			path: path(`${ABSENCE_PATHS.days}/{id}`, { id }),
			itemIndex,
		})) as IDataObject;
		return outputRecords.call(this, itemIndex, [response.data as IDataObject]);
	}
	// Personio v1 has no read-one endpoint for absence periods: the list is filtered by the id.
	const response = (await personioRequest.call(this, {
		path: ABSENCE_PATHS.hours,
		qs: { absence_periods: [id] },
		itemIndex,
	})) as IDataObject;
	const found = ((response.data ?? []) as IDataObject[]).filter(
		(record) => String((record.attributes as IDataObject | undefined)?.id ?? record.id) === id,
	);
	if (!found.length) {
		throw new NodeOperationError(this.getNode(), `Personio found no hour-based absence with the ID ${String(id)}`, {
			itemIndex,
			description: 'Check the ID and the Unit: day-based absences have numeric IDs.',
		});
	}
	return outputRecords.call(this, itemIndex, found);
}
