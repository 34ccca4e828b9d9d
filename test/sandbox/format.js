'use strict';
/* Rendering of sandbox records into Personio's wire formats (v1 envelopes, v2 objects, careers XML). */

const { personioDateTime, personioDay, isoZ } = require('./data');

const attr = (label, value, type, universal_id) => ({ label, value, type, universal_id });

function lookup(list, id) {
	return list.find((x) => x.id === id) || null;
}

function shortEmployee(emp) {
	if (!emp) return null;
	return {
		type: 'Employee',
		attributes: {
			id: attr('ID', emp.id, 'integer', 'id'),
			first_name: attr('First name', emp.first_name, 'standard', 'first_name'),
			last_name: attr('Last name', emp.last_name, 'standard', 'last_name'),
			email: attr('Email', emp.email, 'standard', 'email'),
		},
	};
}

/** Attribute catalogue: key -> { label, type, universal_id, get(emp, db) } */
function attributeCatalogue(db) {
	const cat = {
		id: { label: 'ID', type: 'integer', universal_id: 'id', get: (e) => e.id },
		first_name: { label: 'First name', type: 'standard', universal_id: 'first_name', get: (e) => e.first_name },
		last_name: { label: 'Last name', type: 'standard', universal_id: 'last_name', get: (e) => e.last_name },
		preferred_name: { label: 'Name (preferred)', type: 'standard', universal_id: 'preferred_name', get: (e) => e.preferred_name },
		email: { label: 'Email', type: 'standard', universal_id: 'email', get: (e) => e.email },
		gender: { label: 'Gender', type: 'standard', universal_id: 'gender', get: (e) => e.gender },
		status: { label: 'Status', type: 'standard', universal_id: 'status', get: (e) => e.status },
		position: { label: 'Position', type: 'standard', universal_id: 'position', get: (e) => e.position },
		supervisor: { label: 'Supervisor', type: 'standard', universal_id: 'supervisor', get: (e) => (e.supervisor_id ? shortEmployee(db.employeeById.get(e.supervisor_id)) : null) },
		employment_type: { label: 'Employment type', type: 'standard', universal_id: 'employment_type', get: (e) => e.employment_type },
		weekly_working_hours: { label: 'Weekly hours', type: 'decimal', universal_id: 'weekly_working_hours', get: (e) => String(e.weekly_working_hours) },
		hire_date: { label: 'Hire date', type: 'date', universal_id: 'hire_date', get: (e) => (e.hire_date ? personioDay(e.hire_date) : null) },
		contract_end_date: { label: 'Contract ends', type: 'date', universal_id: 'contract_end_date', get: (e) => (e.contract_end_date ? personioDay(e.contract_end_date) : null) },
		termination_date: { label: 'Termination date', type: 'date', universal_id: 'termination_date', get: (e) => (e.termination_date ? personioDay(e.termination_date) : null) },
		termination_type: { label: 'Termination type', type: 'standard', universal_id: 'termination_type', get: (e) => (e.termination_date ? 'Employee' : '') },
		termination_reason: { label: 'Termination reason', type: 'standard', universal_id: 'termination_reason', get: (e) => (e.termination_date ? 'New job' : '') },
		probation_period_end: { label: 'Probation period end', type: 'date', universal_id: 'probation_period_end', get: (e) => (e.probation_period_end ? personioDay(e.probation_period_end) : null) },
		created_at: { label: 'Created at', type: 'date', universal_id: 'created_at', get: (e) => personioDateTime(e.created_at) },
		last_modified_at: { label: 'Last modified', type: 'date', universal_id: 'last_modified_at', get: (e) => personioDateTime(e.updated_at) },
		subcompany: {
			label: 'Subcompany', type: 'standard', universal_id: 'subcompany',
			get: (e) => { const s = lookup(db.subcompanies, e.subcompany_id); return s ? { type: 'Subcompany', attributes: { id: s.id, name: s.name } } : null; },
		},
		office: {
			label: 'Office', type: 'standard', universal_id: 'office',
			get: (e) => { const s = lookup(db.offices, e.office_id); return s ? { type: 'Office', attributes: { id: s.id, name: s.name } } : null; },
		},
		department: {
			label: 'Department', type: 'standard', universal_id: 'department',
			get: (e) => { const s = lookup(db.departments, e.department_id); return s ? { type: 'Department', attributes: { id: s.id, name: s.name } } : null; },
		},
		team: {
			label: 'Team', type: 'standard', universal_id: 'team',
			get: (e) => { const s = lookup(db.teams, e.team_id); return s ? { type: 'Team', attributes: { id: s.id, name: s.name } } : null; },
		},
		cost_centers: {
			label: 'Cost center', type: 'standard', universal_id: 'cost_centers',
			get: (e) => { const c = db.costCenters[e.cost_center_index]; return c ? [{ type: 'CostCenter', attributes: { id: Number(c.id), name: c.name, percentage: 100 } }] : []; },
		},
		absence_entitlement: {
			label: 'Absence entitlement', type: 'standard', universal_id: 'absence_entitlement',
			get: () => db.timeOffTypes.filter((t) => t.unit === 'day').map((t) => ({ type: 'TimeOffType', attributes: { id: t.id, name: t.name, entitlement: t.entitlement || 0 } })),
		},
		fix_salary: { label: 'Fix salary', type: 'decimal', universal_id: 'fix_salary', get: (e) => e.fix_salary, currency: 'EUR' },
		fix_salary_interval: { label: 'Salary interval', type: 'standard', universal_id: 'fix_salary_interval', get: () => 'yearly' },
		profile_picture: { label: 'Profile Picture', type: 'link', universal_id: 'profile_picture', get: (e) => `${db.baseUrl || ''}/v1/company/employees/${e.id}/profile-picture` },
	};
	for (const d of db.dynamicAttributes) {
		cat[`dynamic_${d.id}`] = {
			label: d.label,
			type: d.type,
			universal_id: d.universal_id,
			options: d.options || [],
			get: (e) => (e.custom[`dynamic_${d.id}`] === undefined ? null : e.custom[`dynamic_${d.id}`]),
		};
	}
	return cat;
}

