'use strict';
/*
 * The catch-up proof, run inside the mirror's n8n outage: examples/webhook-catch-up.json (Personio
 * Trigger + "Personio Events (Catch-Up)" → Remove Duplicates on eventKey → the action) is active; one
 * event is delivered live; n8n goes down; 30 events happen in Personio (each delivery fails, the
 * subscription's event log keeps them); n8n comes back and its first poll reads them. Each of the 30
 * must reach the action exactly once, and the live one must not come through a second time.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { waitFor } = require('./proof');

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'webhook-catch-up.json');
const DOWNSTREAM = 'Handle each event once';
const DOWN_EVENTS = 30;

/** An event's identity in what the sandbox fired and in what the action received. */
const firedKey = (e) => `${e.event_name}@${e.occurred_at}#${e.payload.person_id}`;
const itemKey = (item) => `${item.event}@${item.occurredAt}#${item.personId}`;

function catchUpProof({ client, install, sandbox, parse, values }) {
	let workflowId;
	let hook;
	let live = [];
	let down = [];

	/** Every item the action received, over all executions of the workflow. */
	async function handled() {
		const items = [];
		for (const run of await client.executions(workflowId)) {
			const execution = await client.waitForExecution(run.id, { parse });
			for (const step of execution.runData[DOWNSTREAM] || [])
				for (const item of (step.data && step.data.main[0]) || []) items.push(item.json);
		}
		return items;
	}

	return {
		/** Imports its own copy of the example (a webhook path of its own) and activates it. */
		async start() {
			const example = JSON.parse(
				fs
					.readFileSync(EXAMPLE, 'utf8')
					.split('https://api.personio.de')
					.join(values.PERSONIO_BASE_URL),
			);
			const oldId = example.nodes.find((n) => n.webhookId).webhookId;
			const webhookId = crypto.randomUUID();
			const text = JSON.stringify(example).split(oldId).join(webhookId);
			const { name, nodes, connections, settings } = JSON.parse(text);
			const created = await client.request('POST', '/rest/workflows', {
				name: `${name} (mirror outage)`,
				active: false,
				nodes,
				connections,
				settings,
			});
			workflowId = created.id;
			await client.activate(workflowId, install.major);
			await waitFor(
				() =>
					(hook = sandbox.state.webhooks.find(
						(w) => w.url.includes(webhookId) && w.status === 'ENABLED',
					)),
				60_000,
				'the Personio Trigger to register its webhook',
			);
		},

		/** Before the outage: both triggers' state saved, then one live delivery. */
		async beforeOutage() {
			const saved = async () => {
				const data = JSON.stringify((await client.workflow(workflowId)).staticData || {});
				return data.includes(hook.id) && data.includes('personioEvents');
			};
			// The catch-up saves its mark at its first poll that n8n keeps (activation, or a minute later).
			await waitFor(saved, 90_000, 'both triggers to save their state');
			live = await sandbox.fireWebhook({ event_name: 'person.updated', webhook_id: hook.id });
			await waitFor(
				async () => (await handled()).length >= 1,
				30_000,
				'the live delivery to reach the action',
			);
		},

		/** While n8n is down: 30 events; Personio's deliveries fail, its event log keeps them. */
		async duringOutage() {
			down = await sandbox.fireWebhook({
				event_name: 'person.updated',
				webhook_id: hook.id,
				count: DOWN_EVENTS,
			});
		},

		/** After n8n is back: waits for the 30 (one poll: at start-up), then counts. */
		async result() {
			const wanted = new Set(down.map((f) => firedKey(f.body)));
			const liveKeys = new Set(live.map((f) => firedKey(f.body)));
			let items = [];
			await waitFor(
				async () => {
					items = await handled();
					const seen = new Set(items.map(itemKey));
					return [...wanted].every((k) => seen.has(k));
				},
				90_000,
				'the 30 events to reach the action',
			).catch(() => {});
			items = await handled();
			const counts = new Map();
			for (const item of items) counts.set(itemKey(item), (counts.get(itemKey(item)) || 0) + 1);
			const keysPerEvent = new Map();
			for (const item of items) {
				const set = keysPerEvent.get(itemKey(item)) || new Set();
				set.add(item.eventKey);
				keysPerEvent.set(itemKey(item), set);
			}
			return {
				deliveriesFailed: down.filter((f) => !f.ok).length,
				delivered: [...wanted].filter((k) => counts.get(k) === 1).length,
				missed: [...wanted].filter((k) => !counts.has(k)).length,
				twice: [...wanted].filter((k) => counts.get(k) > 1).length,
				liveTwice: [...liveKeys].filter((k) => counts.get(k) > 1).length,
				liveMissed: [...liveKeys].filter((k) => !counts.has(k)).length,
				other: [...counts.keys()].filter((k) => !wanted.has(k) && !liveKeys.has(k)).length,
				withoutKey: items.filter((i) => typeof i.eventKey !== 'string').length,
				keysDiffer: [...keysPerEvent.values()].filter((s) => s.size > 1).length,
			};
		},

		async stop() {
			if (workflowId) await client.deactivate(workflowId, install.major);
		},
	};
}

module.exports = { catchUpProof, DOWN_EVENTS };
