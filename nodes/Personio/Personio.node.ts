import type { IExecuteFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as absence from './actions/absence/Absence.resource';
import * as absenceType from './actions/absenceType/AbsenceType.resource';
import * as attendance from './actions/attendance/Attendance.resource';
import * as compensation from './actions/compensation/Compensation.resource';
import * as customReport from './actions/customReport/CustomReport.resource';
import * as document from './actions/document/Document.resource';
import * as employee from './actions/employee/Employee.resource';
import * as employment from './actions/employment/Employment.resource';
import * as organization from './actions/organization/Organization.resource';
import * as person from './actions/person/Person.resource';
import * as project from './actions/project/Project.resource';
import * as projectMember from './actions/projectMember/ProjectMember.resource';
import * as recruiting from './actions/recruiting/Recruiting.resource';
import { router } from './actions/router';
import { listSearch, loadOptions } from './methods';

export class Personio implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Personio',
		name: 'personio',
		icon: { light: 'file:personio.svg', dark: 'file:personio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write employees, absences, attendances and more in Personio',
		defaults: { name: 'Personio' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'personioApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Absence', value: 'absence' },
					{ name: 'Absence Type', value: 'absenceType' },
					{ name: 'Attendance', value: 'attendance' },
					{ name: 'Compensation', value: 'compensation' },
					{ name: 'Custom Report', value: 'customReport' },
					{ name: 'Document', value: 'document' },
					{ name: 'Employee', value: 'employee' },
					{ name: 'Employment', value: 'employment' },
					{ name: 'Organization', value: 'organization' },
					{ name: 'Person', value: 'person' },
					{ name: 'Project', value: 'project' },
					{ name: 'Project Member', value: 'projectMember' },
					{ name: 'Recruiting', value: 'recruiting' },
				],
				default: 'employee',
			},
			...absence.description,
			...absenceType.description,
			// Where Applicant was before the rename, so the property order stays as it was.
			...recruiting.description,
			...attendance.description,
			...compensation.description,
			...customReport.description,
			...document.description,
			...employee.description,
			...employment.description,
			...organization.description,
			...person.description,
			...project.description,
			...projectMember.description,
		],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions) {
		return await router.call(this);
	}
}