function employeeAttributes(emp, db, projection) {
	const cat = db.catalogue;
	const keys = projection && projection.length ? ['id', ...projection.filter((k) => k !== 'id')] : Object.keys(cat);
	const out = {};
	for (const key of keys) {
		const def = cat[key];
		if (!def) continue;
		const a = attr(def.label, def.get(emp, db), def.type, def.universal_id);
		if (def.currency) a.currency = def.currency;
		out[key] = a;
	}
	return out;
}

function v1Employee(emp, db, projection) {
	return { type: 'Employee', attributes: employeeAttributes(emp, db, projection) };
}

function timeOffTypeShort(t) {
	return { type: 'TimeOffType', attributes: { id: t.id, name: t.name, category: t.category } };
}

function v1TimeOff(t, db) {
	const type = db.timeOffTypes.find((x) => x.id === t.time_off_type_id);
	return {
		type: 'TimeOffPeriod',
		attributes: {
			id: t.id,
			status: t.status,
			comment: t.comment || '',
			start_date: personioDay(t.start_date),
			end_date: personioDay(t.end_date),
			days_count: t.days_count,
			half_day_start: t.half_day_start,
			half_day_end: t.half_day_end,
			time_off_type: timeOffTypeShort(type),
			employee: shortEmployee(db.employeeById.get(t.employee_id)),
			created_by: t.created_by || 'API',
			certificate: { status: t.certificate_status || 'not-required' },
			created_at: personioDateTime(t.created_at),
			updated_at: personioDateTime(t.updated_at),
		},
	};
}

function msIso(ms) {
	return new Date(ms).toISOString();
}

