'use strict';
/*
 * examples/webhook-dedup.json in a real n8n: Personio re-sends a delivery it thinks was lost, and on
 * n8n 2.x the trigger's own memory of delivery ids does not survive between deliveries. Remove
 * Duplicates on the event key (across executions) after the trigger must let exactly one copy through.
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(condition, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition()) && Date.now() < deadline) await sleep(100);
}

const TIMES = 3;
const DOWNSTREAM = 'Handle the event once';

const expectations = {
	'webhook-dedup': {
		async run({ check, client, install, sandbox, workflow, parse }) {
			const { webhookId } = workflow.nodes.find((n) => n.webhookId);
			const mine = () =>
				sandbox.state.webhooks.filter((w) => w.url.includes(webhookId) && w.status === 'ENABLED');
			await client.activate(workflow.id, install.major);
			await waitFor(() => mine().length > 0);
			const hook = mine()[0];
			check('activation registers the webhook', Boolean(hook), () =>
				JSON.stringify(sandbox.state.webhooks.map((w) => w.url)),
			);
			if (!hook) return;
			// The trigger keeps the subscription's id and token in static data, which n8n 2.x saves a
			// moment after the registration: a delivery in between is refused (and Personio re-sends it).
			const saved = async () =>
				JSON.stringify((await client.workflow(workflow.id)).staticData || {}).includes(hook.id);
			await waitFor(saved);
			const fired = await sandbox.fireWebhook({
				event_name: 'person.created',
				times: TIMES,
				webhook_id: hook.id,
			});
			const ours = fired.filter((f) => f.webhook_id === hook.id);
			const deliveryIds = new Set(ours.map((f) => f.delivery_id));
			check(
				`one delivery sent ${TIMES} times, each copy accepted`,
				ours.length === TIMES && deliveryIds.size === 1 && ours.every((f) => f.ok),
				() => JSON.stringify(fired.map(({ body, ...r }) => r)),
			);
			let runs = [];
			await waitFor(async () => (runs = await client.executions(workflow.id)).length >= 1, 15_000);
			await sleep(3000); // later copies, if they start runs, start them now
			runs = await client.executions(workflow.id);
			const executions = [];
			for (const run of runs) executions.push(await client.waitForExecution(run.id, { parse }));
			const downstream = executions.filter((e) =>
				(e.runData[DOWNSTREAM] || []).some((r) => r.data && r.data.main[0].length),
			);
			const failed = executions.filter((e) => e.status !== 'success');
			check.equal(`"${DOWNSTREAM}" ran once for the ${TIMES} copies`, downstream.length, 1);
			check('every run succeeded', failed.length === 0, () =>
				failed.map((e) => `${e.status}: ${e.error && e.error.message}`).join('; '),
			);
			console.log(
				`note - [n8n ${install.version}] ${TIMES} copies of one delivery started ${executions.length} run(s); the step after Remove Duplicates ran in ${downstream.length}`,
			);
			const item = downstream[0] && downstream[0].runData[DOWNSTREAM][0].data.main[0][0].json;
			check('that run carries the delivery', item && deliveryIds.has(item.deliveryId), () =>
				JSON.stringify(item).slice(0, 300),
			);
			await client.deactivate(workflow.id, install.major);
			await waitFor(() => !mine().some((w) => w.id === hook.id));
			check('deactivation removes the webhook', !mine().some((w) => w.id === hook.id));
		},
	},
};

module.exports = { expectations };
