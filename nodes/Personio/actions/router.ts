import type { IExecuteFunctions } from 'n8n-workflow';

import type { ResourceMap } from '../../shared/runOperation';
import { runOperation } from '../../shared/runOperation';
import * as absence from './absence/Absence.resource';
import * as absenceType from './absenceType/AbsenceType.resource';
import * as attendance from './attendance/Attendance.resource';
import * as compensation from './compensation/Compensation.resource';
import * as customReport from './customReport/CustomReport.resource';
import * as document from './document/Document.resource';
import * as employee from './employee/Employee.resource';
import * as employment from './employment/Employment.resource';
import * as organization from './organization/Organization.resource';
import * as person from './person/Person.resource';
import * as project from './project/Project.resource';
import * as projectMember from './projectMember/ProjectMember.resource';
import * as recruiting from './recruiting/Recruiting.resource';

export const resources: ResourceMap = {
	absence: absence.operations,
	absenceType: absenceType.operations,
	attendance: attendance.operations,
	compensation: compensation.operations,
	customReport: customReport.operations,
	document: document.operations,
	employee: employee.operations,
	employment: employment.operations,
	organization: organization.operations,
	person: person.operations,
	project: project.operations,
	projectMember: projectMember.operations,
	recruiting: recruiting.operations,
};

export async function router(this: IExecuteFunctions) {
	return await runOperation.call(this, resources, 'Personio');
}
