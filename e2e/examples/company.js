'use strict';
/* Example specs: organization, compensations and custom reports; documents. */
const { id, personio, textFile, workflow } = require('./builder');

module.exports = {
	organization: workflow(
		'PersonioExOrgn01',
		'Personio: organization, compensations and custom reports',
		[
			[
				personio(
					{
						resource: 'organization',
						operation: 'getAll',
						object: 'orgUnit',
						orgUnitType: 'department',
						returnAll: true,
					},
					{ name: 'Get org units' },
				),
				personio(
					{
						resource: 'organization',
						operation: 'get',
						object: 'orgUnit',
						orgUnitType: 'department',
						id: '={{ $json.id }}',
					},
					{ name: 'Get the first org unit', executeOnce: true },
				),
			],
			[
				personio(
					{ resource: 'organization', operation: 'getAll', object: 'legalEntity', returnAll: true },
					{ name: 'Get legal entities' },
				),
			],
			[
				personio(
					{ resource: 'organization', operation: 'getAll', object: 'costCenter', returnAll: true },
					{ name: 'Get cost centers' },
				),
				personio(
					{
						resource: 'organization',
						operation: 'get',
						object: 'costCenter',
						id: '={{ $json.id }}',
					},
					{ name: 'Get the first cost center', executeOnce: true },
				),
			],
			[
				personio(
					{ resource: 'organization', operation: 'getAll', object: 'workplace', returnAll: true },
					{ name: 'Get workplaces' },
				),
				personio(
					{
						resource: 'organization',
						operation: 'get',
						object: 'workplace',
						id: '={{ $json.id }}',
					},
					{ name: 'Get the first workplace', executeOnce: true },
				),
			],
			[
				personio(
					{
						resource: 'compensation',
						operation: 'getAll',
						returnAll: true,
						filters: { periodStart: '2025-08-15', periodEnd: '2025-11-14' },
					},
					{ name: 'Get three months of compensations' },
				),
			],
			[
				personio(
					{ resource: 'customReport', operation: 'getAll', returnAll: true, filters: {} },
					{ name: 'Get custom reports' },
				),
				personio(
					{
						resource: 'customReport',
						operation: 'getRows',
						reportId: '={{ $json.id }}',
						returnAll: true,
						options: {},
					},
					{ name: 'Get the rows of the first report', executeOnce: true },
				),
			],
			[
				personio(
					{
						resource: 'compensation',
						operation: 'getAll',
						returnAll: false,
						limit: 20,
						filters: {},
					},
					{ name: 'Get compensations' },
				),
				personio(
					{
						resource: 'compensation',
						operation: 'create',
						confirmIrreversible: true,
						personId: id('$json.person?.id ?? $json.person_id'),
						typeId: '={{ $json.type?.id ?? $json.type_id }}',
						value: 1000,
						effectiveFrom: '2026-05-01',
						additionalFields: { comment: 'One-off bonus from the n8n example workflow' },
					},
					{ name: 'Pay a bonus', executeOnce: true },
				),
			],
		],
	),

	documents: workflow(
		'PersonioExDocs01',
		'Personio: documents (upload a file, list, download, delete)',
		[
			[
				personio(
					{ resource: 'employee', operation: 'getAll', returnAll: false, limit: 1, filters: {} },
					{ name: 'Pick an employee' },
				),
				...textFile(
					'=Employment certificate for {{ $json.first_name }} {{ $json.last_name }}',
					'certificate.txt',
				),
				personio(
					{
						resource: 'document',
						operation: 'upload',
						employeeId: id("$('Pick an employee').first().json.id"),
						binaryPropertyName: 'data',
						title: 'Employment certificate',
						categoryId: 50,
						additionalFields: { comment: 'Uploaded by the n8n example workflow' },
					},
					{ name: 'Upload the document' },
				),
				personio(
					{
						resource: 'document',
						operation: 'getAll',
						ownerId: id("$('Pick an employee').first().json.id"),
						returnAll: true,
					},
					{ name: 'Get their documents' },
				),
				personio(
					{
						resource: 'document',
						operation: 'download',
						documentId: '={{ $json.id }}',
						binaryPropertyName: 'data',
					},
					{ name: 'Download the first document', executeOnce: true },
				),
				personio(
					{ resource: 'document', operation: 'delete', documentId: '={{ $json.id }}' },
					{ name: 'Delete it' },
				),
			],
		],
	),
};
