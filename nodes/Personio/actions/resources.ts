import type { ResourceRegistry } from '../../shared/runOperation';
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

/** The Personio node's resources: its description and its router both read this list. */
export const resources: ResourceRegistry = {
	absence: { name: 'Absence', resource: absence },
	absenceType: { name: 'Absence Type', resource: absenceType },
	// Where Applicant was before the rename, so the property order stays as it was.
	recruiting: { name: 'Recruiting', resource: recruiting },
	attendance: { name: 'Attendance', resource: attendance },
	compensation: { name: 'Compensation', resource: compensation },
	customReport: { name: 'Custom Report', resource: customReport },
	document: { name: 'Document', resource: document },
	employee: { name: 'Employee', resource: employee },
	employment: { name: 'Employment', resource: employment },
	organization: { name: 'Organization', resource: organization },
	person: { name: 'Person', resource: person },
	project: { name: 'Project', resource: project },
	projectMember: { name: 'Project Member', resource: projectMember },
};
