'use strict';
/* Example spec: the Personio Recruiting node. */
const { id, personio, recruiting, textFile, workflow } = require('./builder');

module.exports = {
	recruiting: workflow(
		'PersonioExRecr01',
		'Personio Recruiting: open jobs, apply with a CV, read the application back',
		[
			[
				recruiting(
					{ resource: 'job', operation: 'getAll', language: 'en', returnAll: true, filters: {} },
					{ name: 'Get open jobs' },
				),
				recruiting(
					{ resource: 'job', operation: 'get', jobPositionId: id('$json.id'), language: 'en' },
					{ name: 'Get the first job', executeOnce: true },
				),
				...textFile('=CV of Margaret Hamilton, applying for {{ $json.name }}', 'cv.txt'),
				recruiting(
					{
						resource: 'applicant',
						operation: 'create',
						firstName: 'Margaret',
						lastName: 'Hamilton',
						email: '=margaret.{{ $now.toMillis() }}@example.com',
						jobPositionId: id("$('Get the first job').first().json.id"),
						additionalFields: {
							message: 'Applied through the n8n example workflow',
							phone: '+49 30 1234567',
						},
						documents: { document: [{ binaryPropertyName: 'data', category: 'cv' }] },
					},
					{ name: 'Apply with the CV' },
				),
			],
			[
				{ ref: 'Convert to File' },
				recruiting(
					{ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' },
					{ name: 'Upload a document only' },
				),
			],
			[
				personio(
					{
						resource: 'recruiting',
						operation: 'getAll',
						object: 'application',
						returnAll: true,
						filters: {},
					},
					{ name: 'Get applications' },
				),
				personio(
					{ resource: 'recruiting', operation: 'get', object: 'application', id: '={{ $json.id }}' },
					{ name: 'Get the first application', executeOnce: true },
				),
			],
			[
				personio(
					{
						resource: 'recruiting',
						operation: 'getAll',
						object: 'candidate',
						returnAll: false,
						limit: 5,
						filters: {},
					},
					{ name: 'Get candidates' },
				),
			],
			[
				personio(
					{
						resource: 'recruiting',
						operation: 'getAll',
						object: 'job',
						returnAll: true,
						filters: {},
					},
					{ name: 'Get jobs (API v2)' },
				),
			],
			[
				personio(
					{
						resource: 'recruiting',
						operation: 'getAll',
						object: 'category',
						returnAll: true,
						filters: {},
					},
					{ name: 'Get job categories' },
				),
			],
		],
	),
};
