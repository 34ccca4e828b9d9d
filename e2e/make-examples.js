'use strict';
/*
 * Writes examples/*.json (workflows users can import into n8n; the e2e suite and `npm start` import
 * them too). Edit the specs here and run `node e2e/make-examples.js`, or edit the JSON directly.
 * URLs of real Personio (https://api.personio.de) in these files are rewritten to the target's base
 * URL on import by the suite and `npm start`.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const OUT = path.resolve(__dirname, '..', 'examples');
const API = { personioApi: { id: 'PersonioSandbox1', name: 'Personio API (sandbox)' } };
const RECRUITING = { personioRecruitingApi: { id: 'PersonioRecruit1', name: 'Personio Recruiting API (sandbox)' } };
const MANUAL = 'When clicking ‘Execute workflow’';

const personio = (parameters, extra = {}) => ({ type: 'n8n-nodes-personio.personio', parameters, credentials: API, ...extra });
const recruiting = (parameters, extra = {}) => ({ type: 'n8n-nodes-personio.personioRecruiting', parameters, credentials: RECRUITING, ...extra });
const id = (expr) => ({ __rl: true, mode: 'id', value: `={{ ${expr} }}` });
const textFile = (text, fileName) => [
	{
		name: 'Write a small text',
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: {
			assignments: { assignments: [{ id: 'a1', name: 'text', value: text, type: 'string' }] },
			options: {},
		},
	},
	{
		name: 'Convert to File',
		type: 'n8n-nodes-base.convertToFile',
		typeVersion: 1.1,
		parameters: { operation: 'toText', sourceProperty: 'text', binaryPropertyName: 'data', options: { fileName } },
	},
];

/**
 * A workflow from branches: each branch is a list of nodes chained left to right from the manual
 * trigger. A node given as { ref: 'Name' } continues after an existing node instead.
 */
function workflow(fileId, name, branches, { trigger } = {}) {
	const first = trigger ?? { name: MANUAL, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };
	const nodes = [{ ...first, position: [0, 0] }];
	const connections = {};
	const link = (from, to) => {
		connections[from] ??= { main: [[]] };
		connections[from].main[0].push({ node: to, type: 'main', index: 0 });
	};
	branches.forEach((branch, row) => {
		let previous = first.name;
		branch.forEach((node, column) => {
			if (node.ref) {
				previous = node.ref;
				return;
			}
			nodes.push({ ...node, position: [260 * (column + 1), 220 * row] });
			link(previous, node.name);
			previous = node.name;
		});
	});
	const hash = (s) => crypto.createHash('sha1').update(s).digest('hex');
	return {
		id: fileId,
		name,
		nodes: nodes.map((n) => {
			const h = hash(`${fileId}/${n.name}`);
			const { name: nodeName, type, typeVersion = 1, position, parameters, credentials, ...rest } = n;
			return {
				id: `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`,
				name: nodeName,
				type,
				typeVersion,
				position,
				parameters,
				...(credentials ? { credentials } : {}),
				...rest,
			};
		}),
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};
}

