'use strict';
/*
 * Attendances API v2: attendance periods here, projects and their members in routes-projects.js; and the
 * retired v1 attendance and attendance-project endpoints. Shapes: Personio's developer hub reference pages
 * of the "Attendances API" (https://developer.personio.de/reference/get_v2-attendance-periods and its
 * post/patch/delete pages), which also give the list and write rules.
 */

const crypto = require('crypto');

const RETIRED =
	'The v1 attendances and attendance projects API was retired on 2026-08-30. ' +
	'Use /v2/attendance-periods and /v2/projects.';
const LOCAL_DT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/*
 * Duration-only periods (changelog "attendance API additions related to duration-only time tracking"):
 * recorded as a `duration` on an `attribution_date`, without start or end; the list leaves them out unless
 * `duration_type=ALL` or `DURATION_ONLY` is sent. Assumptions (the changelog's request shapes could not be
 * read in full): `duration` in whole minutes, `attribution_date` as YYYY-MM-DD, a body with both a start and
 * a duration refused with 400, and any other `duration_type` value refused with 400.
 */
const DURATION_TYPES = ['ALL', 'DURATION_ONLY'];
const durationOnly = (a) => a.duration != null;

module.exports = function registerAttendance(sb, { json, problem, v1err, empty, HttpError, F }) {
	const fail = (status, detail, code) =>
		new HttpError(
			problem(status, status === 422 ? 'Unprocessable entity' : 'Bad request', detail, code),
		);
	const notFound = () =>
		problem(
			404,
			'Resource not found',
			'There is no resource for the specified id.',
			'common.resource_not_found',
		);
	const bodyOf = (ctx) => {
		if (ctx.bodyKind !== 'json' && ctx.bodyKind !== 'none')
			throw fail(
				415,
				'The request body must be application/json.',
				'common.unsupported_media_type',
			);
		if (ctx.bodyError) throw fail(400, 'Invalid request content.', 'common.bad_request');
		return ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
	};
	const skipApproval = (ctx) => {
		const raw = ctx.query.get('skip_approval');
		if (raw !== null && raw !== 'true' && raw !== 'false')
			throw fail(400, 'skip_approval must be true or false.', 'common.bad_request');
		return raw === 'true';
	};
	const ms = (local) => Date.parse(`${local}Z`);

	// ------------------------------------------------------------ retired v1 ----
	for (const path of [
		'/v1/company/attendances/projects',
		'/v1/company/attendances/projects/{id}',
		'/v1/company/attendances',
		'/v1/company/attendances/{id}',
	]) {
		for (const method of ['GET', 'POST', 'PATCH', 'DELETE'])
			sb.route(method, path, 'none', () => v1err(410, RETIRED, 410));
	}

	// ------------------------------------------------------------ attendance periods ----
	/** Filters on the wall-clock date-times and `updated_at` take `YYYY-MM-DDTHH:mm:ss`; a zone is refused. */
	function localFilters(ctx, items) {
		let out = items;
		for (const [key, get] of [
			['start.date_time', (a) => (a.start ? ms(a.start) : NaN)],
			['end.date_time', (a) => (a.end ? ms(a.end) : a.start ? Infinity : NaN)],
			['updated_at', (a) => a.updated_at],
		]) {
			for (const op of ['gte', 'lte']) {
				const raw = ctx.query.get(`${key}.${op}`);
				if (raw === null) continue;
				if (!LOCAL_DT.test(raw)) throw fail(400, 'Invalid request content.', 'common.bad_request');
				out = out.filter((a) => (op === 'gte' ? get(a) >= ms(raw) : get(a) <= ms(raw)));
			}
		}
		return out;
	}
	sb.route('GET', '/v2/attendance-periods', 'v2', function (ctx) {
		let items = this.db.attendancePeriods;
		const ids = this.v2IdList(ctx, 'id');
		if (ids) items = items.filter((a) => ids.includes(a.id));
		const persons = this.v2IdList(ctx, 'person.id');
		if (persons) items = items.filter((a) => persons.includes(a.person_id));
		const status = ctx.query.get('status');
		if (status !== null && !['CONFIRMED', 'PENDING', 'REJECTED'].includes(status))
			throw fail(400, 'Invalid status.', 'common.bad_request');
		if (status) items = items.filter((a) => a.status === status);
		const durationType = ctx.query.get('duration_type');
		if (durationType !== null && !DURATION_TYPES.includes(durationType))
			throw fail(400, 'Invalid duration_type.', 'common.bad_request');
		if (durationType === 'DURATION_ONLY') items = items.filter(durationOnly);
		else if (durationType !== 'ALL') items = items.filter((a) => !durationOnly(a));
		items = localFilters(ctx, items);
		return this.v2List(ctx, items, F.v2AttendancePeriod, { min: 1, max: 100, dflt: 100 });
	});
	sb.route('GET', '/v2/attendance-periods/{id}', 'v2', function (ctx) {
		const a = this.db.attendancePeriods.find((x) => x.id === ctx.params.id);
		return a ? json(200, F.v2AttendancePeriod(a)) : notFound();
	});

	/** The 400/422 answers of create and update, in the order Personio lists them. */
	function checkPeriod(db, p) {
		if (durationOnly(p)) return checkDurationPeriod(p);
		if (!LOCAL_DT.test(p.start || ''))
			throw fail(
				400,
				'start.date_time must be a local date-time such as 2024-06-07T09:00:00.',
				'common.bad_request',
			);
		if (p.end !== null && !LOCAL_DT.test(p.end))
			throw fail(
				400,
				'end.date_time must be a local date-time such as 2024-06-07T17:00:00.',
				'common.bad_request',
			);
		if (p.end !== null && ms(p.end) <= ms(p.start))
			throw fail(422, 'Start date greater than end date.', 'attendance.invalid_time_range');
		if (p.end !== null && ms(p.end) - ms(p.start) > 24 * 3600000)
			throw fail(422, 'Period time range too long.', 'attendance.time_range_too_long');
		if (p.type === 'BREAK' && p.project_id)
			throw fail(422, 'Break periods cannot have a project.', 'attendance.break_with_project');
		if (p.project_id) {
			const project = db.projects.find((x) => x.id === p.project_id);
			if (!project)
				throw fail(422, `Project ${p.project_id} does not exist.`, 'attendance.project_not_found');
			if (project.status !== 'ACTIVE')
				throw fail(422, 'The project must be ACTIVE.', 'attendance.project_not_active');
		}
		const s = ms(p.start);
		const e = p.end ? ms(p.end) : s + 1;
		const clash = db.attendancePeriods.some(
			(a) =>
				a.id !== p.id &&
				a.person_id === p.person_id &&
				a.type === p.type &&
				ms(a.start) < e &&
				(a.end ? ms(a.end) : ms(a.start) + 1) > s,
		);
		if (clash)
			throw new HttpError(
				problem(
					409,
					'Conflict',
					'The attendance period overlaps with an existing period.',
					'attendance.overlapping_periods',
				),
			);
	}
	function checkDurationPeriod(p) {
		if (p.start || p.end)
			throw fail(
				400,
				'A period has either a start (and end) or a duration, not both.',
				'common.bad_request',
			);
		if (!Number.isInteger(p.duration) || p.duration < 1 || p.duration > 24 * 60)
			throw fail(400, 'duration must be whole minutes between 1 and 1440.', 'common.bad_request');
		if (!DATE.test(p.attribution_date || ''))
			throw fail(400, 'attribution_date must be a date such as 2024-06-07.', 'common.bad_request');
		if (p.type === 'BREAK' && p.project_id)
			throw fail(422, 'Break periods cannot have a project.', 'attendance.break_with_project');
	}
	const projectRef = (b) =>
		b.project && b.project.id !== undefined && b.project.id !== null ? String(b.project.id) : null;

	sb.route('POST', '/v2/attendance-periods', 'v2', function (ctx) {
		const skip = skipApproval(ctx);
		const b = bodyOf(ctx);
		const byDuration = b.duration !== undefined || b.attribution_date !== undefined;
		if (!b.person || b.person.id === undefined || (!b.start && !byDuration))
			throw fail(
				400,
				'Missing required parameters: person, type and start (or duration) are required.',
				'common.bad_request',
			);
		if (!['WORK', 'BREAK'].includes(b.type))
			throw fail(400, 'Invalid type field: type must be WORK or BREAK.', 'common.bad_request');
		const personId = String(b.person.id);
		if (!this.db.employeeById.has(Number(personId)))
			throw fail(422, `Person ${personId} not found.`, 'attendance.person_not_found');
		const now = this.now();
		const p = {
			id: crypto.randomUUID(),
			person_id: personId,
			type: b.type,
			start: b.start ? b.start.date_time : null,
			end: b.end && b.end.date_time != null ? b.end.date_time : null,
			...(byDuration ? { duration: b.duration, attribution_date: b.attribution_date } : {}),
			comment: b.comment == null ? '' : String(b.comment),
			project_id: projectRef(b),
			status: skip ? 'CONFIRMED' : 'PENDING',
			created_at: now,
			updated_at: now,
		};
		checkPeriod(this.db, p);
		this.db.attendancePeriods.push(p);
		return json(201, {
			id: p.id,
			affected_periods: [F.v2AttendancePeriod(p)],
			_meta: { links: { self: { href: `${ctx.base}/v2/attendance-periods/${p.id}` } } },
		});
	});
	sb.route('PATCH', '/v2/attendance-periods/{id}', 'v2', function (ctx) {
		const a = this.db.attendancePeriods.find((x) => x.id === ctx.params.id);
		if (!a) return notFound();
		const skip = skipApproval(ctx);
		const b = bodyOf(ctx);
		if (b.type !== undefined && b.type !== a.type)
			throw fail(
				422,
				'The type of an attendance period cannot be changed.',
				'attendance.type_immutable',
			);
		const next = { ...a };
		if (b.start !== undefined) next.start = b.start && b.start.date_time;
		if (b.end !== undefined) next.end = b.end && b.end.date_time != null ? b.end.date_time : null;
		if (b.comment !== undefined) next.comment = b.comment == null ? '' : String(b.comment);
		if (b.project !== undefined) next.project_id = projectRef(b);
		checkPeriod(this.db, next);
		Object.assign(a, next, { updated_at: this.now(), status: skip ? 'CONFIRMED' : 'PENDING' });
		return empty(204);
	});
	sb.route('DELETE', '/v2/attendance-periods/{id}', 'v2', function (ctx) {
		const i = this.db.attendancePeriods.findIndex((x) => x.id === ctx.params.id);
		if (i < 0) return notFound();
		this.db.attendancePeriods.splice(i, 1);
		return empty(204);
	});

	require('./routes-projects')(sb, { json, empty, HttpError, fail, notFound, bodyOf });
};
