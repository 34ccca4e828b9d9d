import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, filtersCollection } from './descriptions';
import type { Operation } from './runOperation';
import type { V2ListEndpoint } from './v2Reads';
import { getManyV2, getOneV2 } from './v2Reads';
import { InputValidator } from './validation';
import { collectionOf } from './parameters';

/** One kind of record a resource reads from Personio v2, picked with the resource's "Object" selector. */
export interface V2Object extends V2ListEndpoint {
	name: string;
	value: string;
	/** Filters the Get Many of this object offers, and how they become query parameters. */
	filters?: INodeProperties[];
	query?: (check: InputValidator, filters: IDataObject) => IDataObject;
	/** Fields that Get and Get Many of this object both require, and the query parameters they become. */
	scope?: {
		fields: INodeProperties[];
		query: (check: InputValidator, values: IDataObject) => IDataObject;
	};
	/** No single-record endpoint: Get reads the list filtered by this query parameter. */
	idFilter?: string;
}

function objectSelector(resource: string, objects: V2Object[], operation: string): INodeProperties {
	const selector: INodeProperties = {
		displayName: 'Object',
		name: 'object',
		type: 'options',
		noDataExpression: true,
		options: objects.map(({ name, value }) => ({ name, value })),
		default: '',
		displayOptions: { show: { resource: [resource], operation: [operation] } },
	};
	// The first object is preselected.
	selector.default = objects[0].value;
	return selector;
}

function scopeFields(objects: V2Object[]): INodeProperties[] {
	return objects.flatMap((object) =>
		(object.scope?.fields ?? []).map((field) => ({
			...field,
			displayOptions: { show: { object: [object.value] } },
		})),
	);
}

function scopeQuery(this: IExecuteFunctions, itemIndex: number, object: V2Object): IDataObject {
	if (!object.scope) return {};
	const values: IDataObject = {};
	for (const field of object.scope.fields)
		values[field.name] = this.getNodeParameter(field.name, itemIndex, field.default);
	return object.scope.query(InputValidator.for(this, itemIndex), values);
}

/** Get through the list filtered by id: Personio announced no single-record endpoint for these. */
async function getFromList(
	this: IExecuteFunctions,
	itemIndex: number,
	object: V2Object,
	id: string,
	qs: IDataObject,
): Promise<IDataObject> {
	const found = (
		await getManyV2.call(
			this,
			itemIndex,
			object,
			{ qs: { ...qs, [object.idFilter!]: id } },
			Infinity,
		)
	).filter((record) => String(record.id) === id);
	if (!found.length) {
		throw new NodeOperationError(
			this.getNode(),
			`Personio has no ${object.name.toLowerCase()} with the ID ${id}`,
			{
				itemIndex,
				description: 'Check the ID and the Object.',
			},
		);
	}
	return found[0];
}

function pick(this: IExecuteFunctions, itemIndex: number, objects: V2Object[]): V2Object {
	const value = this.getNodeParameter('object', itemIndex) as string;
	const object = objects.find((candidate) => candidate.value === value);
	if (!object)
		InputValidator.for(this, itemIndex).fail(
			'Object',
			`one of ${objects.map((o) => o.name).join(', ')}`,
			value,
		);
	return object!;
}

/** Get Many and Get of a resource whose objects are plain v2 lists, declared by a table of objects. */
export function v2ObjectOperations(
	resource: string,
	objects: V2Object[],
): { get: Operation; getAll: Operation } {
	const readable = objects.filter((object) => object.itemPath || object.idFilter);
	const getAllProperties: INodeProperties[] = [
		...scopeFields(objects),
		...returnAllOrLimit(),
		...objects
			.filter((object) => object.filters?.length)
			.map((object) =>
				filtersCollection(object.filters!, {
					displayOptions: { show: { object: [object.value] } },
				}),
			),
	];
	const getProperties: INodeProperties[] = [
		...scopeFields(readable),
		{
			displayName: 'ID',
			name: 'id',
			type: 'string',
			default: '',
			required: true,
			description: 'ID of the record in Personio',
		},
	];
	return {
		getAll: {
			description: [
				objectSelector(resource, objects, 'getAll'),
				...updateDisplayOptions(
					{ show: { resource: [resource], operation: ['getAll'] } },
					getAllProperties,
				),
			],
			async execute(this: IExecuteFunctions, itemIndex: number) {
				const object = pick.call(this, itemIndex, objects);
				const filters = object.filters?.length ? collectionOf.call(this, 'filters', itemIndex) : {};
				const qs = {
					...scopeQuery.call(this, itemIndex, object),
					...(object.query ? object.query(InputValidator.for(this, itemIndex), filters) : {}),
				};
				return await getManyV2.call(this, itemIndex, object, { qs });
			},
		},
		get: {
			description: [
				objectSelector(resource, readable, 'get'),
				...updateDisplayOptions(
					{ show: { resource: [resource], operation: ['get'] } },
					getProperties,
				),
			],
			async execute(this: IExecuteFunctions, itemIndex: number) {
				const object = pick.call(this, itemIndex, readable);
				const id = InputValidator.for(this, itemIndex).opaqueId(
					'ID',
					this.getNodeParameter('id', itemIndex),
				);
				const qs = scopeQuery.call(this, itemIndex, object);
				if (!object.itemPath) return await getFromList.call(this, itemIndex, object, id, qs);
				return await getOneV2.call(this, itemIndex, object, { id }, qs);
			},
		},
	};
}
