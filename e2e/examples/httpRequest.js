'use strict';
/* Example spec: any other endpoint with the HTTP Request node and the Personio credential. */
const { API, personio, workflow } = require('./builder');

module.exports = {
	'http-request': workflow(
		'PersonioExHttp01',
		'Personio: any other endpoint with the HTTP Request node',
		[
			[
				personio(
					{
						resource: 'recruiting',
						operation: 'getAll',
						object: 'application',
						returnAll: false,
						limit: 1,
						filters: {},
					},
					{ name: 'Get one application' },
				),
				{
					name: 'Get its stage transitions',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					parameters: {
						url: '=https://api.personio.de/v2/recruiting/applications/{{ $json.id }}/stage-transitions',
						authentication: 'predefinedCredentialType',
						nodeCredentialType: 'personioApi',
						options: {},
					},
					credentials: API,
				},
			],
		],
	),
};
