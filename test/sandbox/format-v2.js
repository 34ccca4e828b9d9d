'use strict';
/* Rendering of sandbox records into Personio's v2 objects: persons, employments, absences, attendances, ... */

const { isoZ } = require('./seed-dates');

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
			if (d.v2type === 'STRING_LIST')
				value = String(raw || '')
					.split(',')
					.filter(Boolean);
			return {
				id: `dynamic_${d.id}`,
				type: d.v2type,
				global_id: d.universal_id || `dynamic_${d.id}`,
				label: d.label,
				value,
			};
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
		cost_centers: db.costCenters[emp.cost_center_index]
			? [{ id: db.costCenters[emp.cost_center_index].id, weight: 100 }]
			: [],
		legal_entity: {
			id:
				db.legalEntities[(emp.subcompany_id - 300) % db.legalEntities.length]?.id ||
				db.legalEntities[0].id,
		},
		sub_company: { id: String(emp.subcompany_id) },
		person: { id: String(emp.id) },
		_meta: { links: { person: { href: `${base}/v2/persons/${emp.id}` } } },
	};
	if (emp.contract_end_date) out.contract_end_date = emp.contract_end_date;
	if (emp.termination_date) {
		out.employment_end_date = emp.termination_date;
		out.termination = {
			termination_date: emp.termination_date,
			last_working_day: emp.termination_date,
			type: 'EMPLOYEE',
			reason: 'New job',
		};
	}
	if (emp.supervisor_id)
		out._meta.links.supervisor = { href: `${base}/v2/persons/${emp.supervisor_id}` };
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

// Half days as FIRST_HALF / SECOND_HALF, local times without offset in `timezone_id`
// (reference post_v2-absence-periods).
function v2AbsenceFromTimeOff(t, db) {
	const type = db.timeOffTypes.find((x) => x.id === t.time_off_type_id);
	return {
		id: timeOffUuid(t.id),
		person: { id: String(t.employee_id) },
		absence_type: { id: type.uuid },
		starts_from: {
			date_time: `${t.start_date}T00:00:00`,
			type: t.half_day_start ? 'SECOND_HALF' : 'FIRST_HALF',
		},
		ends_at: {
			date_time: `${t.end_date}T00:00:00`,
			type: t.half_day_end ? 'FIRST_HALF' : 'SECOND_HALF',
		},
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
		ends_at:
			a.end == null ? null : { date_time: new Date(a.end).toISOString().slice(0, 19), type: null },
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
		start: a.start ? { date_time: a.start } : null,
		end: a.end ? { date_time: a.end } : null,
		...(a.duration != null ? { duration: a.duration, attribution_date: a.attribution_date } : {}),
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
		_meta: {
			links: { download: { href: `${base}/v2/document-management/documents/${d.id}/download` } },
		},
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

module.exports = {
	v2Person,
	v2Employment,
	v2AbsenceType,
	timeOffUuid,
	v2AbsenceFromTimeOff,
	v2AbsenceFromPeriod,
	v2AttendancePeriod,
	v2Document,
	v2Webhook,
};
