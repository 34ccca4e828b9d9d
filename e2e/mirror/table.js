'use strict';
/* The mirror's table, shared by the example workflows (e2e/examples/mirror.js) and the e2e proofs. */

/** The mirrored columns: name, Data Table / PostgreSQL type, and the value from the trigger's item. */
const COLUMNS = [
	['employee_id', 'number', 'bigint PRIMARY KEY', '={{ Number($json.id) }}'],
	['first_name', 'string', 'text', '={{ $json.first_name }}'],
	['last_name', 'string', 'text', '={{ $json.last_name }}'],
	['email', 'string', 'text', '={{ $json.email }}'],
	['status', 'string', 'text', '={{ $json.status }}'],
	['position', 'string', 'text', '={{ $json.position }}'],
	['department', 'string', 'text', '={{ $json.department ? $json.department.name : null }}'],
	['termination_date', 'string', 'text', '={{ $json.termination_date }}'],
	// Custom attributes are `dynamic_<id>` in Personio; these two are the sandbox's.
	['tshirt_size', 'string', 'text', '={{ $json.dynamic_1004 }}'],
	['remote_days_per_week', 'number', 'integer', '={{ $json.dynamic_1006 }}'],
	['last_modified_at', 'string', 'text', '={{ $json.last_modified_at }}'],
];
const TABLE_NAME = 'Personio employees';
const PG_TABLE = 'personio_employees';
const PG_DDL = `CREATE TABLE IF NOT EXISTS ${PG_TABLE} (${COLUMNS.map(([name, , pg]) => `${name} ${pg}`).join(', ')})`;

module.exports = { COLUMNS, TABLE_NAME, PG_TABLE, PG_DDL };
