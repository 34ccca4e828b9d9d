'use strict';
/*
 * v2 absence writes: POST /v2/absence-periods (201) and PATCH /v2/absence-periods/{id} (204), with
 * `skip_approval` in the query (default false). Sources: the reference pages post_v2-absence-periods and
 * patch_v2-absence-periods-id (body person{id}, absence_type{id}, starts_from{…}, ends_at{…}|null,
 * comment, substitute{id}|null; date_time local, "No timezone offset should be included"; answers 400 for
 * invalid JSON, 409 "Absence period conflict" / "Requesting absence while substituting" / "Substitute is
 * invalid", 422 "Unprocessable absence period request"). Assumptions (no page read in full): half days
 * as `type` FIRST_HALF / SECOND_HALF, the 201 body being the created period, and an open end
 * (`ends_at: null`) only for absence types counted in hours; test/sandbox/README.md lists them.
 */

const crypto = require('crypto');
const { bodyObject, notFound } = require('./v2-request');

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const HALVES = ['FIRST_HALF', 'SECOND_HALF'];

module.exports = function registerAbsenceWrites(sb, { json, problem, empty, F, D, U }) {
	const unprocessable = (detail) =>
		problem(422, 'Unprocessable absence period request', detail, 'common.unprocessable_entity');
	const conflict = (title, detail) => problem(409, title, detail, 'common.conflict');

	function skipApproval(ctx) {
		const raw = ctx.query.get('skip_approval');
		if (raw === null) return { value: false };
		if (raw !== 'true' && raw !== 'false')
			return { refused: problem(400, 'Bad request', 'skip_approval must be true or false.') };
		return { value: raw === 'true' };
	}

	/** A boundary `{date_time, type?}`: `null` when refused, with the reason in `why`. */
	function boundary(value, name) {
		if (!value || typeof value !== 'object' || Array.isArray(value))
			return { why: `${name} must be an object with date_time.` };
		const match = LOCAL.exec(String(value.date_time ?? ''));
		if (!match || !U.isDate(match[1]))
			return {
				why: `${name}.date_time must be a local date-time such as 2024-06-07T09:00:00, without an offset.`,
			};
		if (value.type != null && !HALVES.includes(value.type))
			return { why: `${name}.type must be FIRST_HALF or SECOND_HALF.` };
		const ms = Date.parse(`${match[0]}Z`);
		return { day: match[1], ms, half: value.type ?? null, clock: `${match[2]}:${match[3]}` };
	}

	function substituteCheck(db, personId, substitute) {
		if (substitute === undefined || substitute === null) return null;
		const id = substitute && typeof substitute === 'object' ? Number(substitute.id) : NaN;
		if (!db.employeeById.get(id) || id === personId)
			return conflict('Substitute is invalid', 'The substitute cannot cover this absence.');
		return null;
	}

	/** Every absence of a person as [startMs, endMs) in local wall-clock milliseconds. */
	function spansOf(db, personId, exceptId) {
		return [
			...db.timeOffs
				.filter((t) => t.employee_id === personId && F.timeOffUuid(t.id) !== exceptId)
				.map((t) => [
					Date.parse(`${t.start_date}T00:00:00Z`),
					Date.parse(`${t.end_date}T00:00:00Z`) + D.DAY,
				]),
			...db.absencePeriods
				.filter((a) => a.employee_id === personId && a.id !== exceptId)
				.map((a) => [a.start, a.end == null ? Infinity : a.end]),
		];
	}

	function overlaps(db, personId, from, to, exceptId) {
		return spansOf(db, personId, exceptId).some(([s, e]) => s < to && from < e);
	}

	/** The substitute is busy covering for someone else in that time. */
	function substituting(db, personId, from, to) {
		return db.timeOffs.some(
			(t) =>
				t.substitute_id === personId &&
				Date.parse(`${t.start_date}T00:00:00Z`) < to &&
				from < Date.parse(`${t.end_date}T00:00:00Z`) + D.DAY,
		);
	}

	sb.route('POST', '/v2/absence-periods', 'v2', function (ctx) {
		const skip = skipApproval(ctx);
		if (skip.refused) return skip.refused;
		const b = bodyObject(ctx);
		const personId = Number(b.person && b.person.id);
		const typeId = b.absence_type && b.absence_type.id;
		if (!b.person || !typeId || b.starts_from === undefined)
			return problem(400, 'Bad request', 'person, absence_type and starts_from are required.');
		const emp = this.db.employeeById.get(personId);
		if (!emp) return unprocessable(`Person ${String(b.person.id)} was not found.`);
		const type = this.db.timeOffTypes.find((t) => t.uuid === typeId);
		if (!type) return unprocessable(`Absence type ${String(typeId)} was not found.`);
		const start = boundary(b.starts_from, 'starts_from');
		if (start.why) return unprocessable(start.why);
		const end =
			b.ends_at === null || b.ends_at === undefined ? null : boundary(b.ends_at, 'ends_at');
		if (end && end.why) return unprocessable(end.why);
		return createAbsence(this, { b, emp, type, start, end, skip: skip.value });
	});

	function createAbsence(sandbox, { b, emp, type, start, end, skip }) {
		const db = sandbox.db;
		const endMs = end ? (type.unit === 'day' ? end.ms + D.DAY : end.ms) : Infinity;
		if (end && endMs <= start.ms) return unprocessable('ends_at must be after starts_from.');
		if (type.unit === 'day' && !end)
			return unprocessable('An absence counted in days needs ends_at (sandbox assumption).');
		if (
			type.unit === 'day' &&
			start.day === end.day &&
			start.half === 'SECOND_HALF' &&
			end.half === 'FIRST_HALF'
		)
			return problem(
				400,
				'Bad request',
				'Both half day start and half day end are true for a single-day period',
			);
		const refusedSubstitute = substituteCheck(db, emp.id, b.substitute);
		if (refusedSubstitute) return refusedSubstitute;
		if (substituting(db, emp.id, start.ms, endMs))
			return conflict(
				'Requesting absence while substituting',
				'The person is a substitute in this time.',
			);
		if (overlaps(db, emp.id, start.ms, endMs))
			return conflict('Absence period conflict', 'The absence overlaps an existing absence.');
		const now = sandbox.now();
		const common = {
			employee_id: emp.id,
			time_off_type_id: type.id,
			status: skip || !type.approval_required ? 'approved' : 'pending',
			comment: typeof b.comment === 'string' ? b.comment : '',
			substitute_id: b.substitute ? Number(b.substitute.id) : null,
			created_at: now,
			updated_at: now,
		};
		let rendered;
		if (type.unit === 'day') {
			const t = {
				...common,
				id: db.ids.timeOff++,
				start_date: start.day,
				end_date: end.day,
				days_count: D.businessDays(start.day, end.day),
				half_day_start: start.half === 'SECOND_HALF',
				half_day_end: end.half === 'FIRST_HALF',
				certificate_status: 'not-required',
				created_by: 'API',
			};
			db.timeOffs.push(t);
			rendered = F.v2AbsenceFromTimeOff(t, db);
		} else {
			const a = {
				...common,
				id: crypto.randomUUID(),
				start: start.ms,
				end: end ? end.ms : null,
				half_day_start: false,
				half_day_end: false,
				origin: 'api',
				created_by: emp.id,
				approved_at: skip ? now : null,
				breakdowns: [],
				effective_duration: end ? Math.round((end.ms - start.ms) / 60000) : 0,
			};
			db.absencePeriods.push(a);
			rendered = F.v2AbsenceFromPeriod(a, db);
		}
		return json(201, rendered);
	}

	sb.route('PATCH', '/v2/absence-periods/{id}', 'v2', function (ctx) {
		const skip = skipApproval(ctx);
		if (skip.refused) return skip.refused;
		const id = ctx.params.id;
		const t = this.db.timeOffs.find((x) => F.timeOffUuid(x.id) === id);
		const a = t ? null : this.db.absencePeriods.find((x) => x.id === id);
		if (!t && !a) return notFound();
		const b = bodyObject(ctx);
		for (const key of ['person', 'absence_type'])
			if (b[key] !== undefined) return unprocessable(`${key} cannot be changed.`);
		const record = t || a;
		const start = b.starts_from === undefined ? null : boundary(b.starts_from, 'starts_from');
		if (start && start.why) return unprocessable(start.why);
		const end =
			b.ends_at === undefined || b.ends_at === null ? null : boundary(b.ends_at, 'ends_at');
		if (end && end.why) return unprocessable(end.why);
		const refusedSubstitute = substituteCheck(this.db, record.employee_id, b.substitute);
		if (refusedSubstitute) return refusedSubstitute;
		if (t) {
			const from = start ? start.day : t.start_date;
			const to = end ? end.day : t.end_date;
			if (b.ends_at === null)
				return unprocessable('An absence counted in days needs ends_at (sandbox assumption).');
			if (to < from) return unprocessable('ends_at must be after starts_from.');
			const fromMs = Date.parse(`${from}T00:00:00Z`);
			if (overlaps(this.db, t.employee_id, fromMs, Date.parse(`${to}T00:00:00Z`) + D.DAY, id))
				return conflict('Absence period conflict', 'The absence overlaps an existing absence.');
			t.start_date = from;
			t.end_date = to;
			if (start) t.half_day_start = start.half === 'SECOND_HALF';
			if (end) t.half_day_end = end.half === 'FIRST_HALF';
		} else {
			const from = start ? start.ms : a.start;
			const to = b.ends_at === null ? null : end ? end.ms : a.end;
			if (to !== null && to <= from) return unprocessable('ends_at must be after starts_from.');
			if (overlaps(this.db, a.employee_id, from, to === null ? Infinity : to, id))
				return conflict('Absence period conflict', 'The absence overlaps an existing absence.');
			a.start = from;
			a.end = to;
		}
		if (typeof b.comment === 'string' || b.comment === null) record.comment = b.comment || '';
		if (b.substitute !== undefined)
			record.substitute_id = b.substitute ? Number(b.substitute.id) : null;
		if (skip.value) record.status = 'approved';
		record.updated_at = this.now();
		return empty(204);
	});
};
