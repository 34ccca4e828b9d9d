'use strict';
/* v1 absences: time-off types, time-offs (days) and absence periods (hours) under /v1/company. */

const crypto = require('crypto');
const { requireForm, dateMs } = require('./v1-request');

module.exports = function registerV1Absences(sb, { json, v1err, HttpError, F, D, U }) {
	// ---------------------------------------------------------------- time-off types ----
	sb.route('GET', '/v1/company/time-off-types', 'v1', function (ctx) {
		const limit = this.intParam(ctx, 'limit', 200, { min: 1 });
		const offset = this.intParam(ctx, 'offset', 0, { min: 0 });
		const data = this.db.timeOffTypes.slice(offset, offset + limit).map((t) => ({
			type: 'TimeOffType',
			attributes: {
				id: t.id,
				name: t.name,
				category: t.category,
				unit: t.unit,
				approval_required: t.approval_required,
			},
		}));
		return json(200, { success: true, data });
	});

	// ---------------------------------------------------------------- time-offs (days) ----
	function dateFilterParam(ctx, name) {
		const v = ctx.query.get(name);
		if (v === null || v === '') return null;
		if (!U.isDate(v))
			throw new HttpError(
				v1err(400, `The ${name.replace('_', ' ')} does not match the format Y-m-d.`, 0),
			);
		return v;
	}

	sb.route('GET', '/v1/company/time-offs', 'v1', function (ctx) {
		const limit = this.intParam(ctx, 'limit', 200, {
			min: 1,
			max: this.options.v1MaxLimit,
			message: `The limit must be between 1 and ${this.options.v1MaxLimit}.`,
		});
		const page = this.intParam(ctx, 'offset', 1, { min: 0 }); // page number; 0 is silently treated as 1
		const start = dateFilterParam(ctx, 'start_date');
		const end = dateFilterParam(ctx, 'end_date');
		const uFrom = dateFilterParam(ctx, 'updated_from');
		const uTo = dateFilterParam(ctx, 'updated_to');
		const emps = this.idArray(ctx, 'employees');
		let items = this.db.timeOffs;
		if (emps) items = items.filter((t) => emps.includes(t.employee_id));
		if (start) items = items.filter((t) => t.end_date >= start);
		if (end) items = items.filter((t) => t.start_date <= end);
		if (uFrom) items = items.filter((t) => t.updated_at >= dateMs(uFrom));
		if (uTo) items = items.filter((t) => t.updated_at < dateMs(uTo) + D.DAY);
		return json(
			200,
			this.v1List(items, {
				limit,
				offset: page === 0 ? 1 : page,
				mode: 'page',
				render: (t) => F.v1TimeOff(t, this.db),
			}),
		);
	});

	sb.route('GET', '/v1/company/time-offs/{id}', 'v1', function (ctx) {
		if (!/^\d+$/.test(ctx.params.id)) return v1err(400, 'Invalid absence period id.', 0);
		const t = this.db.timeOffs.find((x) => x.id === Number(ctx.params.id));
		if (!t) return v1err(404, 'The absence period was not found.', 0);
		return json(200, { success: true, data: F.v1TimeOff(t, this.db) });
	});

	sb.route('DELETE', '/v1/company/time-offs/{id}', 'v1', function (ctx) {
		if (!/^\d+$/.test(ctx.params.id)) return v1err(400, 'Invalid absence period id.', 0);
		const i = this.db.timeOffs.findIndex((x) => x.id === Number(ctx.params.id));
		if (i < 0) return v1err(404, 'The absence period was not found.', 0);
		this.db.timeOffs.splice(i, 1);
		return json(200, { success: true, data: { message: 'The absence period was deleted.' } });
	});

	function validateAbsenceInput(b, required) {
		const errors = {};
		for (const k of required)
			if (b[k] === undefined || b[k] === '')
				errors[k] = [`The ${k.replace(/_/g, ' ')} field is required.`];
		for (const k of ['start_date', 'end_date'])
			if (b[k] && !U.isDate(b[k]))
				errors[k] = [`The ${k.replace('_', ' ')} does not match the format Y-m-d.`];
		for (const k of ['half_day_start', 'half_day_end', 'skip_approval'])
			if (b[k] !== undefined && U.toBool(b[k]) === undefined)
				errors[k] = [`The ${k.replace(/_/g, ' ')} field must be true or false.`];
		if (
			b.start_date &&
			b.end_date &&
			U.isDate(b.start_date) &&
			U.isDate(b.end_date) &&
			b.end_date < b.start_date
		)
			errors.end_date = ['The end date must be a date after or equal to start date.'];
		if (Object.keys(errors).length)
			throw new HttpError(
				v1err(422, 'The given data failed to pass validation.', 0, { error_data: errors }),
			);
	}

	sb.route('POST', '/v1/company/time-offs', 'v1', function (ctx) {
		const b = requireForm(ctx);
		validateAbsenceInput(b, [
			'employee_id',
			'time_off_type_id',
			'start_date',
			'end_date',
			'half_day_start',
			'half_day_end',
		]);
		const emp = this.db.employeeById.get(Number(b.employee_id));
		if (!emp) return v1err(404, 'Employee not found.', 0);
		const type = this.db.timeOffTypes.find(
			(t) => t.id === Number(b.time_off_type_id) && t.unit === 'day',
		);
		if (!type) return v1err(404, 'Time-off type not found.', 0);
		const hs = U.toBool(b.half_day_start, false);
		const he = U.toBool(b.half_day_end, false);
		const skip = U.toBool(b.skip_approval, true);
		const days = Math.max(
			0.5,
			D.businessDays(b.start_date, b.end_date) -
				(hs ? 0.5 : 0) -
				(he && b.end_date !== b.start_date ? 0.5 : 0),
		);
		const now = this.now();
		const t = {
			id: this.db.ids.timeOff++,
			employee_id: emp.id,
			time_off_type_id: type.id,
			status: skip || !type.approval_required ? 'approved' : 'pending',
			start_date: b.start_date,
			end_date: b.end_date,
			days_count: days,
			half_day_start: hs,
			half_day_end: he,
			comment: b.comment || '',
			certificate_status: type.certificate ? 'not-uploaded' : 'not-required',
			created_by: 'API',
			created_at: now,
			updated_at: now,
		};
		this.db.timeOffs.push(t);
		return json(200, { success: true, data: F.v1TimeOff(t, this.db) });
	});

	// ---------------------------------------------------------------- absence periods (hours) ----
	sb.route('GET', '/v1/company/absence-periods', 'v1', function (ctx) {
		const limit = this.intParam(ctx, 'limit', 200, {
			min: 1,
			max: this.options.v1MaxLimit,
			message: `The limit must be between 1 and ${this.options.v1MaxLimit}.`,
		});
		// page-level offset since 2023-08-25, pages start at 1 (changelog "Absences API - Change in pagination of Hourly Absences API endpoint", https://developer.personio.de/v2.0/changelog?page=5) although the spec text says "record"
		const page = this.intParam(ctx, 'offset', 1, { min: 0 });
		const start = dateFilterParam(ctx, 'start_date');
		const end = dateFilterParam(ctx, 'end_date');
		const emps = this.idArray(ctx, 'employees');
		const types = this.idArray(ctx, 'absence_types', { numeric: false });
		const ids = this.idArray(ctx, 'absence_periods', { numeric: false });
		let items = this.db.absencePeriods;
		if (emps) items = items.filter((a) => emps.includes(a.employee_id));
		if (types) {
			items = items.filter((a) => {
				const t = this.db.timeOffTypes.find((x) => x.id === a.time_off_type_id);
				return types.includes(String(t.id)) || types.includes(t.uuid);
			});
		}
		if (ids) items = items.filter((a) => ids.includes(a.id));
		if (start) items = items.filter((a) => a.end == null || a.end >= dateMs(start));
		if (end) items = items.filter((a) => a.start < dateMs(end) + D.DAY);
		for (const [name, cmp] of [
			['updated_from', (a, ms) => a.updated_at >= ms],
			['updated_to', (a, ms) => a.updated_at <= ms],
		]) {
			const v = ctx.query.get(name);
			if (v === null || v === '') continue;
			const ms = U.parseDateTime(v);
			if (Number.isNaN(ms))
				return v1err(400, `The ${name.replace('_', ' ')} is not a valid date.`, 0);
			items = items.filter((a) => cmp(a, ms));
		}
		return json(
			200,
			this.v1List(items, {
				limit,
				offset: page === 0 ? 1 : page,
				mode: 'page',
				render: (a) => F.v1AbsencePeriod(a, this.db),
			}),
		);
	});

	sb.route('POST', '/v1/company/absence-periods', 'v1', function (ctx) {
		const b = requireForm(ctx);
		validateAbsenceInput(b, ['employee_id', 'time_off_type_id', 'start_date', 'end_date']);
		const emp = this.db.employeeById.get(Number(b.employee_id));
		if (!emp) return v1err(404, 'Employee not found.', 0);
		const type = this.db.timeOffTypes.find(
			(t) =>
				(t.id === Number(b.time_off_type_id) || t.uuid === b.time_off_type_id) && t.unit === 'hour',
		);
		if (!type) return v1err(404, 'Absence type not found.', 0);
		const sameDay = b.start_date === b.end_date;
		const timeRe = /^\d{2}:\d{2}$/;
		let startMs;
		let endMs;
		const breakdowns = [];
		if (sameDay && (b.start_time || b.end_time)) {
			if (
				!timeRe.test(b.start_time || '') ||
				!timeRe.test(b.end_time || '') ||
				b.end_time <= b.start_time
			) {
				return v1err(422, 'The given data failed to pass validation.', 0, {
					error_data: {
						start_time: [
							'Start and end time (HH:mm) are required and end must be after start for partial-day absences.',
						],
					},
				});
			}
			const off = D.berlinOffset(dateMs(b.start_date)) * 60000;
			startMs = Date.parse(`${b.start_date}T${b.start_time}:00Z`) - off;
			endMs = Date.parse(`${b.end_date}T${b.end_time}:00Z`) - off;
			breakdowns.push({
				date: b.start_date,
				effective_duration: Math.round((endMs - startMs) / 60000),
			});
		} else {
			const hs = U.toBool(b.half_day_start, false);
			const he = U.toBool(b.half_day_end, false);
			startMs = dateMs(b.start_date) - D.berlinOffset(dateMs(b.start_date)) * 60000;
			endMs = dateMs(b.end_date) + D.DAY - D.berlinOffset(dateMs(b.end_date)) * 60000;
			for (let t = dateMs(b.start_date); t <= dateMs(b.end_date); t += D.DAY) {
				const wd = new Date(t).getUTCDay();
				let mins = wd === 0 || wd === 6 ? 0 : 480;
				const d = D.isoDate(t);
				if (mins && ((hs && d === b.start_date) || (he && d === b.end_date))) mins = 240;
				breakdowns.push({ date: d, effective_duration: mins });
			}
		}
		const overlap = this.db.absencePeriods.find(
			(a) => a.employee_id === emp.id && a.start < endMs && (a.end == null || a.end > startMs),
		);
		if (overlap)
			return v1err(400, 'Error when trying to insert absence period', 400, {
				error_data: { overlapping_period: overlap.id },
			});
		const now = this.now();
		const skip = U.toBool(b.skip_approval, true);
		const a = {
			id: crypto.randomUUID(),
			employee_id: emp.id,
			time_off_type_id: type.id,
			start: startMs,
			end: endMs,
			half_day_start: U.toBool(b.half_day_start, false),
			half_day_end: U.toBool(b.half_day_end, false),
			comment: b.comment || '',
			origin: 'api',
			status: skip || !type.approval_required ? 'approved' : 'pending',
			created_by: emp.id,
			created_at: now,
			updated_at: now,
			approved_at: skip ? now : null,
			breakdowns,
			effective_duration: breakdowns.reduce((s, x) => s + x.effective_duration, 0),
		};
		this.db.absencePeriods.push(a);
		return json(201, { success: true, data: [F.v1AbsencePeriod(a, this.db)] });
	});

	sb.route('DELETE', '/v1/company/absence-periods/{id}', 'v1', function (ctx) {
		const i = this.db.absencePeriods.findIndex((a) => a.id === ctx.params.id);
		if (!/^[0-9a-f-]{36}$/i.test(ctx.params.id))
			return v1err(400, 'The absence period id must be a valid UUID.', 0);
		if (i < 0) return v1err(404, 'The absence period was not found.', 0);
		this.db.absencePeriods.splice(i, 1);
		return json(200, { success: true, data: { message: 'The absence period was deleted.' } });
	});

	// v1 attendances and attendance projects: retired on 2026-08-30, answered by routes-attendance.js.
};
