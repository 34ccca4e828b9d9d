'use strict';
/*
 * examples/webhook-catch-up.json in a real n8n: the Personio Trigger and the Polling Trigger's
 * "Personio Events (Catch-Up)" feed one Remove Duplicates node on {{ $json.eventKey }}. One event is
 * delivered live; then 30 events happen that Personio could not deliver (the sandbox logs them without
 * a delivery, as when the receiver is down). Within one poll interval each of the 31 must reach the step
 * after Remove Duplicates exactly once, also when Personio's retries of the 30 arrive afterwards.
 * Prints "delivered / missed / twice". The proof with n8n itself stopped while the events happen is the
 * mirror e2e's.
 */
const { sleep, waitFor } = require('./expectations/helpers');

const MISSED = 30;
const DOWNSTREAM = 'Handle each event once';
const POLL_MS = 60_000;

/** Every item the step after Remove Duplicates received, over all executions of the workflow. */
async function handled(client, workflow, parse) {
	const items = [];
	for (const run of await client.executions(workflow.id)) {
		const execution = await client.waitForExecution(run.id, { parse });
		for (const step of execution.runData[DOWNSTREAM] || [])
			for (const item of (step.data && step.data.main[0]) || []) items.push(item.json);
	}
	return items;
}

const expectations = {
	'webhook-catch-up': {
		async run({ check, client, install, sandbox, workflow, parse }) {
			const { webhookId } = workflow.nodes.find((n) => n.webhookId);
			const mine = () =>
				sandbox.state.webhooks.filter((w) => w.url.includes(webhookId) && w.status === 'ENABLED');
			const started = Date.now();
			await client.activate(workflow.id, install.major);
			await waitFor(() => mine().length > 0);
			const hook = mine()[0];
			check('activation registers the webhook', Boolean(hook));
			if (!hook) return;
			// Both triggers keep their state in static data: the subscription's token, and the catch-up's
			// mark (saved at activation, or at the first scheduled poll where n8n keeps only that one).
			const state = async () =>
				JSON.stringify((await client.workflow(workflow.id)).staticData || {});
			const ready = await waitFor(
				async () => {
					const saved = await state();
					return saved.includes(hook.id) && saved.includes('personioEvents');
				},
				POLL_MS + 30_000,
				1000,
			);
			const saved = await state();
			check('both triggers saved their state', ready, () => saved.slice(0, 300));
			console.log(
				`note - [n8n ${install.version}] catch-up state saved ${((Date.now() - started) / 1000).toFixed(0)} s after activation`,
			);

			const live = await sandbox.fireWebhook({ event_name: 'person.updated', webhook_id: hook.id });
			check('the live delivery is accepted', live.length === 1 && live[0].ok, () =>
				JSON.stringify(live.map(({ body, ...r }) => r)),
			);
			const down = await sandbox.fireWebhook({
				event_name: 'person.updated',
				webhook_id: hook.id,
				count: MISSED,
				deliver: false,
			});
			const fired = [...live, ...down].map((f) => f.body);
			const id = (e) => `${e.event_name}@${e.occurred_at}#${e.payload.person_id}`;
			const wanted = new Set(fired.map(id));
			const firedAt = Date.now();

			const count = (items) => {
				const seen = new Map();
				for (const item of items) {
					const key = id({
						event_name: item.event,
						occurred_at: item.occurredAt,
						payload: { person_id: item.personId },
					});
					seen.set(key, (seen.get(key) || 0) + 1);
				}
				return seen;
			};
			let seen = new Map();
			await waitFor(
				async () => {
					seen = count(await handled(client, workflow, parse));
					return [...wanted].every((key) => seen.has(key));
				},
				2 * POLL_MS + 30_000,
				3000,
			);
			const caughtUpAfter = Date.now() - firedAt;
			// Personio's retries of the 30 reach n8n after the catch-up did: each starts a run, none may pass.
			const retried = await sandbox.retryWebhooks({ webhook_id: hook.id });
			check(
				`Personio's retries of the ${MISSED} are accepted`,
				retried.length === MISSED && retried.every((r) => r.ok),
				() => JSON.stringify(retried.map(({ body, ...r }) => r)).slice(0, 300),
			);
			// One more poll: nothing may come through a second time.
			await sleep(POLL_MS + 10_000);
			seen = count(await handled(client, workflow, parse));
			const delivered = [...wanted].filter((key) => seen.get(key) === 1).length;
			const missed = [...wanted].filter((key) => !seen.has(key)).length;
			const twice = [...wanted].filter((key) => seen.get(key) > 1).length;
			const extra = [...seen.keys()].filter((key) => !wanted.has(key)).length;
			console.log(
				`note - [n8n ${install.version}] catch-up: delivered ${delivered}, missed ${missed}, twice ${twice} (of ${wanted.size}: 1 live, ${MISSED} caught up, then retried by Personio); all in ${(caughtUpAfter / 1000).toFixed(0)} s`,
			);
			check.equal(`each of the ${wanted.size} events handled once: missed`, missed, 0);
			check.equal(`each of the ${wanted.size} events handled once: twice`, twice, 0);
			check.equal('no other event handled', extra, 0);
			const items = await handled(client, workflow, parse);
			check(
				'items carry the eventKey',
				items.length > 0 && items.every((item) => typeof item.eventKey === 'string'),
			);
			await client.deactivate(workflow.id, install.major);
			await waitFor(() => !mine().some((w) => w.id === hook.id));
			check('deactivation removes the webhook', !mine().some((w) => w.id === hook.id));
		},
	},
};

module.exports = { expectations };
