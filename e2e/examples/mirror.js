'use strict';
/*
 * Example specs: a mirror of Personio's employees that never drifts, in an n8n Data Table and in
 * PostgreSQL. The Polling Trigger emits every employee on its first poll (the initial load), then
 * each created or changed employee, and each deleted one as { id, deleted: true }; the mirror
 * upserts by the employee's id and deletes by it, so replaying the same changes leaves the same table.
 */
const crypto = require('crypto');
const { API, workflow } = require('./builder');

const { COLUMNS, TABLE_NAME, PG_TABLE, PG_DDL } = require('../mirror/table');

const trigger = {
	name: 'Personio Polling Trigger',
	type: 'n8n-nodes-personio.personioPollingTrigger',
	typeVersion: 1,
	parameters: {
		pollTimes: { item: [{ mode: 'everyMinute' }] },
		event: 'employeeUpdated',
		firstPoll: 'emitAll',
		detectDeletions: true,
		deletionCheck: 'everyPoll',
		simplify: true,
	},
	credentials: API,
};

const isDeleted = {
	name: 'Deleted in Personio?',
	type: 'n8n-nodes-base.if',
	typeVersion: 2.2,
	parameters: {
		conditions: {
			options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
			conditions: [
				{
					id: 'c6f1f1f0-5b7e-4c59-9a5e-6d0b7f0e2a11',
					leftValue: '={{ $json.deleted === true }}',
					rightValue: '',
					operator: { type: 'boolean', operation: 'true', singleValue: true },
				},
			],
			combinator: 'and',
		},
		options: {},
	},
};

const mapping = (types) => ({
	mappingMode: 'defineBelow',
	value: Object.fromEntries(COLUMNS.map(([name, , , value]) => [name, value])),
	matchingColumns: ['employee_id'],
	schema: COLUMNS.map(([name, type]) => ({
		id: name,
		displayName: name,
		required: false,
		defaultMatch: false,
		display: true,
		type: types(type),
		canBeUsedToMatch: true,
		removed: false,
	})),
});

function note(fileId, content) {
	const h = crypto.createHash('sha1').update(`${fileId}/note`).digest('hex');
	return {
		id: `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`,
		name: 'How to set it up',
		type: 'n8n-nodes-base.stickyNote',
		typeVersion: 1,
		position: [0, -260],
		parameters: { content, height: 220, width: 760 },
	};
}

function withNote(wf, content) {
	return { ...wf, nodes: [...wf.nodes, note(wf.id, content)] };
}

const dataTable = { __rl: true, mode: 'list', value: '', cachedResultName: TABLE_NAME };
const byEmployeeId = {
	conditions: [{ keyName: 'employee_id', condition: 'eq', keyValue: '={{ Number($json.id) }}' }],
};

const pgTable = {
	schema: { __rl: true, mode: 'list', value: 'public' },
	table: { __rl: true, mode: 'name', value: PG_TABLE },
};
const POSTGRES = { postgres: { id: 'PersonioMirrorPg1', name: 'Mirror database (PostgreSQL)' } };

module.exports = {
	'mirror-data-table': withNote(
		workflow(
			'PersonioExMirDT1',
			'Mirror Personio employees into an n8n Data Table (created, updated, deleted)',
			[
				[
					isDeleted,
					{
						name: 'Delete the row',
						type: 'n8n-nodes-base.dataTable',
						typeVersion: 1,
						parameters: {
							resource: 'row',
							operation: 'deleteRows',
							dataTableId: dataTable,
							matchType: 'anyCondition',
							filters: byEmployeeId,
							options: {},
						},
					},
				],
				[
					{ ref: isDeleted.name, output: 1 },
					{
						name: 'Insert or update the row',
						type: 'n8n-nodes-base.dataTable',
						typeVersion: 1,
						parameters: {
							resource: 'row',
							operation: 'upsert',
							dataTableId: dataTable,
							matchType: 'anyCondition',
							filters: byEmployeeId,
							columns: mapping((type) => type),
							options: {},
						},
					},
				],
			],
			{ trigger },
		),
		[
			'## Mirror Personio employees into a Data Table',
			`1. Create a Data Table named **${TABLE_NAME}** (Overview > Data tables) with the columns ${COLUMNS.map(([name, type]) => `\`${name}\` (${type})`).join(', ')}.`,
			'2. Pick it in both Data Table nodes, set your Personio credential, activate.',
			'The first poll loads every employee; later polls upsert changed employees and delete deleted ones by `employee_id`, so a replayed poll leaves the same table.',
		].join('\n'),
	),

	'mirror-postgres': withNote(
		workflow(
			'PersonioExMirPg1',
			'Mirror Personio employees into PostgreSQL (created, updated, deleted)',
			[
				[
					isDeleted,
					{
						name: 'Delete the row',
						type: 'n8n-nodes-base.postgres',
						typeVersion: 2.5,
						parameters: {
							operation: 'deleteTable',
							...pgTable,
							deleteCommand: 'delete',
							where: {
								values: [{ column: 'employee_id', condition: 'equal', value: '={{ $json.id }}' }],
							},
							options: {},
						},
						credentials: POSTGRES,
					},
				],
				[
					{ ref: isDeleted.name, output: 1 },
					{
						name: 'Insert or update the row',
						type: 'n8n-nodes-base.postgres',
						typeVersion: 2.5,
						parameters: {
							operation: 'upsert',
							...pgTable,
							columns: mapping((type) => type),
							options: {},
						},
						credentials: POSTGRES,
					},
				],
			],
			{ trigger },
		),
		[
			'## Mirror Personio employees into PostgreSQL',
			'1. Create the table once:',
			`\`${PG_DDL}\``,
			'2. Set your PostgreSQL and Personio credentials, activate.',
			'Upsert on `employee_id` (the primary key) and delete by it: a replayed poll leaves the same table. Works in queue mode.',
		].join('\n'),
	),
};
