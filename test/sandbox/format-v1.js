'use strict';
/* Rendering of sandbox records into Personio's v1 envelopes: employees, time-offs, absence periods. */

const { personioDateTime, personioDay } = require('./seed-dates');
const { attr, shortEmployee } = require('./format-v1-attributes');

function employeeAttributes(emp, db, projection) {
	const cat = db.catalogue;
	const keys =
		projection && projection.length
			? ['id', ...projection.filter((k) => k !== 'id')]
			: Object.keys(cat);
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
			absence_type: {
				type: 'AbsenceType',
				id: type.uuid,
				attributes: { id: type.uuid, name: type.name, time_off_type_id: type.id },
			},
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

module.exports = { v1Employee, v1TimeOff, v1AbsencePeriod, timeOffTypeShort };
