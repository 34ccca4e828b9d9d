/** The resource registries: what each node shows is what its router runs. */
import type { INodeProperties } from 'n8n-workflow';

import { Personio } from '../../nodes/Personio/Personio.node';
import { resources as personioResources } from '../../nodes/Personio/actions/resources';
import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { resources as recruitingResources } from '../../nodes/PersonioRecruiting/actions/resources';
import type { ResourceRegistry } from '../../nodes/shared/runOperation';

const operationValues = (properties: INodeProperties[], resource: string) =>
	properties
		.filter(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes(resource),
		)
		.flatMap((property) =>
			(property.options ?? []).map((option) => (option as { value: string }).value),
		)
		.sort();

describe.each([
	['Personio', new Personio().description.properties, personioResources],
	['Personio Recruiting', new PersonioRecruiting().description.properties, recruitingResources],
] as Array<[string, INodeProperties[], ResourceRegistry]>)('%s', (_, properties, registry) => {
	it('offers exactly the resources of its registry, by name', () => {
		const resource = properties.find((property) => property.name === 'resource')!;
		expect(resource.options).toEqual(
			Object.entries(registry)
				.map(([value, { name }]) => ({ name, value }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		);
	});

	it.each(Object.keys(registry))(
		'%s: every operation shown has its execute, and no other',
		(key) => {
			expect(operationValues(properties, key)).toEqual(
				Object.keys(registry[key].resource.operations).sort(),
			);
			for (const operation of Object.values(registry[key].resource.operations))
				expect(typeof operation.execute).toBe('function');
		},
	);
});
