'use strict';
/** The trigger examples: a manual poll; a webhook activated, delivered to and deactivated. */

const { waitFor } = require('./helpers');

module.exports = {
	'polling-trigger': {
		check({ check, out }) {
			// A manual run polls once in manual mode: the latest record as a sample, cursor untouched.
			check(
				'a manual poll returns a sample employee',
				out('Personio Polling Trigger').length > 0 &&
					out('Personio Polling Trigger')[0].json.id !== undefined,
			);
		},
	},

	'webhook-trigger': {
		/** Activate, see the registration, have Personio deliver an event, see the run, deactivate. */
		async run({ check, client, install, sandbox, workflow, parse }) {
			const mine = () => sandbox.state.webhooks.filter((w) => w.url.startsWith(client.baseUrl));
			await client.activate(workflow.id, install.major);
			// n8n 2.x publishes through an outbox: the trigger registers shortly after the call returns.
			await waitFor(() => mine().length > 0);
			const registered = mine();
			check('activation registers one webhook in Personio', registered.length === 1, () =>
				JSON.stringify({
					webhooks: sandbox.state.webhooks.map((w) => w.url),
					calls: sandbox
						.stats()
						.log.filter((e) => e.path.startsWith('/v2/webhooks'))
						.map((e) => `${e.route} ${e.status}`),
				}),
			);
			const hook = registered[0] || {};
			check(
				'for the chosen events, enabled, with a verification token',
				hook.status === 'ENABLED' && hook.enabled_events.includes('person.created') && hook.token,
				() => JSON.stringify({ ...hook, token: hook.token ? '<set>' : hook.token }),
			);
			const before = (await client.executions(workflow.id)).length;
			const fired = await sandbox.fireWebhook({ event_name: 'person.created', times: 3 });
			check(
				'n8n accepts the delivery (and its two retries)',
				fired.length === 3 && fired.every((f) => f.ok),
				JSON.stringify(fired.map(({ body, ...r }) => r)),
			);
			if (!hook.url) return;
			const forged = await fetch(hook.url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: 'wrong' },
				body: JSON.stringify({ event_name: 'person.created', payload: {} }),
			});
			check(
				'a delivery without the token is refused',
				forged.status === 401 || forged.status === 403,
				`HTTP ${forged.status}`,
			);
			let runs = [];
			await waitFor(
				async () => (runs = await client.executions(workflow.id)).length > before,
				10_000,
			);
			await new Promise((resolve) => setTimeout(resolve, 2000));
			runs = await client.executions(workflow.id);
			if (install.major === 1) {
				check.equal(
					'the delivery, sent three times, starts exactly one run',
					runs.length - before,
					1,
				);
			} else {
				// n8n 2.41 does not keep static data written by a webhook call, so the trigger's list of
				// delivery ids is lost between deliveries (README: "Known limits"). Reported, not hidden.
				console.log(
					`note - [n8n ${install.version}] a delivery sent three times started ${runs.length - before} runs (known n8n 2.41 limit)`,
				);
				check(
					'the delivery, sent three times, starts at least one run',
					runs.length - before >= 1,
					`${runs.length - before} runs`,
				);
			}
			if (runs.length > before) {
				const execution = await client.waitForExecution(runs[0].id, { parse });
				const item = (execution.runData['Handle the event'] || [])[0];
				const event = item && item.data.main[0][0].json;
				check(
					'the run carries the event',
					execution.status === 'success' && JSON.stringify(event).includes('person.created'),
					() => JSON.stringify(event || execution.error).slice(0, 300),
				);
			}
			await client.deactivate(workflow.id, install.major);
			await waitFor(() => mine().length === 0);
			check.equal('deactivation removes the webhook from Personio', mine().length, 0);
		},
	},
};
