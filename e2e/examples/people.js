'use strict';
/* Example specs: employees (v1), persons and employments (v2). */
const { id, personio, workflow } = require('./builder');

module.exports = {
	employees: workflow(
		'PersonioExEmpl01',
		'Personio: employees (list, create, update, read back, absence balance)',
		[
			[
				personio(
					{ resource: 'employee', operation: 'getAll', returnAll: true, filters: {} },
					{ name: 'Get many employees' },
				),
			],
			[
				personio(
					{
						resource: 'employee',
						operation: 'create',
						firstName: 'Ada',
						lastName: 'Lovelace',
						email: '=ada.{{ $now.toMillis() }}@example.com',
						additionalFields: {
							position: 'Engineer',
							hireDate: '2026-01-05',
							weeklyWorkingHours: 40,
						},
					},
					{ name: 'Create an employee' },
				),
				personio(
					{
						resource: 'employee',
						operation: 'update',
						employeeId: id('$json.id'),
						updateFields: { position: 'Principal Engineer' },
					},
					{ name: 'Update the employee' },
				),
				personio(
					{ resource: 'employee', operation: 'get', employeeId: id('$json.id') },
					{ name: 'Get the employee' },
				),
				personio(
					{ resource: 'employee', operation: 'getAbsenceBalance', employeeId: id('$json.id') },
					{ name: 'Get the absence balance' },
				),
			],
		],
	),

	people: workflow('PersonioExPeop01', 'Personio: persons and employments (API v2)', [
		[
			personio(
				{ resource: 'person', operation: 'getAll', returnAll: false, limit: 10, filters: {} },
				{ name: 'Get many persons' },
			),
		],
		[
			personio(
				{
					resource: 'person',
					operation: 'create',
					firstName: 'Grace',
					lastName: 'Hopper',
					email: '=grace.{{ $now.toMillis() }}@example.com',
					additionalFields: { preferredName: 'Amazing Grace' },
					employment: {
						positionTitle: 'Rear Admiral',
						employmentStartDate: '2026-04-01',
						weeklyWorkingHours: 40,
					},
				},
				{ name: 'Create a person' },
			),
			personio(
				{
					resource: 'person',
					operation: 'update',
					personId: id('$json.id'),
					updateFields: { preferredName: 'Grace' },
				},
				{ name: 'Update the person' },
			),
			personio(
				{
					resource: 'person',
					operation: 'get',
					personId: id("$('Create a person').first().json.id"),
				},
				{ name: 'Get the person' },
			),
			personio(
				{
					resource: 'employment',
					operation: 'getAll',
					personId: id('$json.id'),
					returnAll: true,
					filters: {},
				},
				{ name: 'Get their employments' },
			),
			personio(
				{
					resource: 'employment',
					operation: 'update',
					personId: id("$('Get the person').first().json.id"),
					employmentId: '={{ $json.id }}',
					updateFields: { positionTitle: 'Commodore' },
				},
				{ name: 'Update the employment', executeOnce: true },
			),
			personio(
				{
					resource: 'employment',
					operation: 'get',
					personId: id("$('Get the person').first().json.id"),
					employmentId: "={{ $('Get their employments').first().json.id }}",
				},
				{ name: 'Get the employment' },
			),
		],
	]),
};
