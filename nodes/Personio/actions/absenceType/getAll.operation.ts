import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { maxResults } from '../../../shared/v2Collection';
import { outputRecords } from '../absence/fields';
import { fetchAbsenceTypes } from './fetch';

const properties: INodeProperties[] = [...returnAllOrLimit(), simplifyField];

export const description = updateDisplayOptions({ show: { resource: ['absenceType'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const max = maxResults.call(this, itemIndex);
	return outputRecords.call(this, itemIndex, await fetchAbsenceTypes.call(this, max, itemIndex));
}
