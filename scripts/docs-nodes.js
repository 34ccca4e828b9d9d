'use strict';
/** The node descriptions as the docs see them: resources with their operations and objects, trigger events. */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');

/** The four nodes' descriptions by the key the docs use, from dist/ (as n8n loads them). */
function builtNodes() {
	const load = (file, name) => {
		const compiled = path.join(ROOT, 'dist', 'nodes', file);
		if (!fs.existsSync(compiled))
			throw new Error(`${compiled} is missing: run npm run build first`);
		return new (require(compiled)[name])().description;
	};
	return {
		personio: load('Personio/Personio.node.js', 'Personio'),
		recruiting: load('PersonioRecruiting/PersonioRecruiting.node.js', 'PersonioRecruiting'),
		trigger: load('PersonioTrigger/PersonioTrigger.node.js', 'PersonioTrigger'),
		polling: load(
			'PersonioPollingTrigger/PersonioPollingTrigger.node.js',
			'PersonioPollingTrigger',
		),
	};
}

const shows = (property, key, value) =>
	(property.displayOptions?.show?.[key] ?? [value]).includes(value);

/** Resources in the order of the Resource field, each with its operations and (where there is one) objects. */
function resourcesOf(description) {
	const properties = description.properties;
	const resourceField = properties.find((p) => p.name === 'resource');
	return resourceField.options.map((resource) => {
		const operationField = properties.find(
			(p) => p.name === 'operation' && shows(p, 'resource', resource.value),
		);
		const objects = new Set();
		for (const p of properties) {
			if (p.name === 'object' && p.displayOptions?.show?.resource?.includes(resource.value)) {
				for (const option of p.options) objects.add(option.name);
			}
		}
		return {
			name: resource.name,
			value: resource.value,
			operations: (operationField?.options ?? []).map((o) => ({
				name: o.name,
				value: o.value,
				description: o.description ?? '',
			})),
			objects: [...objects],
		};
	});
}

/** The events of a trigger: the Personio Trigger's Events list, the Polling Trigger's Event field. */
function eventsOf(description) {
	const field = description.properties.find((p) => p.name === 'events' || p.name === 'event');
	return field.options.map((o) => ({
		name: o.name,
		value: o.value,
		description: o.description ?? '',
	}));
}

module.exports = { ROOT, builtNodes, resourcesOf, eventsOf };
