'use strict';
/* v1 Personnel Data API: employees (/v1/company/employees...): list, attributes, get, create, update, balance. */

const crypto = require('crypto');
const { bodyObject, dateMs } = require('./v1-request');

module.exports = function registerV1Employees(sb, { json, v1err, HttpError, F, U }) {
	const EMPLOYEE_FIELDS = [
		'first_name',
		'last_name',
		'preferred_name',
		'gender',
		'position',
		'subcompany',
		'department',
		'office',
		'hire_date',
		'weekly_working_hours',
		'status',
		'supervisor_id',
		'custom_attributes',
	];
	const STATUSES = ['onboarding', 'active', 'leave', 'inactive'];
	const GENDERS = ['male', 'female', 'diverse'];
	const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

	// ---------------------------------------------------------------- employees ----
	sb.route('GET', '/v1/company/employees', 'v1', function (ctx) {
		const o = this.options;
		const limit = this.intParam(ctx, 'limit', o.employeesDefaultLimit, {
			min: 1,
			max: o.employeesMaxLimit,
			message: `The limit must be between 1 and ${o.employeesMaxLimit}.`,
		});
		const offset = this.intParam(ctx, 'offset', 0, {
			min: 0,
			message: 'The offset must be an integer greater than or equal to 0.',
		});
		const projection = ctx.query.getAll('attributes[]').concat(ctx.query.getAll('attributes'));
		for (const a of projection) {
			if (!this.db.catalogue[a])
				return v1err(400, `The attribute ${a} is not allowed for this credential`, 0);
		}
		let items = this.db.employees;
		const since = ctx.query.get('updated_since');
		if (since !== null) {
			const ms = U.parseDateTime(since);
			if (Number.isNaN(ms))
				return v1err(400, 'The updated since does not match the format Y-m-d\\TH:i:s.', 0);
			// email is ignored with updated_since; pagination still applies (changelog 2023-11-16)
			items = projection.length
				? items.filter((e) => projection.some((a) => (e.changed[a] || 0) > ms))
				: items.filter((e) => e.updated_at > ms);
		} else {
			const email = ctx.query.get('email');
			if (email !== null)
				items = items.filter((e) => e.email.toLowerCase() === email.toLowerCase());
		}
		return json(
			200,
			this.v1List(items, {
				limit,
				offset,
				mode: 'record0',
				render: (e) => F.v1Employee(e, this.db, projection),
			}),
		);
	});

	sb.route('GET', '/v1/company/employees/attributes', 'v1', function () {
		const data = Object.entries(this.db.catalogue).map(([key, d]) => ({
			key,
			label: d.label,
			type: d.type,
			universal_id: d.universal_id,
			options: d.options || [],
		}));
		return json(200, { success: true, data });
	});

	sb.route('GET', '/v1/company/employees/custom-attributes', 'v1', function () {
		const data = this.db.dynamicAttributes.map((d) => ({
			key: `dynamic_${d.id}`,
			label: d.label,
			type: d.type,
			universal_id: d.universal_id,
			options: d.options || [],
		}));
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
		return (
			list.find(
				(x) => x.name.toLowerCase() === String(val).toLowerCase() || String(x.id) === String(val),
			) || null
		);
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
			if (!GENDERS.includes(String(input.gender)))
				throw new HttpError(v1err(422, `The selected gender is invalid.`, 422));
			set('gender', String(input.gender));
		}
		if (input.status !== undefined) {
			if (!STATUSES.includes(String(input.status)))
				throw new HttpError(v1err(422, `The selected status is invalid.`, 422));
			set('status', String(input.status));
		}
		if (input.weekly_working_hours !== undefined) {
			const n = Number(input.weekly_working_hours);
			if (Number.isNaN(n))
				throw new HttpError(v1err(422, 'The weekly working hours must be a number.', 422));
			set('weekly_working_hours', n);
		}
		if (input.hire_date !== undefined) {
			if (!U.isDate(String(input.hire_date)))
				throw new HttpError(v1err(422, 'The hire date does not match the format Y-m-d.', 422));
			set('hire_date', String(input.hire_date));
			if (creating && input.status === undefined)
				emp.status = dateMs(input.hire_date) > Date.now() ? 'onboarding' : 'active';
		}
		if (
			input.supervisor_id !== undefined &&
			input.supervisor_id !== null &&
			input.supervisor_id !== ''
		) {
			const sid = Number(input.supervisor_id);
			if (!db.employeeById.has(sid))
				throw new HttpError(v1err(422, `Supervisor with ID ${input.supervisor_id} not found`, 422));
			set('supervisor_id', sid);
		}
		for (const [field, list, key] of [
			['department', db.departments, 'department_id'],
			['office', db.offices, 'office_id'],
			['subcompany', db.subcompanies, 'subcompany_id'],
		]) {
			const found = findNamed(list, input[field]);
			if (found === null)
				meta.push(`The ${field} "${input[field]}" does not exist and was ignored.`);
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
		const missing = ['email', 'first_name', 'last_name'].filter(
			(k) => !input[k] || !String(input[k]).trim(),
		);
		if (missing.length) {
			return v1err(422, 'The given data failed to pass validation.', 422, {
				error_data: Object.fromEntries(
					missing.map((k) => [k, [`The ${k.replace('_', ' ')} field is required.`]]),
				),
			});
		}
		const email = String(input.email).trim();
		if (!EMAIL_RE.test(email)) return v1err(422, 'The email must be a valid email address.', 422);
		if (this.db.employees.some((e) => e.email.toLowerCase() === email.toLowerCase()))
			return v1err(422, `Employee with email ${email} already exists.`, 422);
		const now = this.now();
		const emp = {
			id: this.db.ids.employee++,
			first_name: '',
			last_name: '',
			preferred_name: '',
			email,
			gender: 'diverse',
			status: 'active',
			position: '',
			department_id: null,
			office_id: null,
			subcompany_id: this.db.subcompanies[0].id,
			team_id: null,
			cost_center_index: -1,
			employment_type: 'internal',
			weekly_working_hours: 40,
			hire_date: null,
			contract_end_date: null,
			termination_date: null,
			probation_period_end: null,
			supervisor_id: null,
			fix_salary: 0,
			created_at: now,
			updated_at: now,
			changed: {},
			employment_id: crypto.randomUUID(),
			custom: {},
		};
		const { meta } = applyEmployeeFields(this.db, emp, input, { creating: true });
		if (!emp.hire_date && input.status === undefined) emp.status = 'active';
		for (const k of ['first_name', 'last_name', 'email', 'status', 'created_at'])
			emp.changed[k] = now;
		this.db.employees.push(emp);
		this.db.employeeById.set(emp.id, emp);
		return json(200, {
			success: true,
			data: { id: emp.id, message: 'success' },
			...(meta.length ? { meta } : {}),
		});
	});

	sb.route('PATCH', '/v1/company/employees/{id}', 'v1', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id);
		const b = bodyObject(ctx);
		const input = b.employee && typeof b.employee === 'object' ? b.employee : b;
		const clean = {};
		// email and unknown fields are silently ignored
		for (const k of EMPLOYEE_FIELDS) if (input[k] !== undefined) clean[k] = input[k];
		const { changed, meta } = applyEmployeeFields(this.db, emp, clean, { creating: false });
		if (changed.length) this.touch(emp, changed);
		return json(200, { success: true, data: { id: emp.id, message: 'success' }, meta });
	});

	sb.route('GET', '/v1/company/employees/{id}/absences/balance', 'v1', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id);
		const year = new Date(this.now()).getUTCFullYear();
		const today = new Date(this.now()).toISOString().slice(0, 10);
		const data = this.db.timeOffTypes
			.filter((t) => t.unit === 'day')
			.map((t) => {
				const mine = this.db.timeOffs.filter(
					(x) =>
						x.employee_id === emp.id &&
						x.time_off_type_id === t.id &&
						x.status !== 'rejected' &&
						x.start_date.startsWith(String(year)),
				);
				const taken = mine
					.filter((x) => x.start_date <= today)
					.reduce((s, x) => s + x.days_count, 0);
				const planned = mine.reduce((s, x) => s + x.days_count, 0);
				const ent = t.entitlement || 0;
				return {
					id: t.id,
					name: t.name,
					category: t.category,
					balance: ent - taken,
					available_balance: ent - planned,
				};
			});
		return json(200, { success: true, data });
	});
};
