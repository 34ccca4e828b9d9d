'use strict';
/* v1 Personnel Data API routes (/v1/company/...). */

const crypto = require('crypto');

module.exports = function registerV1(sb, { json, v1err, empty, HttpError, F, D, U, DOCUMENT_EXTENSIONS, MIME }) {
	const EMPLOYEE_FIELDS = ['first_name', 'last_name', 'preferred_name', 'gender', 'position', 'subcompany', 'department', 'office', 'hire_date', 'weekly_working_hours', 'status', 'supervisor_id', 'custom_attributes'];
	const STATUSES = ['onboarding', 'active', 'leave', 'inactive'];
	const GENDERS = ['male', 'female', 'diverse'];
	const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

	function bodyObject(ctx) {
		if (ctx.bodyError) throw new HttpError(v1err(400, `Malformed request body: ${ctx.bodyError}`, 0));
		return ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
	}
	function requireForm(ctx) {
		if (ctx.bodyKind !== 'form') {
			throw new HttpError(v1err(400, 'Unsupported content type: this endpoint only accepts application/x-www-form-urlencoded.', 0));
		}
		return bodyObject(ctx);
	}
	const dateMs = (d) => Date.parse(`${d}T00:00:00Z`);

	// ---------------------------------------------------------------- employees ----
	sb.route('GET', '/v1/company/employees', 'v1', function (ctx) {
		const o = this.options;
		const limit = this.intParam(ctx, 'limit', o.employeesDefaultLimit, { min: 1, max: o.employeesMaxLimit, message: `The limit must be between 1 and ${o.employeesMaxLimit}.` });
		const offset = this.intParam(ctx, 'offset', 0, { min: 0, message: 'The offset must be an integer greater than or equal to 0.' });
		const projection = ctx.query.getAll('attributes[]').concat(ctx.query.getAll('attributes'));
		for (const a of projection) {
			if (!this.db.catalogue[a]) return v1err(400, `The attribute ${a} is not allowed for this credential`, 0);
		}
		let items = this.db.employees;
		const since = ctx.query.get('updated_since');
		if (since !== null) {
			const ms = U.parseDateTime(since);
			if (Number.isNaN(ms)) return v1err(400, 'The updated since does not match the format Y-m-d\\TH:i:s.', 0);
			// email is ignored with updated_since; pagination still applies (changelog 2023-11-16)
			items = projection.length
				? items.filter((e) => projection.some((a) => (e.changed[a] || 0) > ms))
				: items.filter((e) => e.updated_at > ms);
		} else {
			const email = ctx.query.get('email');
			if (email !== null) items = items.filter((e) => e.email.toLowerCase() === email.toLowerCase());
		}
		return json(200, this.v1List(items, { limit, offset, mode: 'record0', render: (e) => F.v1Employee(e, this.db, projection) }));
	});

	sb.route('GET', '/v1/company/employees/attributes', 'v1', function () {
		const data = Object.entries(this.db.catalogue).map(([key, d]) => ({ key, label: d.label, type: d.type, universal_id: d.universal_id, options: d.options || [] }));
		return json(200, { success: true, data });
	});

	sb.route('GET', '/v1/company/employees/custom-attributes', 'v1', function () {
		const data = this.db.dynamicAttributes.map((d) => ({ key: `dynamic_${d.id}`, label: d.label, type: d.type, universal_id: d.universal_id, options: d.options || [] }));
		return json(200, { success: true, data });
	});

	sb.route('GET', '/v1/company/employees/{id}', 'v1', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id);
		const projection = ctx.query.getAll('attributes[]');
		return json(200, { success: true, data: F.v1Employee(emp, this.db, projection) });
	});

	sb.route('GET', '/v1/company/employees/{id}/profile-picture/{width}', 'v1', function (ctx) {
		this.requireEmployee(ctx.params.id);
		return v1err(404, 'No profile picture found', 0);
	});

	function findNamed(list, val) {
		if (val === undefined || val === null || val === '') return undefined;
		return list.find((x) => x.name.toLowerCase() === String(val).toLowerCase() || String(x.id) === String(val)) || null;
	}

	/** apply documented employee fields; returns { changed, meta } or throws 422 */
	function applyEmployeeFields(db, emp, input, { creating }) {
		const meta = [];
		const changed = [];
		const set = (k, v) => {
			if (emp[k] !== v) {
				emp[k] = v;
				changed.push(k);
			}
		};
		if (input.first_name !== undefined) set('first_name', String(input.first_name));
		if (input.last_name !== undefined) set('last_name', String(input.last_name));
		if (input.preferred_name !== undefined) set('preferred_name', String(input.preferred_name));
		if (input.position !== undefined) set('position', String(input.position));
		if (input.gender !== undefined) {
			if (!GENDERS.includes(String(input.gender))) throw new HttpError(v1err(422, `The selected gender is invalid.`, 422));
			set('gender', String(input.gender));
		}
		if (input.status !== undefined) {
			if (!STATUSES.includes(String(input.status))) throw new HttpError(v1err(422, `The selected status is invalid.`, 422));
			set('status', String(input.status));
		}
		if (input.weekly_working_hours !== undefined) {
			const n = Number(input.weekly_working_hours);
			if (Number.isNaN(n)) throw new HttpError(v1err(422, 'The weekly working hours must be a number.', 422));
			set('weekly_working_hours', n);
		}
		if (input.hire_date !== undefined) {
			if (!U.isDate(String(input.hire_date))) throw new HttpError(v1err(422, 'The hire date does not match the format Y-m-d.', 422));
			set('hire_date', String(input.hire_date));
			if (creating && input.status === undefined) emp.status = dateMs(input.hire_date) > Date.now() ? 'onboarding' : 'active';
		}
		if (input.supervisor_id !== undefined && input.supervisor_id !== null && input.supervisor_id !== '') {
			const sid = Number(input.supervisor_id);
			if (!db.employeeById.has(sid)) throw new HttpError(v1err(422, `Supervisor with ID ${input.supervisor_id} not found`, 422));
			set('supervisor_id', sid);
		}
		for (const [field, list, key] of [['department', db.departments, 'department_id'], ['office', db.offices, 'office_id'], ['subcompany', db.subcompanies, 'subcompany_id']]) {
			const found = findNamed(list, input[field]);
			if (found === null) meta.push(`The ${field} "${input[field]}" does not exist and was ignored.`);
			else if (found) set(key, found.id);
		}
		if (input.custom_attributes && typeof input.custom_attributes === 'object') {
			for (const [k, v] of Object.entries(input.custom_attributes)) {
				if (!db.catalogue[k] || !k.startsWith('dynamic_')) {
					meta.push(`The custom attribute ${k} does not exist and was ignored.`);
					continue;
				}
				if (emp.custom[k] !== v) {
					emp.custom[k] = v;
					changed.push(k);
				}
			}
		}
		return { changed, meta };
	}

	sb.route('POST', '/v1/company/employees', 'v1', function (ctx) {
		const b = bodyObject(ctx);
		const input = b.employee && typeof b.employee === 'object' ? b.employee : b;
		const missing = ['email', 'first_name', 'last_name'].filter((k) => !input[k] || !String(input[k]).trim());
		if (missing.length) {
			return v1err(422, 'The given data failed to pass validation.', 422, { error_data: Object.fromEntries(missing.map((k) => [k, [`The ${k.replace('_', ' ')} field is required.`]])) });
		}
		const email = String(input.email).trim();
		if (!EMAIL_RE.test(email)) return v1err(422, 'The email must be a valid email address.', 422);
		if (this.db.employees.some((e) => e.email.toLowerCase() === email.toLowerCase())) return v1err(422, `Employee with email ${email} already exists.`, 422);
		const now = this.now();
		const emp = {
			id: this.db.ids.employee++,
			first_name: '', last_name: '', preferred_name: '', email, gender: 'diverse', status: 'active',
			position: '', department_id: null, office_id: null, subcompany_id: this.db.subcompanies[0].id, team_id: null, cost_center_index: -1,
			employment_type: 'internal', weekly_working_hours: 40, hire_date: null, contract_end_date: null, termination_date: null, probation_period_end: null,
			supervisor_id: null, fix_salary: 0, created_at: now, updated_at: now, changed: {}, employment_id: crypto.randomUUID(), custom: {},
		};
		const { meta } = applyEmployeeFields(this.db, emp, input, { creating: true });
		if (!emp.hire_date && input.status === undefined) emp.status = 'active';
		for (const k of ['first_name', 'last_name', 'email', 'status', 'created_at']) emp.changed[k] = now;
		this.db.employees.push(emp);
		this.db.employeeById.set(emp.id, emp);
		return json(200, { success: true, data: { id: emp.id, message: 'success' }, ...(meta.length ? { meta } : {}) });
	});

	sb.route('PATCH', '/v1/company/employees/{id}', 'v1', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id);
		const b = bodyObject(ctx);
		const input = b.employee && typeof b.employee === 'object' ? b.employee : b;
		const clean = {};
		for (const k of EMPLOYEE_FIELDS) if (input[k] !== undefined) clean[k] = input[k]; // email & unknown fields silently ignored
		const { changed, meta } = applyEmployeeFields(this.db, emp, clean, { creating: false });
		if (changed.length) this.touch(emp, changed);
		return json(200, { success: true, data: { id: emp.id, message: 'success' }, meta });
	});

	sb.route('GET', '/v1/company/employees/{id}/absences/balance', 'v1', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id);
		const year = new Date(this.now()).getUTCFullYear();
		const today = new Date(this.now()).toISOString().slice(0, 10);
		const data = this.db.timeOffTypes.filter((t) => t.unit === 'day').map((t) => {
			const mine = this.db.timeOffs.filter((x) => x.employee_id === emp.id && x.time_off_type_id === t.id && x.status !== 'rejected' && x.start_date.startsWith(String(year)));
			const taken = mine.filter((x) => x.start_date <= today).reduce((s, x) => s + x.days_count, 0);
			const planned = mine.reduce((s, x) => s + x.days_count, 0);
			const ent = t.entitlement || 0;
			return { id: t.id, name: t.name, category: t.category, balance: ent - taken, available_balance: ent - planned };
		});
		return json(200, { success: true, data });
	});

	// ---------------------------------------------------------------- time-off types ----
	sb.route('GET', '/v1/company/time-off-types', 'v1', function (ctx) {
		const limit = this.intParam(ctx, 'limit', 200, { min: 1 });
		const offset = this.intParam(ctx, 'offset', 0, { min: 0 });
		const data = this.db.timeOffTypes.slice(offset, offset + limit).map((t) => ({
			type: 'TimeOffType',
			attributes: { id: t.id, name: t.name, category: t.category, unit: t.unit, approval_required: t.approval_required },
		}));
		return json(200, { success: true, data });
	});

	// ---------------------------------------------------------------- time-offs (days) ----
	function dateFilterParam(ctx, name) {
		const v = ctx.query.get(name);
		if (v === null || v === '') return null;
		if (!U.isDate(v)) throw new HttpError(v1err(400, `The ${name.replace('_', ' ')} does not match the format Y-m-d.`, 0));
		return v;
	}

	sb.route('GET', '/v1/company/time-offs', 'v1', function (ctx) {
		const limit = this.intParam(ctx, 'limit', 200, { min: 1, max: this.options.v1MaxLimit, message: `The limit must be between 1 and ${this.options.v1MaxLimit}.` });
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
		return json(200, this.v1List(items, { limit, offset: page === 0 ? 1 : page, mode: 'page', render: (t) => F.v1TimeOff(t, this.db) }));
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
		for (const k of required) if (b[k] === undefined || b[k] === '') errors[k] = [`The ${k.replace(/_/g, ' ')} field is required.`];
		for (const k of ['start_date', 'end_date']) if (b[k] && !U.isDate(b[k])) errors[k] = [`The ${k.replace('_', ' ')} does not match the format Y-m-d.`];
		for (const k of ['half_day_start', 'half_day_end', 'skip_approval']) if (b[k] !== undefined && U.toBool(b[k]) === undefined) errors[k] = [`The ${k.replace(/_/g, ' ')} field must be true or false.`];
		if (b.start_date && b.end_date && U.isDate(b.start_date) && U.isDate(b.end_date) && b.end_date < b.start_date) errors.end_date = ['The end date must be a date after or equal to start date.'];
		if (Object.keys(errors).length) throw new HttpError(v1err(422, 'The given data failed to pass validation.', 0, { error_data: errors }));
	}

	sb.route('POST', '/v1/company/time-offs', 'v1', function (ctx) {
		const b = requireForm(ctx);
		validateAbsenceInput(b, ['employee_id', 'time_off_type_id', 'start_date', 'end_date', 'half_day_start', 'half_day_end']);
		const emp = this.db.employeeById.get(Number(b.employee_id));
		if (!emp) return v1err(404, 'Employee not found.', 0);
		const type = this.db.timeOffTypes.find((t) => t.id === Number(b.time_off_type_id) && t.unit === 'day');
		if (!type) return v1err(404, 'Time-off type not found.', 0);
		const hs = U.toBool(b.half_day_start, false);
		const he = U.toBool(b.half_day_end, false);
		const skip = U.toBool(b.skip_approval, true);
		const days = Math.max(0.5, D.businessDays(b.start_date, b.end_date) - (hs ? 0.5 : 0) - (he && b.end_date !== b.start_date ? 0.5 : 0));
		const now = this.now();
		const t = {
			id: this.db.ids.timeOff++, employee_id: emp.id, time_off_type_id: type.id,
			status: skip || !type.approval_required ? 'approved' : 'pending',
			start_date: b.start_date, end_date: b.end_date, days_count: days, half_day_start: hs, half_day_end: he,
			comment: b.comment || '', certificate_status: type.certificate ? 'not-uploaded' : 'not-required', created_by: 'API', created_at: now, updated_at: now,
		};
		this.db.timeOffs.push(t);
		return json(200, { success: true, data: F.v1TimeOff(t, this.db) });
	});

	// ---------------------------------------------------------------- absence periods (hours) ----
	sb.route('GET', '/v1/company/absence-periods', 'v1', function (ctx) {
		const limit = this.intParam(ctx, 'limit', 200, { min: 1, max: this.options.v1MaxLimit, message: `The limit must be between 1 and ${this.options.v1MaxLimit}.` });
		// page-level offset since 2023-08-25, pages start at 1 (notes §5.2 #2, §8) although the spec text says "record"
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
		for (const [name, cmp] of [['updated_from', (a, ms) => a.updated_at >= ms], ['updated_to', (a, ms) => a.updated_at <= ms]]) {
			const v = ctx.query.get(name);
			if (v === null || v === '') continue;
			const ms = U.parseDateTime(v);
			if (Number.isNaN(ms)) return v1err(400, `The ${name.replace('_', ' ')} is not a valid date.`, 0);
			items = items.filter((a) => cmp(a, ms));
		}
		return json(200, this.v1List(items, { limit, offset: page === 0 ? 1 : page, mode: 'page', render: (a) => F.v1AbsencePeriod(a, this.db) }));
	});

	sb.route('POST', '/v1/company/absence-periods', 'v1', function (ctx) {
		const b = requireForm(ctx);
		validateAbsenceInput(b, ['employee_id', 'time_off_type_id', 'start_date', 'end_date']);
		const emp = this.db.employeeById.get(Number(b.employee_id));
		if (!emp) return v1err(404, 'Employee not found.', 0);
		const type = this.db.timeOffTypes.find((t) => (t.id === Number(b.time_off_type_id) || t.uuid === b.time_off_type_id) && t.unit === 'hour');
		if (!type) return v1err(404, 'Absence type not found.', 0);
		const sameDay = b.start_date === b.end_date;
		const timeRe = /^\d{2}:\d{2}$/;
		let startMs;
		let endMs;
		const breakdowns = [];
		if (sameDay && (b.start_time || b.end_time)) {
			if (!timeRe.test(b.start_time || '') || !timeRe.test(b.end_time || '') || b.end_time <= b.start_time) {
				return v1err(422, 'The given data failed to pass validation.', 0, { error_data: { start_time: ['Start and end time (HH:mm) are required and end must be after start for partial-day absences.'] } });
			}
			const off = D.berlinOffset(dateMs(b.start_date)) * 60000;
			startMs = Date.parse(`${b.start_date}T${b.start_time}:00Z`) - off;
			endMs = Date.parse(`${b.end_date}T${b.end_time}:00Z`) - off;
			breakdowns.push({ date: b.start_date, effective_duration: Math.round((endMs - startMs) / 60000) });
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
		const overlap = this.db.absencePeriods.find((a) => a.employee_id === emp.id && a.start < endMs && (a.end == null || a.end > startMs));
		if (overlap) return v1err(400, 'Error when trying to insert absence period', 400, { error_data: { overlapping_period: overlap.id } });
		const now = this.now();
		const skip = U.toBool(b.skip_approval, true);
		const a = {
			id: crypto.randomUUID(), employee_id: emp.id, time_off_type_id: type.id, start: startMs, end: endMs,
			half_day_start: U.toBool(b.half_day_start, false), half_day_end: U.toBool(b.half_day_end, false),
			comment: b.comment || '', origin: 'api', status: skip || !type.approval_required ? 'approved' : 'pending',
			created_by: emp.id, created_at: now, updated_at: now, approved_at: skip ? now : null,
			breakdowns, effective_duration: breakdowns.reduce((s, x) => s + x.effective_duration, 0),
		};
		this.db.absencePeriods.push(a);
		return json(201, { success: true, data: [F.v1AbsencePeriod(a, this.db)] });
	});

	sb.route('DELETE', '/v1/company/absence-periods/{id}', 'v1', function (ctx) {
		const i = this.db.absencePeriods.findIndex((a) => a.id === ctx.params.id);
		if (!/^[0-9a-f-]{36}$/i.test(ctx.params.id)) return v1err(400, 'The absence period id must be a valid UUID.', 0);
		if (i < 0) return v1err(404, 'The absence period was not found.', 0);
		this.db.absencePeriods.splice(i, 1);
		return json(200, { success: true, data: { message: 'The absence period was deleted.' } });
	});

	// v1 attendances and attendance projects: retired on 2026-08-30, answered by routes-attendance.js.

	// ---------------------------------------------------------------- documents ----
	sb.route('GET', '/v1/company/document-categories', 'v1', function () {
		return json(200, { success: true, data: this.db.documentCategories.map((c) => ({ id: c.id, type: 'DocumentCategory', attributes: { name: c.name } })) });
	});

	sb.route('POST', '/v1/company/documents', 'v1', function (ctx) {
		if (ctx.bodyKind !== 'multipart') return v1err(400, 'The request must be multipart/form-data.', 0);
		if (ctx.bodyError) return v1err(400, `Malformed multipart body: ${ctx.bodyError}`, 0);
		const b = ctx.body || {};
		const file = ctx.files.file;
		const errors = {};
		if (!b.title) errors.title = ['The title field is required.'];
		else if (b.title.length > 255) errors.title = ['The title may not be greater than 255 characters.'];
		if (!b.employee_id) errors.employee_id = ['The employee id field is required.'];
		if (!b.category_id) errors.category_id = ['The category id field is required.'];
		if (!file) errors.file = ['The file field is required.'];
		else if (file.size > 30 * 1024 * 1024) errors.file = ['The file may not be greater than 30720 kilobytes.'];
		if (b.date && !U.isDate(b.date)) errors.date = ['The date does not match the format Y-m-d.'];
		const ext = file ? (file.filename.split('.').pop() || '').toLowerCase() : '';
		if (file && !errors.file && !DOCUMENT_EXTENSIONS.includes(ext)) errors.file = [`The file must be a file of type: ${DOCUMENT_EXTENSIONS.join(', ')}.`];
		if (Object.keys(errors).length) return v1err(422, 'The given data was invalid.', 0, { error_data: errors });
		const emp = this.db.employeeById.get(Number(b.employee_id));
		if (!emp) return v1err(404, `No query results for model [Employee] ${b.employee_id}`, 0);
		const cat = this.db.documentCategories.find((c) => c.id === Number(b.category_id));
		if (!cat) return v1err(404, `No query results for model [DocumentCategory] ${b.category_id}`, 0);
		const now = this.now();
		const doc = {
			id: String(this.db.ids.document++), title: b.title, comment: b.comment || '', date: b.date || D.isoDate(now), employee_id: emp.id, category_id: cat.id,
			file_name: file.filename, mimetype: file.contentType || MIME[ext] || 'application/octet-stream', content: file.content, created_at: now, updated_at: now,
		};
		this.db.documents.push(doc);
		this.db.documentsUploaded.push({ id: doc.id, title: doc.title, employee_id: emp.id, category_id: cat.id, file_name: doc.file_name, size: file.size, sha256: crypto.createHash('sha256').update(file.content).digest('hex') });
		const se = F.shortEmployee(emp).attributes;
		return json(201, {
			success: true,
			data: {
				id: Number(doc.id),
				type: 'Document',
				attributes: { title: doc.title, date: doc.date, comment: doc.comment, employee: se, category: { id: cat.id, type: 'DocumentCategory', attributes: { name: cat.name } } },
			},
		});
	});

	// ---------------------------------------------------------------- custom reports ----
	function reportAttributes(r, db) {
		return {
			id: r.id, name: r.name, description: r.description, author_first_name: db.employees[0].first_name, author_last_name: db.employees[0].last_name,
			type: r.type, status: 'up_to_date', created_at: '2025-04-10T17:32:28Z', updated_at: '2025-10-01T08:00:00Z', data_refreshed_at: '2025-10-31T23:00:00Z',
			columns: r.columns, filters: [], period_type: 'today',
		};
	}
	sb.route('GET', '/v1/company/custom-reports/reports', 'v1', function (ctx) {
		let reports = this.db.reports;
		const ids = ctx.query.getAll('report_ids').concat(ctx.query.getAll('report_ids[]')).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
		if (ids.length) reports = reports.filter((r) => ids.includes(r.id));
		const status = ctx.query.get('status');
		if (status && status !== 'up_to_date') reports = [];
		return json(200, { success: true, metadata: { total_elements: reports.length, current_page: 1, total_pages: 1 }, offset: 0, limit: reports.length, data: reports.map((r) => ({ type: 'Report', attributes: reportAttributes(r, this.db) })) });
	});
	sb.route('GET', '/v1/company/custom-reports/reports/{report_id}', 'v1', function (ctx) {
		const r = this.db.reports.find((x) => x.id === ctx.params.report_id);
		if (!r) return json(404, { success: false, error: { code: 404, message: 'Report not found' } });
		const limit = this.intParam(ctx, 'limit', 100, { min: 1, max: 200 });
		const page = Math.max(1, this.intParam(ctx, 'page', 1, { min: 0 }));
		const emps = this.db.employees.filter((e) => e.status !== 'inactive');
		const slice = emps.slice((page - 1) * limit, page * limit);
		const items = slice.map((e) => ({
			employee_id: e.id,
			attributes: r.columns.map((c) => {
				if (c === 'department' || c === 'office') {
					const ent = c === 'department' ? this.db.departments.find((d) => d.id === e.department_id) : this.db.offices.find((d) => d.id === e.office_id);
					return { attribute_id: c, entity_id: String(ent ? ent.id : ''), data_type: 'ENTITY', value: ent ? ent.name : '', employee_id: e.id };
				}
				return { attribute_id: c, data_type: 'TEXT', value: String(e[c] ?? ''), employee_id: e.id };
			}),
		}));
		return json(200, {
			success: true,
			metadata: { total_elements: emps.length, current_page: page, total_pages: Math.ceil(emps.length / limit) },
			limit,
			data: [{ type: 'Report', attributes: { ...reportAttributes(r, this.db), period_type: 'today', items } }],
		});
	});
	sb.route('GET', '/v1/company/custom-reports/columns', 'v1', function () {
		const attrs = Object.entries(this.db.catalogue).map(([k, d]) => ({ attribute_id: k, human_readable: d.label, data_type: ['department', 'office', 'team', 'subcompany'].includes(k) ? 'ENTITY' : 'TEXT' }));
		return json(200, { success: true, metadata: { total_elements: attrs.length, current_page: 1, total_pages: 1 }, offset: 0, limit: attrs.length, data: { type: 'Column', attributes: attrs } });
	});
};
