import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** What one operation gives back for one input item. */
export type OperationResult =
	| IDataObject
	| IDataObject[]
	| INodeExecutionData
	| INodeExecutionData[];

export interface Operation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

/** One resource folder's `*.resource.ts`: its properties and its operations by value. */
export interface Resource {
	description: INodeProperties[];
	operations: Record<string, Operation>;
}

/**
 * A node's resources by the value of its Resource parameter, with the name that option shows.
 * The node description (`resourceProperties`) and the router (`runOperation`) both read it.
 */
export type ResourceRegistry = Record<string, { name: string; resource: Resource }>;

/** The Resource parameter (options by name) followed by every resource's properties, in the registry's order. */
export function resourceProperties(
	registry: ResourceRegistry,
	defaultResource: string,
): INodeProperties[] {
	const entries = Object.entries(registry);
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: entries
				.map(([value, { name }]) => ({ name, value }))
				.sort((a, b) => a.name.localeCompare(b.name)),
			default: defaultResource,
		},
		...entries.flatMap(([, { resource }]) => resource.description),
	];
}

function isExecutionData(value: unknown): value is INodeExecutionData {
	return (
		typeof value === 'object' &&
		value !== null &&
		'json' in value &&
		typeof (value as INodeExecutionData).json === 'object'
	);
}

function toExecutionData(result: OperationResult): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((entry) => (isExecutionData(entry) ? entry : { json: entry as IDataObject }));
}

/**
 * Runs the chosen operation once per input item: every output item is paired with its input,
 * and with "Continue On Fail" a failed item becomes an error item instead of stopping the run.
 */
export async function runOperation(
	this: IExecuteFunctions,
	resources: ResourceRegistry,
	nodeName: string,
) {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	if (resource === '__CUSTOM_API_CALL__' || operation === '__CUSTOM_API_CALL__') {
		throw new NodeOperationError(
			this.getNode(),
			`For calls ${nodeName} does not cover, use the HTTP Request node with the ${nodeName} credential type`,
			{
				description: 'HTTP Request node > Authentication: Predefined Credential Type > ' + nodeName,
			},
		);
	}
	const handler = resources[resource]?.resource.operations[operation];
	if (!handler) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of "${resource}" is not supported`,
		);
	}

	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await handler.execute.call(this, itemIndex);
			const paired = this.helpers.constructExecutionMetaData(toExecutionData(result), {
				itemData: { item: itemIndex },
			});
			// One by one: a spread of a 100,000-record Return All would overflow the call stack.
			for (const entry of paired) output.push(entry);
		} catch (error) {
			if (this.continueOnFail()) {
				output.push({
					json: { error: (error as Error).message, ...errorDetails(error) },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			// Both constructors hand back an error of their own class unchanged, keeping Personio's details.
			if (error instanceof NodeApiError)
				throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		}
	}
	return [output];
}

function errorDetails(error: unknown): IDataObject {
	const details: IDataObject = {};
	const { description, httpCode } = error as { description?: string; httpCode?: string | null };
	if (description) details.description = description;
	if (httpCode) details.httpCode = httpCode;
	return details;
}
