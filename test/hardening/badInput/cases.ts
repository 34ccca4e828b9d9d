/**
 * The cases the tables generate: each bad value put into an operation's valid parameters, each bad
 * credential value, and each accepted opaque id with the path it must reach.
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { Personio } from '../../../nodes/Personio/Personio.node';
import { PersonioRecruiting } from '../../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import {
	personioCredentials,
	recruitingCredentials,
	TestCredentialsHelper,
} from '../../helpers/harness';
import type { Operation, Params } from './operation';
import { CREDENTIAL_FIELDS, OPERATIONS } from './operations';

export const NODES: Record<Operation['node'], { nodeType: INodeType; typeName: string }> = {
	personio: { nodeType: new Personio(), typeName: 'n8n-nodes-personio.personio' },
	recruiting: {
		nodeType: new PersonioRecruiting(),
		typeName: 'n8n-nodes-personio.personioRecruiting',
	},
};

export function withValue(base: Params, path: string, value: unknown): Params {
	const copy = JSON.parse(JSON.stringify(base)) as IDataObject;
	const keys = path.split('.');
	let target = copy as Record<string, unknown>;
	for (const [i, key] of keys.slice(0, -1).entries()) {
		if (target[key] === undefined || target[key] === null)
			target[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
		target = target[key] as Record<string, unknown>;
	}
	target[keys[keys.length - 1]] = value;
	// The other half of a fixedCollection entry, so only the value under test is wrong.
	if (path.startsWith('customAttributes.attribute.0.')) {
		const entry = target as IDataObject;
		if (path.endsWith('.key') && entry.value === undefined) entry.value = 'M';
		if (path.endsWith('.id') && entry.value === undefined) entry.value = 'yes';
		if (path.endsWith('.value') && entry.id === undefined) entry.id = 'custom_attribute_1';
	}
	if (path.startsWith('documents.document.0.')) {
		const entry = target as IDataObject;
		entry.category ??= 'cv';
		entry.binaryPropertyName ??= 'data';
	}
	if (path.startsWith('additionalFields.phase.value.') && path.endsWith('.type'))
		(target as IDataObject).systemId ??= 'offer';
	return copy;
}

export const binaryItem = () => ({
	json: {},
	binary: {
		data: {
			data: Buffer.from('%PDF-1.4 test').toString('base64'),
			mimeType: 'application/pdf',
			fileName: 'cv.pdf',
		},
	},
});

export function describeValue(value: unknown): string {
	const text =
		typeof value === 'string'
			? JSON.stringify(value)
			: typeof value === 'number' && !Number.isFinite(value)
				? String(value)
				: JSON.stringify(value);
	return text.length > 40 ? `${text.slice(0, 37)}…(${text.length})` : text;
}

export interface Case {
	name: string;
	node: Operation['node'];
	parameters: Params;
	label: string;
	credentials?: () => TestCredentialsHelper;
}

export const credentialsFor = (
	overrides: { personioApi?: IDataObject; personioRecruitingApi?: IDataObject } = {},
) =>
	new TestCredentialsHelper({
		personioApi: personioCredentials(overrides.personioApi),
		personioRecruitingApi: recruitingCredentials(overrides.personioRecruitingApi),
	});

export const CASES: Case[] = [];
for (const [operationName, operation] of Object.entries(OPERATIONS)) {
	for (const [path, label, values] of operation.fields) {
		for (const value of values) {
			CASES.push({
				name: `${operationName} › ${path} = ${describeValue(value)}`,
				node: operation.node,
				parameters: withValue(operation.base, path, value),
				label,
			});
		}
	}
}
for (const [type, field, label, values, operationName] of CREDENTIAL_FIELDS) {
	const operation = OPERATIONS[operationName];
	for (const value of values) {
		CASES.push({
			name: `credential ${type}.${field} = ${describeValue(value)} (${operationName})`,
			node: operation.node,
			parameters: operation.base,
			label: `credential's ${label}`,
			credentials: () =>
				credentialsFor({
					[type]: { [field]: value, ...(field === 'company' ? { careersUrl: '' } : {}) },
				}),
		});
	}
}

export const ENCODED: Array<[string, Operation, string, string, string]> = Object.entries(
	OPERATIONS,
).flatMap(([name, operation]) =>
	(operation.encoded ?? []).map(
		([path, value, expected]) =>
			[`${name} › ${path} = ${JSON.stringify(value)}`, operation, path, value, expected] as [
				string,
				Operation,
				string,
				string,
				string,
			],
	),
);