const examples = {
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

	absences: workflow('PersonioExAbsn01', 'Personio: absences (types, book days, find and read back on v2, daily breakdown, delete, a year of absences)', [
		[
			personio({ resource: 'absenceType', operation: 'getAll', returnAll: true }, { name: 'Get absence types' }),
			personio({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 1, filters: {} }, { name: 'Pick an employee', executeOnce: true }),
			personio(
				{
					resource: 'absence',
					operation: 'create',
					unit: 'days',
					employeeId: id('$json.id'),
					// Create is on v1: pick the type from the list (1234 is the sandbox's Paid vacation).
					absenceTypeId: 1234,
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
					operation: 'getAll',
					returnAll: true,
					filters: { personIds: "={{ $('Pick an employee').first().json.id }}", startDate: '2026-03-02', endDate: '2026-03-03' },
				},
				{ name: 'Find the booked absence' },
			),
			personio({ resource: 'absence', operation: 'get', absenceId: '={{ $json.id }}' }, { name: 'Get the absence' }),
			personio({ resource: 'absence', operation: 'getBreakdowns', absenceId: '={{ $json.id }}', returnAll: true }, { name: 'Get its days' }),
			personio({ resource: 'absence', operation: 'delete', absenceId: "={{ $('Get the absence').first().json.id }}" }, { name: 'Delete the absence', executeOnce: true }),
		],
		[
			personio(
				{ resource: 'absence', operation: 'getAll', returnAll: true, filters: { startDate: '2026-01-01', endDate: '2026-12-31' } },
				{ name: 'Get the absences of 2026' },
			),
		],
		[personio({ resource: 'absence', operation: 'getAll', returnAll: false, limit: 10, filters: {} }, { name: 'Get 10 absences' })],
	]),

	attendances: workflow('PersonioExAttd01', 'Personio: attendances on API v2 (night shift with a project, a break, update, read back, delete)', [
		[
			personio({ resource: 'person', operation: 'getAll', returnAll: false, limit: 1, filters: {} }, { name: 'Pick a person', executeOnce: true }),
			personio(
				{ resource: 'project', operation: 'getAll', returnAll: false, limit: 1, filters: { status: 'ACTIVE', topLevelOnly: true } },
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
					additionalFields: { end: '2026-02-03T06:00:00', comment: 'Night shift logged by the n8n example workflow', projectId: id('$json.id') },
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
			personio({ resource: 'attendance', operation: 'get', attendanceId: "={{ $('Log a night shift').first().json.id }}" }, { name: 'Get the night shift' }),
			personio(
				{
					resource: 'attendance',
					operation: 'getAll',
					returnAll: true,
					filters: { personIds: "={{ $('Pick a person').first().json.id }}", startFrom: '2026-02-02T00:00:00', startTo: '2026-02-03T23:59:59' },
				},
				{ name: 'Get the periods of that night' },
			),
			personio({ resource: 'attendance', operation: 'delete', attendanceId: "={{ $('Take a break').first().json.id }}" }, { name: 'Delete the break', executeOnce: true }),
			personio(
				{ resource: 'attendance', operation: 'delete', attendanceId: "={{ $('Log a night shift').first().json.id }}" },
				{ name: 'Delete the night shift', executeOnce: true },
			),
		],
	]),

	projects: workflow('PersonioExProj01', 'Personio: projects and their members (API v2)', [
		[
			personio(
				{
					resource: 'project',
					operation: 'create',
					name: '=Website relaunch {{ $now.toMillis() }}',
					status: 'ACTIVE',
					additionalFields: { projectCode: '=WR-{{ $now.toMillis() }}', billable: true, clientName: 'ACME', startDate: '2026-01-01', endDate: '2027-01-01' },
				},
				{ name: 'Create a project' },
			),
			personio(
				{ resource: 'project', operation: 'create', name: '=Design {{ $now.toMillis() }}', status: 'ACTIVE', additionalFields: { parentProjectId: '={{ $json.id }}' } },
				{ name: 'Create a sub-project' },
			),
			personio(
				{ resource: 'project', operation: 'update', projectId: id("$('Create a project').first().json.id"), updateFields: { description: 'Relaunch of the public website' } },
				{ name: 'Describe the project' },
			),
			personio({ resource: 'project', operation: 'get', projectId: id("$('Create a project').first().json.id") }, { name: 'Get the project' }),
			personio(
				{ resource: 'project', operation: 'getAll', returnAll: true, filters: { parentProjectId: "={{ $('Create a project').first().json.id }}", topLevelOnly: false } },
				{ name: 'Get its sub-projects' },
			),
			personio({ resource: 'person', operation: 'getAll', returnAll: false, limit: 1, filters: {} }, { name: 'Pick a person', executeOnce: true }),
			personio(
				{ resource: 'projectMember', operation: 'add', projectId: id("$('Create a project').first().json.id"), personId: id('$json.id') },
				{ name: 'Add a member' },
			),
			personio(
				{ resource: 'projectMember', operation: 'getAll', projectId: id("$('Create a project').first().json.id"), returnAll: true },
				{ name: 'Get the members' },
			),
			personio(
				{ resource: 'projectMember', operation: 'remove', projectId: id("$('Create a project').first().json.id"), personId: id("$('Pick a person').first().json.id") },
				{ name: 'Remove the member', executeOnce: true },
			),
			personio(
				{ resource: 'project', operation: 'update', projectId: id("$('Create a project').first().json.id"), updateFields: { status: 'ARCHIVED' } },
				{ name: 'Archive the project' },
			),
			personio({ resource: 'project', operation: 'getAll', returnAll: true, filters: { status: 'ARCHIVED', topLevelOnly: true } }, { name: 'Get archived projects' }),
			personio(
				{ resource: 'project', operation: 'delete', projectId: id("$('Create a project').first().json.id") },
				{ name: 'Delete the project with its sub-project', executeOnce: true },
			),
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

	recruiting: workflow('PersonioExRecr01', 'Personio Recruiting: open jobs, apply with a CV, read the application back', [
		[
			recruiting({ resource: 'job', operation: 'getAll', language: 'en', returnAll: true, filters: {} }, { name: 'Get open jobs' }),
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
					additionalFields: { message: 'Applied through the n8n example workflow', phone: '+49 30 1234567' },
					documents: { document: [{ binaryPropertyName: 'data', category: 'cv' }] },
				},
				{ name: 'Apply with the CV' },
			),
		],
		[{ ref: 'Convert to File' }, recruiting({ resource: 'applicant', operation: 'uploadDocument', binaryPropertyName: 'data' }, { name: 'Upload a document only' })],
		[
			personio({ resource: 'applicant', operation: 'getAll', object: 'application', returnAll: true, filters: {} }, { name: 'Get applications' }),
			personio({ resource: 'applicant', operation: 'get', object: 'application', id: '={{ $json.id }}' }, { name: 'Get the first application', executeOnce: true }),
		],
		[personio({ resource: 'applicant', operation: 'getAll', object: 'candidate', returnAll: false, limit: 5, filters: {} }, { name: 'Get candidates' })],
		[personio({ resource: 'applicant', operation: 'getAll', object: 'job', returnAll: true, filters: {} }, { name: 'Get jobs (API v2)' })],
		[personio({ resource: 'applicant', operation: 'getAll', object: 'category', returnAll: true, filters: {} }, { name: 'Get job categories' })],
	]),

	'webhook-trigger': workflow(
		'PersonioExTrig01',
		'Personio Trigger: react to new persons and absences (activate to register the webhook)',
		[[{ name: 'Handle the event', type: 'n8n-nodes-base.noOp', parameters: {} }]],
		{
			trigger: {
				name: 'Personio Trigger',
				type: 'n8n-nodes-personio.personioTrigger',
				typeVersion: 1,
				webhookId: '0b9c4f1e-7d2a-4c4e-9a51-6f0e8e2d1a01',
				parameters: { events: ['person.created', 'absence-period.created'], fetchFullRecord: false },
				credentials: API,
			},
		},
	),

	'polling-trigger': workflow(
		'PersonioExPoll01',
		'Personio Polling Trigger: new employees (every minute once activated)',
		[[{ name: 'Handle new employees', type: 'n8n-nodes-base.noOp', parameters: {} }]],
		{
			trigger: {
				name: 'Personio Polling Trigger',
				type: 'n8n-nodes-personio.personioPollingTrigger',
				typeVersion: 1,
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'employeeCreated', simplify: true },
				credentials: API,
			},
		},
	),

	'http-request': workflow('PersonioExHttp01', 'Personio: any other endpoint with the HTTP Request node', [
		[
			personio({ resource: 'applicant', operation: 'getAll', object: 'application', returnAll: false, limit: 1, filters: {} }, { name: 'Get one application' }),
			{
				name: 'Get its stage transitions',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					url: '=https://api.personio.de/v2/recruiting/applications/{{ $json.id }}/stage-transitions',
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'personioApi',
					options: {},
				},
				credentials: API,
			},
		],
	]),
};

fs.mkdirSync(OUT, { recursive: true });
for (const [file, wf] of Object.entries(examples)) {
	fs.writeFileSync(path.join(OUT, `${file}.json`), `${JSON.stringify(wf, null, '\t')}\n`);
}
console.log(`wrote ${Object.keys(examples).length} workflows to ${path.relative(process.cwd(), OUT)}/`);
