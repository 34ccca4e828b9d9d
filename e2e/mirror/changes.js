'use strict';
/*
 * A scripted, seeded random sequence of the changes HR makes in Personio, applied to the sandbox:
 * create, update of standard fields and custom attributes, terminate and delete, through the
 * sandbox's /__sandbox/employees control endpoints (HR's own edits: create and update answer as
 * Personio's v1 API does, but are not counted as the integration's API calls; Personio's API can
 * neither terminate nor delete). The same seed gives the same sequence.
 */
const { makeRng } = require('../../test/sandbox/seed-random');

const POSITIONS = ['Analyst', 'Engineer', 'Designer', 'Recruiter', 'Accountant', 'Team Lead'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];

/** The mix: updates are what HR does most; deletions are rarer than terminations in real life. */
const KINDS = [
	['create', 0.2],
	['update', 0.5],
	['terminate', 0.15],
	['delete', 0.15],
];

function changeScript(sandbox, { seed = 17 } = {}) {
	const rng = makeRng(seed);
	const departments = sandbox.state.departments.map((d) => d.name);
	let created = 0;
	const counts = { create: 0, update: 0, terminate: 0, delete: 0 };

	async function call(method, path, body) {
		const res = await fetch(`${sandbox.url}${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
		return text ? JSON.parse(text) : {};
	}

	function kind() {
		let r = rng.next();
		for (const [name, p] of KINDS) {
			if (r < p) return name;
			r -= p;
		}
		return 'update';
	}

	function someEmployee({ active = false } = {}) {
		const list = sandbox.state.employees.filter((e) => !active || e.status !== 'inactive');
		return list.length ? rng.pick(list) : undefined;
	}

	function update() {
		const fields = {};
		const n = rng.int(1, 3);
		for (let i = 0; i < n; i++) {
			const field = rng.pick(['last_name', 'position', 'department', 'tshirt', 'remote', 'status']);
			if (field === 'last_name') fields.last_name = `Changed${rng.int(1, 99999)}`;
			if (field === 'position') fields.position = rng.pick(POSITIONS);
			if (field === 'department') fields.department = rng.pick(departments);
			if (field === 'status') fields.status = rng.pick(['active', 'leave']);
			if (field === 'tshirt')
				fields.custom_attributes = { ...fields.custom_attributes, dynamic_1004: rng.pick(SIZES) };
			if (field === 'remote')
				fields.custom_attributes = { ...fields.custom_attributes, dynamic_1006: rng.int(0, 5) };
		}
		return fields;
	}

	/** Applies `n` changes, one after the other; returns what was done. */
	async function apply(n) {
		const done = [];
		for (let i = 0; i < n; i++) {
			let k = kind();
			const target = someEmployee({ active: k === 'terminate' });
			if (!target) k = 'create';
			if (k === 'create') {
				created++;
				const r = await call('POST', '/__sandbox/employees', {
					employee: {
						email: `mirror-${seed}-${created}@example.com`,
						first_name: `Mirror${created}`,
						last_name: 'Person',
						position: rng.pick(POSITIONS),
						department: rng.pick(departments),
						custom_attributes: { dynamic_1004: rng.pick(SIZES), dynamic_1006: rng.int(0, 5) },
					},
				});
				done.push({ kind: k, id: r.data.id });
			} else if (k === 'update') {
				await call('PATCH', `/__sandbox/employees/${target.id}`, { employee: update() });
				done.push({ kind: k, id: target.id });
			} else if (k === 'terminate') {
				const day = `2031-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
				await call('POST', `/__sandbox/employees/${target.id}/terminate`, {
					termination_date: day,
				});
				done.push({ kind: k, id: target.id });
			} else {
				await call('DELETE', `/__sandbox/employees/${target.id}`);
				done.push({ kind: k, id: target.id });
			}
			counts[k]++;
		}
		return done;
	}

	return { apply, counts };
}

module.exports = { changeScript };
