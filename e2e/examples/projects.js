'use strict';
/* Example spec: projects and their members. */
const { id, personio, workflow } = require('./builder');

module.exports = {
	projects: workflow('PersonioExProj01', 'Personio: projects and their members (API v2)', [
		[
			personio(
				{
					resource: 'project',
					operation: 'create',
					name: '=Website relaunch {{ $now.toMillis() }}',
					status: 'ACTIVE',
					additionalFields: {
						projectCode: '=WR-{{ $now.toMillis() }}',
						billable: true,
						clientName: 'ACME',
						startDate: '2026-01-01',
						endDate: '2027-01-01',
					},
				},
				{ name: 'Create a project' },
			),
			personio(
				{
					resource: 'project',
					operation: 'create',
					name: '=Design {{ $now.toMillis() }}',
					status: 'ACTIVE',
					additionalFields: { parentProjectId: '={{ $json.id }}' },
				},
				{ name: 'Create a sub-project' },
			),
			personio(
				{
					resource: 'project',
					operation: 'update',
					projectId: id("$('Create a project').first().json.id"),
					updateFields: { description: 'Relaunch of the public website' },
				},
				{ name: 'Describe the project' },
			),
			personio(
				{
					resource: 'project',
					operation: 'get',
					projectId: id("$('Create a project').first().json.id"),
				},
				{ name: 'Get the project' },
			),
			personio(
				{
					resource: 'project',
					operation: 'getAll',
					returnAll: true,
					filters: {
						parentProjectId: "={{ $('Create a project').first().json.id }}",
						topLevelOnly: false,
					},
				},
				{ name: 'Get its sub-projects' },
			),
			personio(
				{ resource: 'person', operation: 'getAll', returnAll: false, limit: 1, filters: {} },
				{ name: 'Pick a person', executeOnce: true },
			),
			personio(
				{
					resource: 'projectMember',
					operation: 'add',
					projectId: id("$('Create a project').first().json.id"),
					personId: id('$json.id'),
				},
				{ name: 'Add a member' },
			),
			personio(
				{
					resource: 'projectMember',
					operation: 'getAll',
					projectId: id("$('Create a project').first().json.id"),
					returnAll: true,
				},
				{ name: 'Get the members' },
			),
			personio(
				{
					resource: 'projectMember',
					operation: 'remove',
					projectId: id("$('Create a project').first().json.id"),
					personId: id("$('Pick a person').first().json.id"),
				},
				{ name: 'Remove the member', executeOnce: true },
			),
			personio(
				{
					resource: 'project',
					operation: 'update',
					projectId: id("$('Create a project').first().json.id"),
					updateFields: { status: 'ARCHIVED' },
				},
				{ name: 'Archive the project' },
			),
			personio(
				{
					resource: 'project',
					operation: 'getAll',
					returnAll: true,
					filters: { status: 'ARCHIVED', topLevelOnly: true },
				},
				{ name: 'Get archived projects' },
			),
			personio(
				{
					resource: 'project',
					operation: 'delete',
					projectId: id("$('Create a project').first().json.id"),
				},
				{ name: 'Delete the project with its sub-project', executeOnce: true },
			),
		],
	]),
};