function v1AbsencePeriod(a, db) {
	const type = db.timeOffTypes.find((x) => x.id === a.time_off_type_id);
	return {
		type: 'AbsencePeriod',
		attributes: {
			id: a.id,
			measurement_unit: 'hour',
			effective_duration: a.effective_duration,
			employee: shortEmployee(db.employeeById.get(a.employee_id)),
			// The spec's AbsenceType schema wants a top-level uuid `id`, its example nests it in attributes: send both.
			absence_type: { type: 'AbsenceType', id: type.uuid, attributes: { id: type.uuid, name: type.name, time_off_type_id: type.id } },
			certificate: { status: 'not-required' },
			start: msIso(a.start),
			end: a.end == null ? null : msIso(a.end),
			half_day_start: a.half_day_start,
			half_day_end: a.half_day_end,
			comment: a.comment || '',
			origin: a.origin,
			status: a.status,
			timezone: 'Europe/Berlin',
			created_by: a.created_by,
			created_at: msIso(a.created_at),
			updated_at: msIso(a.updated_at),
			approved_at: a.approved_at ? msIso(a.approved_at) : null,
			breakdowns: a.breakdowns,
		},
	};
}

// ---------------------------------------------------------------- v2 ----
const GENDER_V2 = { male: 'MALE', female: 'FEMALE', diverse: 'DIVERSE' };

function v2Person(emp, db, base) {
	return {
		id: String(emp.id),
		email: emp.email,
		first_name: emp.first_name,
		last_name: emp.last_name,
		preferred_name: emp.preferred_name || '',
		gender: GENDER_V2[emp.gender] || 'UNSPECIFIED',
		status: ['active', 'onboarding', 'leave'].includes(emp.status) ? 'ACTIVE' : 'INACTIVE',
		created_at: isoZ(emp.created_at),
		updated_at: isoZ(emp.updated_at),
		custom_attributes: db.dynamicAttributes.map((d) => {
			const raw = emp.custom[`dynamic_${d.id}`];
			let value = raw == null ? '' : String(raw);
			if (d.v2type === 'STRING_LIST') value = String(raw || '').split(',').filter(Boolean);
			return { id: `dynamic_${d.id}`, type: d.v2type, global_id: d.universal_id || `dynamic_${d.id}`, label: d.label, value };
		}),
		employments: [{ id: emp.employment_id }],
		_meta: { links: { employments: { href: `${base}/v2/persons/${emp.id}/employments` } } },
	};
}

function v2Employment(emp, db, base) {
	const out = {
		id: emp.employment_id,
		position: { title: emp.position },
		status: String(emp.status).toUpperCase(),
		weekly_working_hours: emp.weekly_working_hours,
		full_time_weekly_working_hours: 40,
		probation_end_date: emp.probation_period_end || undefined,
		employment_start_date: emp.hire_date,
		type: emp.employment_type === 'external' ? 'EXTERNAL' : 'INTERNAL',
		created_at: isoZ(emp.created_at),
		updated_at: isoZ(emp.updated_at),
		office: emp.office_id ? { id: String(emp.office_id) } : undefined,
		supervisor: emp.supervisor_id ? { id: String(emp.supervisor_id) } : undefined,
		org_units: [
			...(emp.department_id ? [{ type: 'department', id: String(emp.department_id) }] : []),
			...(emp.team_id ? [{ type: 'team', id: String(emp.team_id) }] : []),
		],
		cost_centers: db.costCenters[emp.cost_center_index] ? [{ id: db.costCenters[emp.cost_center_index].id, weight: 100 }] : [],
		legal_entity: { id: db.legalEntities[(emp.subcompany_id - 300) % db.legalEntities.length]?.id || db.legalEntities[0].id },
		sub_company: { id: String(emp.subcompany_id) },
		person: { id: String(emp.id) },
		_meta: { links: { person: { href: `${base}/v2/persons/${emp.id}` } } },
	};
	if (emp.contract_end_date) out.contract_end_date = emp.contract_end_date;
	if (emp.termination_date) {
		out.employment_end_date = emp.termination_date;
		out.termination = { termination_date: emp.termination_date, last_working_day: emp.termination_date, type: 'EMPLOYEE', reason: 'New job' };
	}
	if (emp.supervisor_id) out._meta.links.supervisor = { href: `${base}/v2/persons/${emp.supervisor_id}` };
	for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
	return out;
}

