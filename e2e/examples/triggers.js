'use strict';
/* Example specs: the webhook trigger and the polling trigger. */
const { API, workflow } = require('./builder');

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
};
