'use strict';
/*
 * What HR does in Personio's web app, for tests that change the data set while n8n watches it:
 *
 *   POST   /__sandbox/employees                  { employee: {...} }  create, as POST /v1/company/employees
 *   PATCH  /__sandbox/employees/{id}             { employee: {...} }  update, as PATCH /v1/company/employees/{id}
 *   POST   /__sandbox/employees/{id}/terminate   { termination_date?: 'YYYY-MM-DD' }
 *   DELETE /__sandbox/employees/{id}
 *
 * Create and update answer as the API routes do, but are not API calls of the integration under test:
 * they are neither logged nor counted. Personio's API can neither terminate nor delete; as in Personio,
 * a termination is a change (`last_modified_at` moves, the employee stays listed as inactive) and a
 * deleted employee is gone: absent from every list and 404 on GET, with the records that hung on them
 * (absences, attendances, documents); people they supervised lose the supervisor, which changes them.
 */

const { json, HttpError } = require('./responses');

module.exports = {
	terminateEmployee(id, { termination_date: date } = {}) {
		const emp = this.db.employeeById.get(Number(id));
		if (!emp) return null;
		const day = date || new Date(this.now()).toISOString().slice(0, 10);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error('termination_date must be YYYY-MM-DD');
		const changed = [];
		if (emp.termination_date !== day) {
			emp.termination_date = day;
			changed.push('termination_date', 'termination_type');
		}
		if (emp.status !== 'inactive') {
			emp.status = 'inactive';
			changed.push('status');
		}
		if (changed.length) this.touch(emp, changed);
		return emp;
	},

	deleteEmployee(id) {
		const emp = this.db.employeeById.get(Number(id));
		if (!emp) return false;
		this.db.employees = this.db.employees.filter((e) => e !== emp);
		this.db.employeeById.delete(emp.id);
		this.stats.deletedEmployees = [...(this.stats.deletedEmployees || []), emp.id];
		for (const other of this.db.employees) {
			if (other.supervisor_id === emp.id) {
				other.supervisor_id = null;
				this.touch(other, ['supervisor']);
			}
		}
		const mine = (r) =>
			r &&
			typeof r === 'object' &&
			(Number(r.employee_id) === emp.id ||
				String(r.person_id) === String(emp.id) ||
				String(r.owner_id) === String(emp.id));
		for (const key of [
			'timeOffs',
			'absencePeriods',
			'attendances',
			'attendancePeriods',
			'documents',
		]) {
			const list = this.db[key];
			if (Array.isArray(list)) this.db[key] = list.filter((r) => !mine(r));
		}
		return true;
	},

	/** Runs a v1 employee route as HR's own edit: same answer, no log entry, no request count. */
	async asHr(method, apiPath, body) {
		const { route, params } = this.match(method, apiPath);
		const ctx = {
			method,
			path: apiPath,
			params,
			query: new URLSearchParams(),
			headers: {},
			body,
			bodyKind: 'json',
			files: {},
		};
		try {
			return await route.handler.call(this, ctx);
		} catch (e) {
			if (e instanceof HttpError) return e.response;
			throw e;
		}
	},

	/** The /__sandbox/employees... control endpoints; undefined when the path is not one of them. */
	async employeeControl(method, path, body) {
		if (path === '/employees' && method === 'POST')
			return await this.asHr('POST', '/v1/company/employees', body);
		const m = /^\/employees\/(\d+)(\/terminate)?$/.exec(path);
		if (!m) return undefined;
		if (method === 'PATCH' && !m[2])
			return await this.asHr('PATCH', `/v1/company/employees/${m[1]}`, body);
		if (method === 'POST' && m[2]) {
			const emp = this.terminateEmployee(m[1], body);
			return emp
				? json(200, { id: emp.id, status: emp.status, termination_date: emp.termination_date })
				: json(404, { error: `no employee ${m[1]}` });
		}
		if (method === 'DELETE' && !m[2]) {
			const deleted = this.deleteEmployee(m[1]);
			return json(deleted ? 200 : 404, { deleted });
		}
		return undefined;
	},
};
