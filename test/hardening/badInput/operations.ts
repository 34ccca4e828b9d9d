/** Every operation's bad input table, and the credential fields checked before any request. */
import { ABSENCE_AND_ATTENDANCE_OPERATIONS } from './absencesAndAttendances';
import { COMPANY_RECORD_OPERATIONS } from './companyRecords';
import type { Operation } from './operation';
import { PEOPLE_OPERATIONS } from './people';
import { PROJECT_OPERATIONS } from './projects';
import { RECRUITING_OPERATIONS } from './recruiting';

export const OPERATIONS: Record<string, Operation> = {
	...PEOPLE_OPERATIONS,
	...ABSENCE_AND_ATTENDANCE_OPERATIONS,
	...COMPANY_RECORD_OPERATIONS,
	...PROJECT_OPERATIONS,
	...RECRUITING_OPERATIONS,
};

export const CREDENTIAL_FIELDS: Array<[string, string, string, unknown[], string]> = [
	[
		'personioApi',
		'partnerId',
		'Partner ID',
		['acme-hr', 'Acme', 'ACME HR', 'ACME__HR', '_ACME', 'ACME\nX-Evil: 1', '../ACME', 'ÄCME'],
		'employee.get',
	],
	['personioApi', 'appId', 'App ID', ['my-app', 'MyApp', 'MY APP', 'MY_APP\r\nX: 1'], 'person.get'],
	[
		'personioRecruitingApi',
		'partnerId',
		'Partner ID',
		['acme-hr', 'ACME HR', 'ACME\nX: 1'],
		'recruiting applicant.create',
	],
	['personioRecruitingApi', 'appId', 'App ID', ['my-app', 'MY_APP\nX: 1'], 'recruiting job.getAll'],
	[
		'personioRecruitingApi',
		'companyId',
		'Company ID',
		['acme', '12 34', '12/34', '1234\nX: 1', '-1', '1.5'],
		'recruiting applicant.create',
	],
	[
		'personioRecruitingApi',
		'company',
		'Company',
		[
			'evil.example#',
			'evil.example/x?',
			'a/b',
			'acme.evil',
			'ac me',
			'-acme',
			'',
			'acme@evil.example',
		],
		'recruiting job.getAll',
	],
];
