'use strict';
/* v2 persons and their employments: list, get, create, update. */

const crypto = require('crypto');
const { notFound, unprocessable, bodyObject, byId } = require('./v2-request');

module.exports = function registerV2People(sb, { json, problem, HttpError, F, U }) {
	const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
	const GENDER_IN = { MALE: 'male', FEMALE: 'female', DIVERSE: 'diverse', UNSPECIFIED: 'diverse' };

	// ---------------------------------------------------------------- persons ----
	sb.route('GET', '/v2/persons', 'v2', function (ctx) {
		let items = this.db.employees;
		const ids = this.v2IdList(ctx, 'id');
		if (ids) items = items.filter(byId(ids));
		const emails = this.v2IdList(ctx, 'email');
		if (emails)
			items = items.filter((e) =>
				emails.map((x) => x.toLowerCase()).includes(e.email.toLowerCase()),
			);
		for (const f of ['first_name', 'last_name', 'preferred_name']) {
			const v = ctx.query.get(f);
			if (v !== null) items = items.filter((e) => (e[f] || '').toLowerCase() === v.toLowerCase());
		}
		const status = ctx.query.get('status');
		if (status !== null) {
			if (!['ACTIVE', 'INACTIVE'].includes(status))
				return problem(
					400,
					'Bad request',
					'Provided request parameters are invalid.',
					'common.bad_request',
				);
			items = items.filter(
				(e) =>
					(['active', 'onboarding', 'leave'].includes(e.status) ? 'ACTIVE' : 'INACTIVE') === status,
			);
		}
		items = this.v2TimeFilters(ctx, items, 'updated_at', (e) => e.updated_at);
		items = this.v2TimeFilters(ctx, items, 'created_at', (e) => e.created_at);
		return this.v2List(ctx, items, (e) => F.v2Person(e, this.db, ctx.base), {
			min: 1,
			max: 50,
			dflt: 10,
		});
	});

	sb.route('GET', '/v2/persons/{id}', 'v2', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id, 'v2');
		return json(200, F.v2Person(emp, this.db, ctx.base));
	});

	function applyPerson(db, emp, b) {
		const changed = [];
		for (const k of ['first_name', 'last_name', 'preferred_name']) {
			if (b[k] !== undefined && emp[k] !== String(b[k])) {
				emp[k] = String(b[k]);
				changed.push(k);
			}
		}
		if (b.gender !== undefined) {
			const g = GENDER_IN[String(b.gender).toUpperCase()];
			if (!g) throw new HttpError(unprocessable(`Invalid gender ${b.gender}.`));
			emp.gender = g;
			changed.push('gender');
		}
		if (Array.isArray(b.custom_attributes)) {
			for (const ca of b.custom_attributes) {
				if (!ca || !db.catalogue[ca.id] || !String(ca.id).startsWith('dynamic_'))
					throw new HttpError(unprocessable(`Unknown custom attribute ${ca && ca.id}.`));
				emp.custom[ca.id] = Array.isArray(ca.value) ? ca.value.join(',') : ca.value;
				changed.push(ca.id);
			}
		}
		return changed;
	}

	sb.route('POST', '/v2/persons', 'v2', function (ctx) {
		const b = bodyObject(ctx);
		const missing = ['first_name', 'last_name', 'email'].filter(
			(k) => !b[k] || !String(b[k]).trim(),
		);
		if (missing.length) return unprocessable(`Missing required field(s): ${missing.join(', ')}.`);
		if (!EMAIL_RE.test(b.email)) return unprocessable('The email is not valid.');
		if (this.db.employees.some((e) => e.email.toLowerCase() === String(b.email).toLowerCase()))
			return problem(
				409,
				'Conflict',
				'A person with this email already exists.',
				'common.conflict',
			);
		const now = this.now();
		const empl = Array.isArray(b.employments) && b.employments[0] ? b.employments[0] : {};
		const emp = {
			id: this.db.ids.employee++,
			first_name: '',
			last_name: '',
			preferred_name: '',
			email: String(b.email),
			gender: 'diverse',
			status: empl.status ? String(empl.status).toLowerCase() : 'active',
			position: (empl.position && empl.position.title) || '',
			department_id: null,
			office_id: empl.office && empl.office.id ? Number(empl.office.id) : null,
			subcompany_id: this.db.subcompanies[0].id,
			team_id: null,
			cost_center_index: -1,
			employment_type: empl.type === 'EXTERNAL' ? 'external' : 'internal',
			weekly_working_hours: empl.weekly_working_hours ?? 40,
			hire_date: empl.employment_start_date || null,
			contract_end_date: null,
			termination_date: null,
			probation_period_end: null,
			supervisor_id: empl.supervisor && empl.supervisor.id ? Number(empl.supervisor.id) : null,
			fix_salary: 0,
			created_at: now,
			updated_at: now,
			changed: {},
			employment_id: crypto.randomUUID(),
			custom: {},
		};
		if (emp.supervisor_id && !this.db.employeeById.has(emp.supervisor_id))
			return unprocessable(`Supervisor ${emp.supervisor_id} not found.`);
		applyPerson(this.db, emp, b);
		for (const k of ['first_name', 'last_name', 'email']) emp.changed[k] = now;
		this.db.employees.push(emp);
		this.db.employeeById.set(emp.id, emp);
		return json(201, {
			id: String(emp.id),
			_meta: { links: { self: { href: `${ctx.base}/v2/persons/${emp.id}` } } },
		});
	});

	sb.route('PATCH', '/v2/persons/{id}', 'v2', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id, 'v2');
		const b = bodyObject(ctx);
		if (b.email !== undefined && b.email !== emp.email) {
			if (!EMAIL_RE.test(b.email)) return unprocessable('The email is not valid.');
			emp.email = String(b.email);
			emp.changed.email = this.now();
		}
		const changed = applyPerson(this.db, emp, b);
		this.touch(emp, changed);
		return json(200, F.v2Person(emp, this.db, ctx.base));
	});

	// ---------------------------------------------------------------- employments ----
	sb.route('GET', '/v2/persons/{id}/employments', 'v2', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id, 'v2');
		let items = [emp];
		const ids = this.v2IdList(ctx, 'id');
		if (ids) items = items.filter((e) => ids.includes(e.employment_id));
		items = this.v2TimeFilters(ctx, items, 'updated_at', (e) => e.updated_at);
		return this.v2List(ctx, items, (e) => F.v2Employment(e, this.db, ctx.base), {
			min: 1,
			max: 50,
			dflt: 10,
		});
	});

	sb.route('GET', '/v2/persons/{id}/employments/{eid}', 'v2', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id, 'v2');
		if (emp.employment_id !== ctx.params.eid) return notFound();
		return json(200, F.v2Employment(emp, this.db, ctx.base));
	});

	sb.route('PATCH', '/v2/persons/{id}/employments/{eid}', 'v2', function (ctx) {
		const emp = this.requireEmployee(ctx.params.id, 'v2');
		if (emp.employment_id !== ctx.params.eid) return notFound();
		const b = bodyObject(ctx);
		const changed = [];
		if (b.position && b.position.title !== undefined) {
			emp.position = String(b.position.title);
			changed.push('position');
		}
		if (b.weekly_working_hours !== undefined) {
			if (typeof b.weekly_working_hours !== 'number')
				return unprocessable('weekly_working_hours must be a number.');
			emp.weekly_working_hours = b.weekly_working_hours;
			changed.push('weekly_working_hours');
		}
		if (b.status !== undefined) {
			if (!['ACTIVE', 'INACTIVE', 'ONBOARDING', 'LEAVE'].includes(b.status))
				return unprocessable(`Invalid status ${b.status}.`);
			emp.status = b.status.toLowerCase();
			changed.push('status');
		}
		if (b.supervisor && b.supervisor.id !== undefined) {
			const sid = Number(b.supervisor.id);
			if (!this.db.employeeById.has(sid) || sid === emp.id)
				return unprocessable(`Supervisor ${b.supervisor.id} not found.`);
			emp.supervisor_id = sid;
			changed.push('supervisor');
		}
		if (b.office && b.office.id !== undefined) {
			const o = this.db.offices.find((x) => String(x.id) === String(b.office.id));
			if (!o) return unprocessable(`Office ${b.office.id} not found.`);
			emp.office_id = o.id;
			changed.push('office');
		}
		for (const k of ['employment_start_date', 'probation_end_date', 'contract_end_date']) {
			if (b[k] === undefined) continue;
			if (b[k] !== null && !U.isDate(b[k]))
				return unprocessable(`${k} must be a date (YYYY-MM-DD).`);
			const target = {
				employment_start_date: 'hire_date',
				probation_end_date: 'probation_period_end',
				contract_end_date: 'contract_end_date',
			}[k];
			emp[target] = b[k];
			changed.push(target);
		}
		if (b.type !== undefined) {
			emp.employment_type = b.type === 'EXTERNAL' ? 'external' : 'internal';
			changed.push('employment_type');
		}
		this.touch(emp, changed);
		return json(200, F.v2Employment(emp, this.db, ctx.base));
	});
};
