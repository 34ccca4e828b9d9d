import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from './descriptions';
import type { Operation } from './runOperation';
import type { V2Collection } from './v2Collection';
import { filtersCollection, getManyV2, getOneV2 } from './v2Collection';
import { InputValidator } from './validation';

/** One kind of record a resource reads from Personio v2, picked with the resource's "Object" selector. */
export interface V2Object extends V2Collection {
	name: string;
	value: string;
	/** Filters the Get Many of this object offers, and how they become query parameters. */
	filters?: INodeProperties[];
	query?: (check: InputValidator, filters: IDataObject) => IDataObject;
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

function pick(this: IExecuteFunctions, itemIndex: number, objects: V2Object[]): V2Object {
	const value = this.getNodeParameter('object', itemIndex) as string;
	const object = objects.find((candidate) => candidate.value === value);
	if (!object) InputValidator.for(this, itemIndex).fail('Object', `one of ${objects.map((o) => o.name).join(', ')}`, value);
	return object!;
}

/** Get Many and Get of a resource whose objects are plain v2 lists, declared by a table of objects. */
export function v2ObjectOperations(resource: string, objects: V2Object[]): { get: Operation; getAll: Operation } {
	const readable = objects.filter((object) => object.itemPath);
	const getAllProperties: INodeProperties[] = [
		...returnAllOrLimit(),
		...objects
			.filter((object) => object.filters?.length)
			.map((object) => filtersCollection(object.filters!, { displayOptions: { show: { object: [object.value] } } })),
	];
	const getProperties: INodeProperties[] = [
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
				...updateDisplayOptions({ show: { resource: [resource], operation: ['getAll'] } }, getAllProperties),
			],
			async execute(this: IExecuteFunctions, itemIndex: number) {
				const object = pick.call(this, itemIndex, objects);
				const filters = object.filters?.length ? (this.getNodeParameter('filters', itemIndex, {}) as IDataObject) : {};
				const qs = object.query ? object.query(InputValidator.for(this, itemIndex), filters) : {};
				return await getManyV2.call(this, itemIndex, object, { qs });
			},
		},
		get: {
			description: [
				objectSelector(resource, readable, 'get'),
				...updateDisplayOptions({ show: { resource: [resource], operation: ['get'] } }, getProperties),
			],
			async execute(this: IExecuteFunctions, itemIndex: number) {
				const object = pick.call(this, itemIndex, readable);
				const id = InputValidator.for(this, itemIndex).opaqueId('ID', this.getNodeParameter('id', itemIndex));
				return await getOneV2.call(this, itemIndex, object, { id });
			},
		},
	};
}
