'use strict';
/* Example specs: the webhook trigger and the polling trigger. */
const { API, workflow } = require('./builder');

const PERSONIO_TRIGGER = {
	name: 'Personio Trigger',
	type: 'n8n-nodes-personio.personioTrigger',
	typeVersion: 1,
	webhookId: '3d5e8f1a-6b2c-4d7e-9f10-2a3b4c5d6e07',
	parameters: {
		events: ['person.created', 'person.updated', 'person.deleted'],
		fetchFullRecord: false,
	},
	credentials: API,
};
const CATCH_UP_TRIGGER = {
	name: 'Personio Events (catch-up)',
	type: 'n8n-nodes-personio.personioPollingTrigger',
	typeVersion: 1,
	parameters: {
		pollTimes: { item: [{ mode: 'everyMinute' }] },
		event: 'personioEvents',
		// The Personio Trigger's production URL; the subscription is matched by its path, whatever the host.
		webhook: {
			__rl: true,
			mode: 'url',
			value: `http://localhost:5678/webhook/${PERSONIO_TRIGGER.webhookId}/webhook`,
		},
	},
	credentials: API,
};
const ONCE = {
	name: 'Each event once',
	type: 'n8n-nodes-base.removeDuplicates',
	typeVersion: 2,
	parameters: {
		operation: 'removeItemsSeenInPreviousExecutions',
		logic: 'removeItemsWithAlreadySeenKeyValues',
		dedupeValue: '={{ $json.eventKey }}',
		options: { scope: 'workflow' },
	},
};

/** Two triggers into the same first node: the second workflow's trigger joins the first one. */
function joinTriggers(id, name, branch, first, second) {
	const live = workflow(id, name, [branch], { trigger: first });
	const caughtUp = workflow(id, name, [[branch[0]]], { trigger: second });
	const trigger = caughtUp.nodes.find((node) => node.name === second.name);
	return {
		...live,
		nodes: [live.nodes[0], { ...trigger, position: [0, 220] }, ...live.nodes.slice(1)],
		connections: { ...live.connections, ...caughtUp.connections },
	};
}

module.exports = {
	'webhook-trigger': workflow(
		'PersonioExTrig01',
		'Personio Trigger: react to new persons and absences (activate to register the webhook)',
		[[{ name: 'Handle the event', type: 'n8n-nodes-base.noOp', parameters: {} }]],
		{
			trigger: {
				name: 'Personio Trigger',
				type: 'n8n-nodes-personio.personioTrigger',
				typeVersion: 1,
				webhookId: '0b9c4f1e-7d2a-4c4e-9a51-6f0e8e2d1a01',
				parameters: {
					events: ['person.created', 'absence-period.created'],
					fetchFullRecord: false,
				},
				credentials: API,
			},
		},
	),

	'polling-trigger': workflow(
		'PersonioExPoll01',
		'Personio Polling Trigger: new employees (every minute once activated)',
		[[{ name: 'Handle new employees', type: 'n8n-nodes-base.noOp', parameters: {} }]],
		{
			trigger: {
				name: 'Personio Polling Trigger',
				type: 'n8n-nodes-personio.personioPollingTrigger',
				typeVersion: 1,
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					event: 'employeeCreated',
					simplify: true,
				},
				credentials: API,
			},
		},
	),

	'webhook-catch-up': joinTriggers(
		'PersonioExCatch1',
		'Personio events, live and caught up after downtime: each handled once (activate)',
		[ONCE, { name: 'Handle each event once', type: 'n8n-nodes-base.noOp', parameters: {} }],
		PERSONIO_TRIGGER,
		CATCH_UP_TRIGGER,
	),
};
