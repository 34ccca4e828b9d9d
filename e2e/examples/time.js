'use strict';
/* Example specs: absences and attendances. */
const { id, personio, workflow } = require('./builder');

module.exports = {
	absences: workflow(
		'PersonioExAbsn01',
		'Personio: absences on API v2 (types, book days, update, find and read back, daily breakdown, delete, a year of absences)',
		[
			[
				personio(
					{ resource: 'absenceType', operation: 'getAll', returnAll: true },
					{ name: 'Get absence types' },
				),
				personio(
					{ resource: 'employee', operation: 'getAll', returnAll: false, limit: 1, filters: {} },
					{ name: 'Pick an employee', executeOnce: true },
				),
				personio(
					{
						resource: 'absence',
						operation: 'create',
						employeeId: id('$json.id'),
						// A v2 absence type (UUID): the first one counted in days from Get absence types.
						absenceTypeId:
							"={{ $('Get absence types').all().find(t => t.json.unit === 'DAY').json.id }}",
						startDate: '2026-03-02',
						endDate: '2026-03-03',
						skipApproval: true,
						additionalFields: { comment: 'Booked by the n8n example workflow' },
					},
					{ name: 'Book two days off' },
				),
				personio(
					{
						resource: 'absence',
						operation: 'update',
						absenceId: '={{ $json.id }}',
						skipApproval: true,
						updateFields: { comment: 'Booked and then updated by the n8n example workflow' },
					},
					{ name: 'Update the comment' },
				),
				personio(
					{
						resource: 'absence',
						operation: 'getAll',
						returnAll: true,
						filters: {
							personIds: "={{ $('Pick an employee').first().json.id }}",
							startDate: '2026-03-02',
							endDate: '2026-03-03',
						},
					},
					{ name: 'Find the booked absence' },
				),
				personio(
					{ resource: 'absence', operation: 'get', absenceId: '={{ $json.id }}' },
					{ name: 'Get the absence' },
				),
				personio(
					{
						resource: 'absence',
						operation: 'getBreakdowns',
						absenceId: '={{ $json.id }}',
						returnAll: true,
					},
					{ name: 'Get its days' },
				),
				personio(
					{
						resource: 'absence',
						operation: 'delete',
						absenceId: "={{ $('Get the absence').first().json.id }}",
					},
					{ name: 'Delete the absence', executeOnce: true },
				),
			],
			[
				personio(
					{
						resource: 'absence',
						operation: 'getAll',
						returnAll: true,
						filters: { startDate: '2026-01-01', endDate: '2026-12-31' },
					},
					{ name: 'Get the absences of 2026' },
				),
			],
			[
				personio(
					{ resource: 'absence', operation: 'getAll', returnAll: false, limit: 10, filters: {} },
					{ name: 'Get 10 absences' },
				),
			],
		],
	),

	attendances: workflow(
		'PersonioExAttd01',
		'Personio: attendances on API v2 (night shift with a project, a break, update, read back, delete)',
		[
			[
				personio(
					{ resource: 'person', operation: 'getAll', returnAll: false, limit: 1, filters: {} },
					{ name: 'Pick a person', executeOnce: true },
				),
				personio(
					{
						resource: 'project',
						operation: 'getAll',
						returnAll: false,
						limit: 1,
						filters: { status: 'ACTIVE', topLevelOnly: true },
					},
					{ name: 'Pick an active project', executeOnce: true },
				),
				personio(
					{
						resource: 'attendance',
						operation: 'create',
						personId: id("$('Pick a person').first().json.id"),
						type: 'WORK',
						start: '2026-02-02T22:00:00',
						skipApproval: true,
						additionalFields: {
							end: '2026-02-03T06:00:00',
							comment: 'Night shift logged by the n8n example workflow',
							projectId: id('$json.id'),
						},
					},
					{ name: 'Log a night shift' },
				),
				personio(
					{
						resource: 'attendance',
						operation: 'create',
						personId: id("$('Pick a person').first().json.id"),
						type: 'BREAK',
						start: '2026-02-03T02:00:00',
						skipApproval: true,
						additionalFields: { end: '2026-02-03T02:30:00' },
					},
					{ name: 'Take a break' },
				),
				personio(
					{
						resource: 'attendance',
						operation: 'update',
						attendanceId: "={{ $('Log a night shift').first().json.id }}",
						skipApproval: true,
						updateFields: { end: '2026-02-03T07:00:00', comment: 'Stayed longer' },
					},
					{ name: 'Update the night shift' },
				),
				personio(
					{
						resource: 'attendance',
						operation: 'get',
						attendanceId: "={{ $('Log a night shift').first().json.id }}",
					},
					{ name: 'Get the night shift' },
				),
				personio(
					{
						resource: 'attendance',
						operation: 'getAll',
						returnAll: true,
						filters: {
							personIds: "={{ $('Pick a person').first().json.id }}",
							startFrom: '2026-02-02T00:00:00',
							startTo: '2026-02-03T23:59:59',
						},
					},
					{ name: 'Get the periods of that night' },
				),
				personio(
					{
						resource: 'attendance',
						operation: 'delete',
						attendanceId: "={{ $('Take a break').first().json.id }}",
					},
					{ name: 'Delete the break', executeOnce: true },
				),
				personio(
					{
						resource: 'attendance',
						operation: 'delete',
						attendanceId: "={{ $('Log a night shift').first().json.id }}",
					},
					{ name: 'Delete the night shift', executeOnce: true },
				),
			],
		],
	),
};
