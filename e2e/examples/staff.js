'use strict';
/* Example specs: employees, persons and employments, organization, documents. */
const { id, personio, textFile, workflow } = require('./builder');

module.exports = {
	employees: workflow('PersonioExEmpl01', 'Personio: employees (list, create, update, read back, absence balance)', [
		[personio({ resource: 'employee', operation: 'getAll', returnAll: true, filters: {} }, { name: 'Get many employees' })],
		[
			personio(
				{
					resource: 'employee',
					operation: 'create',
					firstName: 'Ada',
					lastName: 'Lovelace',
					email: '=ada.{{ $now.toMillis() }}@example.com',
					additionalFields: { position: 'Engineer', hireDate: '2026-01-05', weeklyWorkingHours: 40 },
				},
				{ name: 'Create an employee' },
			),
			personio(
				{ resource: 'employee', operation: 'update', employeeId: id('$json.id'), updateFields: { position: 'Principal Engineer' } },
				{ name: 'Update the employee' },
			),
			personio({ resource: 'employee', operation: 'get', employeeId: id('$json.id') }, { name: 'Get the employee' }),
			personio({ resource: 'employee', operation: 'getAbsenceBalance', employeeId: id('$json.id') }, { name: 'Get the absence balance' }),
		],
	]),

	people: workflow('PersonioExPeop01', 'Personio: persons and employments (API v2)', [
		[personio({ resource: 'person', operation: 'getAll', returnAll: false, limit: 10, filters: {} }, { name: 'Get many persons' })],
		[
			personio(
				{
					resource: 'person',
					operation: 'create',
					firstName: 'Grace',
					lastName: 'Hopper',
					email: '=grace.{{ $now.toMillis() }}@example.com',
					additionalFields: { preferredName: 'Amazing Grace' },
					employment: { positionTitle: 'Rear Admiral', employmentStartDate: '2026-04-01', weeklyWorkingHours: 40 },
				},
				{ name: 'Create a person' },
			),
			personio(
				{ resource: 'person', operation: 'update', personId: id('$json.id'), updateFields: { preferredName: 'Grace' } },
				{ name: 'Update the person' },
			),
			personio({ resource: 'person', operation: 'get', personId: id("$('Create a person').first().json.id") }, { name: 'Get the person' }),
			personio({ resource: 'employment', operation: 'getAll', personId: id('$json.id'), returnAll: true, filters: {} }, { name: 'Get their employments' }),
			personio(
				{ resource: 'employment', operation: 'update', personId: id("$('Get the person').first().json.id"), employmentId: '={{ $json.id }}', updateFields: { positionTitle: 'Commodore' } },
				{ name: 'Update the employment', executeOnce: true },
			),
			personio(
				{ resource: 'employment', operation: 'get', personId: id("$('Get the person').first().json.id"), employmentId: "={{ $('Get their employments').first().json.id }}" },
				{ name: 'Get the employment' },
			),
		],
	]),

	organization: workflow('PersonioExOrgn01', 'Personio: organization, compensations and custom reports', [
		[
			personio({ resource: 'organization', operation: 'getAll', object: 'orgUnit', orgUnitType: 'department', returnAll: true }, { name: 'Get org units' }),
			personio(
				{ resource: 'organization', operation: 'get', object: 'orgUnit', orgUnitType: 'department', id: '={{ $json.id }}' },
				{ name: 'Get the first org unit', executeOnce: true },
			),
		],
		[personio({ resource: 'organization', operation: 'getAll', object: 'legalEntity', returnAll: true }, { name: 'Get legal entities' })],
		[
			personio({ resource: 'organization', operation: 'getAll', object: 'costCenter', returnAll: true }, { name: 'Get cost centers' }),
			personio({ resource: 'organization', operation: 'get', object: 'costCenter', id: '={{ $json.id }}' }, { name: 'Get the first cost center', executeOnce: true }),
		],
		[
			personio({ resource: 'organization', operation: 'getAll', object: 'workplace', returnAll: true }, { name: 'Get workplaces' }),
			personio({ resource: 'organization', operation: 'get', object: 'workplace', id: '={{ $json.id }}' }, { name: 'Get the first workplace', executeOnce: true }),
		],
		[
			personio(
				{ resource: 'compensation', operation: 'getAll', returnAll: true, filters: { periodStart: '2025-08-15', periodEnd: '2025-11-14' } },
				{ name: 'Get three months of compensations' },
			),
		],
		[
			personio({ resource: 'customReport', operation: 'getAll', returnAll: true, filters: {} }, { name: 'Get custom reports' }),
			personio(
				{ resource: 'customReport', operation: 'getRows', reportId: '={{ $json.id }}', returnAll: true, options: {} },
				{ name: 'Get the rows of the first report', executeOnce: true },
			),
		],
		[
			personio({ resource: 'compensation', operation: 'getAll', returnAll: false, limit: 20, filters: {} }, { name: 'Get compensations' }),
			personio(
				{
					resource: 'compensation',
					operation: 'create',
					confirmIrreversible: true,
					personId: id("$json.person?.id ?? $json.person_id"),
					typeId: "={{ $json.type?.id ?? $json.type_id }}",
					value: 1000,
					effectiveFrom: '2026-05-01',
					additionalFields: { comment: 'One-off bonus from the n8n example workflow' },
				},
				{ name: 'Pay a bonus', executeOnce: true },
			),
		],
	]),

	documents: workflow('PersonioExDocs01', 'Personio: documents (upload a file, list, download, delete)', [
		[
			personio({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 1, filters: {} }, { name: 'Pick an employee' }),
			...textFile('=Employment certificate for {{ $json.first_name }} {{ $json.last_name }}', 'certificate.txt'),
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
				{ resource: 'document', operation: 'getAll', ownerId: id("$('Pick an employee').first().json.id"), returnAll: true },
				{ name: 'Get their documents' },
			),
			personio(
				{ resource: 'document', operation: 'download', documentId: '={{ $json.id }}', binaryPropertyName: 'data' },
				{ name: 'Download the first document', executeOnce: true },
			),
			personio({ resource: 'document', operation: 'delete', documentId: '={{ $json.id }}' }, { name: 'Delete it' }),
		],
	]),
};
