'use strict';
/*
 * The mirror check: the table's rows against the employees Personio (the sandbox) lists now, each
 * rendered as Personio's v1 API renders it and mapped like the example's columns.
 *   missing = employees without a row, extra = rows without an employee,
 *   stale   = rows whose values differ from the employee's (the first few differences are returned).
 */
const F = require('../../test/sandbox/format');
const { COLUMNS } = require('./table');

function expectedRow(employee, db) {
	const attributes = F.v1Employee(employee, db).attributes;
	const v = (key) => (attributes[key] ? attributes[key].value : null);
	const department = v('department');
	const row = {
		employee_id: Number(v('id')),
		first_name: v('first_name'),
		last_name: v('last_name'),
		email: v('email'),
		status: v('status'),
		position: v('position'),
		department: department && department.attributes ? department.attributes.name : null,
		termination_date: v('termination_date'),
		tshirt_size: v('dynamic_1004'),
		remote_days_per_week: v('dynamic_1006'),
		last_modified_at: v('last_modified_at'),
	};
	return row;
}

const same = (a, b) =>
	(a === null || a === undefined || a === '' ? null : String(a)) ===
	(b === null || b === undefined || b === '' ? null : String(b));

/** rows: the table's rows ({ employee_id, ... }); sandbox: the sandbox handle. */
function compareMirror(rows, sandbox) {
	const db = sandbox.state;
	const expected = new Map(db.employees.map((e) => [e.id, expectedRow(e, db)]));
	const byId = new Map();
	let duplicates = 0;
	for (const row of rows) {
		const id = Number(row.employee_id);
		if (byId.has(id)) duplicates++;
		byId.set(id, row);
	}
	const missing = [...expected.keys()].filter((id) => !byId.has(id));
	const extra = [...byId.keys()].filter((id) => !expected.has(id));
	const stale = [];
	for (const [id, want] of expected) {
		const row = byId.get(id);
		if (!row) continue;
		const diff = COLUMNS.map(([name]) => name).filter((name) => !same(row[name], want[name]));
		if (diff.length)
			stale.push({
				id,
				diff: Object.fromEntries(diff.map((n) => [n, { table: row[n], personio: want[n] }])),
			});
	}
	return { missing, stale, extra, duplicates, employees: expected.size, rows: rows.length };
}

module.exports = { compareMirror, expectedRow };
