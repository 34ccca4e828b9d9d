'use strict';
/*
 * examples/mirror-data-table.json in a real n8n (2.x and 1.x): the mirror proof of e2e/mirror/proof.js
 * with the table in n8n's Data Table, read back through n8n's REST API, and n8n itself stopped and
 * started again in the middle (same user folder and database) while changes continue in Personio;
 * during the same outage, the catch-up proof of e2e/mirror/catch-up.js (30 undeliverable events).
 * examples/mirror-postgres.json runs in the queue-mode suite (e2e/queue/mirror.js), which has PostgreSQL.
 */
const { catchUpProof, DOWN_EVENTS } = require('./mirror/catch-up');
const { mirrorProof } = require('./mirror/proof');
const { COLUMNS, TABLE_NAME } = require('./mirror/table');

const ACTIVE = ['new', 'running', 'waiting', 'unknown'];
const DATA_TABLE = 'n8n-nodes-base.dataTable';

/** n8n's Data Table REST API of the owner's personal project. */
async function dataTables(client) {
	const project = await client.request('GET', '/rest/projects/personal');
	const base = `/rest/projects/${project.id}/data-tables`;
	return {
		async create(name, columns) {
			return await client.request('POST', base, { name, columns });
		},
		async rows(id) {
			// Pages as n8n sizes them (n8n 1.x gives at most 50 rows whatever `take` asks).
			const rows = [];
			for (;;) {
				const page = await client.request('GET', `${base}/${id}/rows?take=100&skip=${rows.length}`);
				rows.push(...page.data);
				if (!page.data.length || rows.length >= page.count) return rows;
			}
		},
	};
}

/** Points the workflow's Data Table nodes at the table (the example leaves the choice to the user). */
async function useTable(client, workflowId, table) {
	const wf = await client.workflow(workflowId);
	const nodes = wf.nodes.map((n) =>
		n.type === DATA_TABLE
			? {
					...n,
					parameters: {
						...n.parameters,
						dataTableId: {
							__rl: true,
							mode: 'list',
							value: table.id,
							cachedResultName: table.name,
						},
					},
				}
			: n,
	);
	await client.request('PATCH', `/rest/workflows/${workflowId}`, {
		nodes,
		connections: wf.connections,
		versionId: wf.versionId,
	});
}

const expectations = {
	'mirror-data-table': {
		async run({ check, client, install, sandbox, workflow, n8nProcess, parse, values }) {
			const t0 = Date.now();
			const tables = await dataTables(client);
			const table = await tables.create(
				TABLE_NAME,
				COLUMNS.map(([name, type]) => ({ name, type })),
			);
			await useTable(client, workflow.id, table);
			let active = false;
			const poll = async () => {
				if (active) await client.deactivate(workflow.id, install.major);
				await client.activate(workflow.id, install.major);
				active = true;
			};
			const idle = async () =>
				(await client.executions(workflow.id)).every((e) => !ACTIVE.includes(e.status));
			const executions = async () => (await client.executions(workflow.id)).length;
			const log = (line) => console.log(`note - [n8n ${install.version}] mirror: ${line}`);
			const catchUp = catchUpProof({ client, install, sandbox, parse, values });
			await catchUp.start();
			const result = await mirrorProof({
				around: { beforeOutage: catchUp.beforeOutage, duringOutage: catchUp.duringOutage },
				sandbox,
				poll,
				idle,
				executions,
				rows: () => tables.rows(table.id),
				outage: { label: 'n8n', stop: n8nProcess.stop, start: n8nProcess.start },
				log,
			});
			const finished = await client.executions(workflow.id);
			const failed = finished.filter((e) => e.status !== 'success');
			console.log(
				`mirror: missing ${result.missing.length}, stale ${result.stale.length}, extra ${result.extra.length}`,
			);
			log(
				`${result.applied} changes (${Object.entries(result.counts)
					.map(([k, n]) => `${k} ${n}`)
					.join(', ')}), ${result.employees} employees and ${result.rows} rows at the end, ` +
					`${finished.length} executions, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
			);
			check(
				'the first poll loads every employee',
				result.initial.missing.length === 0 && result.initial.extra.length === 0,
				() =>
					`missing ${result.initial.missing.length}, extra ${result.initial.extra.length}, rows ${result.initial.rows}`,
			);
			check(
				`after ${result.applied} changes, an outage and the last poll: 0 missing, 0 stale, 0 extra`,
				result.missing.length + result.stale.length + result.extra.length === 0,
				() =>
					JSON.stringify({
						missing: result.missing.slice(0, 5),
						extra: result.extra.slice(0, 5),
						stale: result.stale.slice(0, 3),
					}),
			);
			check.equal('one row per employee (no duplicate rows)', result.duplicates, 0);
			check('every mirror execution succeeded', failed.length === 0, () =>
				failed.map((e) => `${e.id}: ${e.status}`).join(', '),
			);
			await client.deactivate(workflow.id, install.major);

			const caught = await catchUp.result();
			await catchUp.stop();
			console.log(
				`catch-up: delivered ${caught.delivered}, missed ${caught.missed}, twice ${caught.twice}`,
			);
			log(
				`catch-up: ${caught.deliveriesFailed} of ${DOWN_EVENTS} deliveries failed while n8n was down; the live event: missed ${caught.liveMissed}, twice ${caught.liveTwice}; other events ${caught.other}`,
			);
			check.equal(
				`catch-up: each of the ${DOWN_EVENTS} events of the outage reached the action once`,
				caught.delivered,
				DOWN_EVENTS,
			);
			check.equal('catch-up: missed', caught.missed, 0);
			check.equal('catch-up: twice', caught.twice, 0);
			check.equal('catch-up: the live event was not handled again', caught.liveTwice, 0);
			check(
				'catch-up: live and caught-up items carry one eventKey per event',
				caught.withoutKey === 0 && caught.keysDiffer === 0,
				() => `${caught.withoutKey} without eventKey, ${caught.keysDiffer} events with two keys`,
			);
		},
	},

	'mirror-postgres': {
		skip: () => 'needs PostgreSQL: it runs in the queue-mode suite (npm run e2e:queue)',
	},
};

module.exports = { expectations };