function v2AbsenceType(t) {
	return {
		id: t.uuid,
		name: t.name,
		category: String(t.category).toUpperCase(),
		unit: t.unit === 'day' ? 'DAY' : 'HOUR',
		approval_required: t.approval_required,
		legacy_id: t.id,
	};
}

/** v2 absence-period ids are UUIDs for day-based absences too; this one is derived from the time-off id. */
function timeOffUuid(id) {
	return `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;
}

// Half days as FIRST_HALF / SECOND_HALF, local times without offset in `timezone_id` (reference post_v2-absence-periods).
function v2AbsenceFromTimeOff(t, db) {
	const type = db.timeOffTypes.find((x) => x.id === t.time_off_type_id);
	return {
		id: timeOffUuid(t.id),
		person: { id: String(t.employee_id) },
		absence_type: { id: type.uuid },
		starts_from: { date_time: `${t.start_date}T00:00:00`, type: t.half_day_start ? 'SECOND_HALF' : 'FIRST_HALF' },
		ends_at: { date_time: `${t.end_date}T00:00:00`, type: t.half_day_end ? 'FIRST_HALF' : 'SECOND_HALF' },
		timezone_id: 'Europe/Berlin',
		approval: { status: String(t.status).toUpperCase() },
		comment: t.comment || '',
		created_at: isoZ(t.created_at),
		updated_at: isoZ(t.updated_at),
	};
}

function v2AbsenceFromPeriod(a, db) {
	const type = db.timeOffTypes.find((x) => x.id === a.time_off_type_id);
	return {
		id: a.id,
		person: { id: String(a.employee_id) },
		absence_type: { id: type.uuid },
		starts_from: { date_time: new Date(a.start).toISOString().slice(0, 19), type: null },
		ends_at: a.end == null ? null : { date_time: new Date(a.end).toISOString().slice(0, 19), type: null },
		timezone_id: 'UTC',
		approval: { status: String(a.status).toUpperCase() },
		comment: a.comment || '',
		created_at: isoZ(a.created_at),
		updated_at: isoZ(a.updated_at),
	};
}

function v2AttendancePeriod(a) {
	return {
		id: a.id,
		person: { id: a.person_id },
		type: a.type,
		start: { date_time: a.start },
		end: a.end ? { date_time: a.end } : null,
		status: a.status,
		comment: a.comment || '',
		project: a.project_id ? { id: a.project_id } : null,
		created_at: isoZ(a.created_at),
		updated_at: isoZ(a.updated_at),
	};
}

function v2Document(d, db, base) {
	const cat = db.documentCategories.find((c) => c.id === d.category_id);
	return {
		id: d.id,
		title: d.title,
		comment: d.comment || '',
		date: d.date,
		category: cat ? { id: String(cat.id), name: cat.name } : null,
		owner: { id: String(d.employee_id) },
		file: { name: d.file_name, size: d.content.length, mimetype: d.mimetype },
		created_at: isoZ(d.created_at),
		updated_at: isoZ(d.updated_at),
		_meta: { links: { download: { href: `${base}/v2/document-management/documents/${d.id}/download` } } },
	};
}

const recruitingTime = (ms) => ({ 'date-time': isoZ(ms), timezone: 'Europe/Berlin' });

function v2Application(a) {
	return {
		id: a.id,
		candidate: { id: a.candidate_id },
		job: { id: String(a.job_id) },
		status: a.status,
		channel: a.channel,
		application_date: a.application_date,
		tags: a.tags || [],
		created_at: recruitingTime(a.created_at),
		updated_at: recruitingTime(a.updated_at),
	};
}
function v2Candidate(c) {
	return {
		id: c.id,
		first_name: c.first_name,
		last_name: c.last_name,
		email: c.email,
		phone: c.phone || null,
		location: c.location || null,
		created_at: recruitingTime(c.created_at),
		updated_at: recruitingTime(c.updated_at),
	};
}
function v2Job(j) {
	return {
		id: String(j.id),
		name: j.names.en || Object.values(j.names)[0],
		department: j.department,
		office: j.office,
		employment_type: j.employmentType.toUpperCase(),
		schedule: j.schedule.toUpperCase().replace('-', '_'),
		status: j.published ? 'PUBLISHED' : 'UNPUBLISHED',
		category: { id: j.category_id },
		created_at: recruitingTime(j.created_at),
		updated_at: recruitingTime(j.updated_at),
	};
}

function v2Webhook(w) {
	return {
		id: w.id,
		url: w.url,
		description: w.description,
		status: w.status,
		auth_type: w.auth_type,
		custom_headers: (w.custom_headers || []).map((h) => ({ name: h.name })),
		enabled_events: w.enabled_events,
		created_at: isoZ(w.created_at),
		updated_at: isoZ(w.updated_at),
	};
}

// ------------------------------------------------------------ careers XML ----
function xmlEscape(s) {
	return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
function cdata(s) {
	return `<![CDATA[${String(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
function careersXml(jobs, language) {
	const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<workzag-jobs>'];
	for (const j of jobs) {
		const lang = j.languages.includes(language) ? language : j.languages[0];
		lines.push('  <position>');
		lines.push(`    <id>${j.id}</id>`);
		if (j.subcompany !== undefined) lines.push(`    <subcompany>${xmlEscape(j.subcompany)}</subcompany>`);
		lines.push(`    <office>${xmlEscape(j.office)}</office>`);
		lines.push(`    <department>${xmlEscape(j.department)}</department>`);
		lines.push(`    <recruitingCategory>${xmlEscape(j.recruitingCategory)}</recruitingCategory>`);
		lines.push(`    <name>${xmlEscape(j.names[lang])}</name>`);
		lines.push('    <jobDescriptions>');
		for (const d of j.descriptions[lang]) {
			lines.push('      <jobDescription>');
			lines.push(`        <name>${xmlEscape(d.name)}</name>`);
			lines.push(`        <value>${cdata(d.value)}</value>`);
			lines.push('      </jobDescription>');
		}
		lines.push('    </jobDescriptions>');
		lines.push(`    <employmentType>${j.employmentType}</employmentType>`);
		if (j.seniority) lines.push(`    <seniority>${j.seniority}</seniority>`);
		lines.push(`    <schedule>${j.schedule}</schedule>`);
		if (j.yearsOfExperience) lines.push(`    <yearsOfExperience>${j.yearsOfExperience}</yearsOfExperience>`);
		if (j.keywords) lines.push(`    <keywords>${xmlEscape(j.keywords)}</keywords>`);
		lines.push(`    <occupation>${j.occupation}</occupation>`);
		lines.push(`    <occupationCategory>${j.occupationCategory}</occupationCategory>`);
		lines.push(`    <createdAt>${personioDateTime(j.created_at)}</createdAt>`);
		lines.push('  </position>');
	}
	lines.push('</workzag-jobs>');
	return lines.join('\n') + '\n';
}

module.exports = {
	attributeCatalogue,
	shortEmployee,
	v1Employee,
	v1TimeOff,
	v1AbsencePeriod,
	timeOffTypeShort,
	v2Person,
	v2Employment,
	v2AbsenceType,
	timeOffUuid,
	v2AbsenceFromTimeOff,
	v2AbsenceFromPeriod,
	v2AttendancePeriod,
	v2Document,
	v2Application,
	v2Candidate,
	v2Job,
	v2Webhook,
	careersXml,
};
