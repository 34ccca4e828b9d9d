'use strict';
/* v2 API routes: persons, employments, absences, documents, org data, recruiting reads, webhooks. */

const crypto = require('crypto');

module.exports = function registerV2(sb, { json, problem, empty, HttpError, F, D, U, WEBHOOK_EVENTS }) {
	const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
	const notFound = () => problem(404, 'Resource not found', 'There is no resource for the specified id.', 'common.resource_not_found');
	const unprocessable = (detail) => problem(422, 'Unprocessable entity', detail, 'common.unprocessable_entity');
	function bodyObject(ctx) {
		if (ctx.bodyKind !== 'json' && ctx.bodyKind !== 'none') throw new HttpError(problem(415, 'Unsupported media type', 'The request body must be application/json.', 'common.unsupported_media_type'));
		if (ctx.bodyError) throw new HttpError(problem(400, 'Bad request', `Malformed JSON body: ${ctx.bodyError}`, 'common.bad_request'));
		return ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
	}
	const byId = (ids) => (x) => !ids || ids.includes(String(x.id));
	const GENDER_IN = { MALE: 'male', FEMALE: 'female', DIVERSE: 'diverse', UNSPECIFIED: 'diverse' };

	// ---------------------------------------------------------------- persons ----
	sb.route('GET', '/v2/persons', 'v2', function (ctx) {
		let items = this.db.employees;
		const ids = this.v2IdList(ctx, 'id');
		if (ids) items = items.filter(byId(ids));
		const emails = this.v2IdList(ctx, 'email');
		if (emails) items = items.filter((e) => emails.map((x) => x.toLowerCase()).includes(e.email.toLowerCase()));
		for (const f of ['first_name', 'last_name', 'preferred_name']) {
			const v = ctx.query.get(f);
			if (v !== null) items = items.filter((e) => (e[f] || '').toLowerCase() === v.toLowerCase());
		}
		const status = ctx.query.get('status');
		if (status !== null) {
			if (!['ACTIVE', 'INACTIVE'].includes(status)) return problem(400, 'Bad request', 'Provided request parameters are invalid.', 'common.bad_request');
			items = items.filter((e) => (['active', 'onboarding', 'leave'].includes(e.status) ? 'ACTIVE' : 'INACTIVE') === status);
		}
		items = this.v2TimeFilters(ctx, items, 'updated_at', (e) => e.updated_at);
		items = this.v2TimeFilters(ctx, items, 'created_at', (e) => e.created_at);
		return this.v2List(ctx, items, (e) => F.v2Person(e, this.db, ctx.base), { min: 1, max: 50, dflt: 10 });
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
				if (!ca || !db.catalogue[ca.id] || !String(ca.id).startsWith('dynamic_')) throw new HttpError(unprocessable(`Unknown custom attribute ${ca && ca.id}.`));
				emp.custom[ca.id] = Array.isArray(ca.value) ? ca.value.join(',') : ca.value;
				changed.push(ca.id);
			}
		}
		return changed;
	}

	sb.route('POST', '/v2/persons', 'v2', function (ctx) {
		const b = bodyObject(ctx);
		const missing = ['first_name', 'last_name', 'email'].filter((k) => !b[k] || !String(b[k]).trim());
		if (missing.length) return unprocessable(`Missing required field(s): ${missing.join(', ')}.`);
		if (!EMAIL_RE.test(b.email)) return unprocessable('The email is not valid.');
		if (this.db.employees.some((e) => e.email.toLowerCase() === String(b.email).toLowerCase())) return problem(409, 'Conflict', 'A person with this email already exists.', 'common.conflict');
		const now = this.now();
		const empl = Array.isArray(b.employments) && b.employments[0] ? b.employments[0] : {};
		const emp = {
			id: this.db.ids.employee++, first_name: '', last_name: '', preferred_name: '', email: String(b.email), gender: 'diverse',
			status: empl.status ? String(empl.status).toLowerCase() : 'active', position: (empl.position && empl.position.title) || '',
			department_id: null, office_id: empl.office && empl.office.id ? Number(empl.office.id) : null, subcompany_id: this.db.subcompanies[0].id, team_id: null, cost_center_index: -1,
			employment_type: empl.type === 'EXTERNAL' ? 'external' : 'internal', weekly_working_hours: empl.weekly_working_hours ?? 40,
			hire_date: empl.employment_start_date || null, contract_end_date: null, termination_date: null, probation_period_end: null,
			supervisor_id: empl.supervisor && empl.supervisor.id ? Number(empl.supervisor.id) : null, fix_salary: 0,
			created_at: now, updated_at: now, changed: {}, employment_id: crypto.randomUUID(), custom: {},
		};
		if (emp.supervisor_id && !this.db.employeeById.has(emp.supervisor_id)) return unprocessable(`Supervisor ${emp.supervisor_id} not found.`);
		applyPerson(this.db, emp, b);
		for (const k of ['first_name', 'last_name', 'email']) emp.changed[k] = now;
		this.db.employees.push(emp);
		this.db.employeeById.set(emp.id, emp);
		return json(201, { id: String(emp.id), _meta: { links: { self: { href: `${ctx.base}/v2/persons/${emp.id}` } } } });
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
		return this.v2List(ctx, items, (e) => F.v2Employment(e, this.db, ctx.base), { min: 1, max: 50, dflt: 10 });
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
			if (typeof b.weekly_working_hours !== 'number') return unprocessable('weekly_working_hours must be a number.');
			emp.weekly_working_hours = b.weekly_working_hours;
			changed.push('weekly_working_hours');
		}
		if (b.status !== undefined) {
			if (!['ACTIVE', 'INACTIVE', 'ONBOARDING', 'LEAVE'].includes(b.status)) return unprocessable(`Invalid status ${b.status}.`);
			emp.status = b.status.toLowerCase();
			changed.push('status');
		}
		if (b.supervisor && b.supervisor.id !== undefined) {
			const sid = Number(b.supervisor.id);
			if (!this.db.employeeById.has(sid) || sid === emp.id) return unprocessable(`Supervisor ${b.supervisor.id} not found.`);
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
			if (b[k] !== null && !U.isDate(b[k])) return unprocessable(`${k} must be a date (YYYY-MM-DD).`);
			const target = { employment_start_date: 'hire_date', probation_end_date: 'probation_period_end', contract_end_date: 'contract_end_date' }[k];
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

	// absence periods and types: routes-absence-org.js

	// attendance periods and projects: routes-attendance.js

	// ---------------------------------------------------------------- documents ----
	sb.route('GET', '/v2/document-management/documents', 'v2', function (ctx) {
		const owner = ctx.query.get('owner_id');
		if (!owner) return problem(400, 'Bad request', 'The owner_id query parameter is required.', 'common.bad_request');
		let items = this.db.documents.filter((d) => String(d.employee_id) === owner);
		const cat = ctx.query.get('category_id');
		if (cat) items = items.filter((d) => String(d.category_id) === cat);
		items = this.v2TimeFilters(ctx, items, 'created_at', (d) => d.created_at);
		items = this.v2TimeFilters(ctx, items, 'updated_at', (d) => d.updated_at);
		return this.v2List(ctx, items, (d) => F.v2Document(d, this.db, ctx.base), { min: 1, max: 100, dflt: 50 });
	});
	sb.route('GET', '/v2/document-management/documents/{id}', 'v2', function (ctx) {
		const d = this.db.documents.find((x) => x.id === ctx.params.id);
		return d ? json(200, F.v2Document(d, this.db, ctx.base)) : notFound();
	});
	sb.route('GET', '/v2/document-management/documents/{id}/download', 'v2', function (ctx) {
		const d = this.db.documents.find((x) => x.id === ctx.params.id);
		if (!d) return notFound();
		return { status: 200, headers: { 'content-type': d.mimetype, 'content-disposition': `attachment; filename="${d.file_name.replace(/"/g, '')}"` }, body: d.content };
	});
	sb.route('DELETE', '/v2/document-management/documents/{id}', 'v2', function (ctx) {
		const i = this.db.documents.findIndex((x) => x.id === ctx.params.id);
		if (i < 0) return notFound();
		this.db.documents.splice(i, 1);
		return empty(204);
	});

	// ---------------------------------------------------------------- org data ----
	sb.route('GET', '/v2/legal-entities', 'v2', function (ctx) {
		let items = this.db.legalEntities;
		const ids = this.v2IdList(ctx, 'id');
		if (ids) items = items.filter(byId(ids));
		return this.v2List(ctx, items, (l) => ({ id: l.id, name: l.name, country: l.country, address: { city: l.city, country: l.country }, created_at: l.created_at, updated_at: l.updated_at }), { min: 1, max: 100, dflt: 100 });
	});
	sb.route('GET', '/v2/legal-entities/{id}', 'v2', function (ctx) {
		const l = this.db.legalEntities.find((x) => x.id === ctx.params.id);
		return l ? json(200, { id: l.id, name: l.name, country: l.country, address: { city: l.city, country: l.country }, created_at: l.created_at, updated_at: l.updated_at }) : notFound();
	});
	// org units, cost centers, workplaces and the compensations list: routes-absence-org.js

	// Write shape per the developer hub (no local spec): {person:{id}, type:{id}, value, effective_from, comment?}.
	sb.route('POST', '/v2/compensations', 'v2', function (ctx) {
		const b = bodyObject(ctx);
		const personId = b.person && b.person.id !== undefined ? String(b.person.id) : '';
		if (!personId || !b.type || !b.type.id || typeof b.value !== 'number' || !b.effective_from) {
			return unprocessable('person.id, type.id, value (number) and effective_from are required.');
		}
		if (!this.db.employeeById.has(Number(personId))) return problem(404, 'Not found', 'The person was not found.', 'common.requested_resource_not_found');
		const now = this.now();
		const compensation = {
			id: crypto.randomUUID(), person_id: personId, type: { id: String(b.type.id), name: String(b.type.id) }, value: b.value,
			currency: 'EUR', interval: 'ONE_TIME', effective_from: String(b.effective_from), comment: b.comment ?? null,
			created_at: new Date(now).toISOString(), updated_at: new Date(now).toISOString(),
		};
		this.db.compensations.push(compensation);
		return json(201, { id: compensation.id, _meta: { links: { self: { href: `${ctx.base}/v2/compensations/${compensation.id}` } } } });
	});

	// ---------------------------------------------------------------- recruiting reads ----
	const recTime = (x) => x.updated_at;
	function recruitingList(name, getItems, render, filters) {
		sb.route('GET', `/v2/recruiting/${name}`, 'v2', function (ctx) {
			// The recruiting lists refuse both bounds of updated_at together.
			if (ctx.query.get('updated_at.gt') !== null && ctx.query.get('updated_at.lt') !== null) {
				return problem(400, 'Bad request', 'updated_at.gt and updated_at.lt cannot be used together.', 'common.bad_request');
			}
			let items = getItems(this.db);
			if (filters) items = filters.call(this, ctx, items);
			items = this.v2TimeFilters(ctx, items, 'updated_at', recTime);
			items = this.v2TimeFilters(ctx, items, 'created_at', (x) => x.created_at);
			return this.v2List(ctx, items, render, { min: 1, max: 100, dflt: 50 });
		});
		sb.route('GET', `/v2/recruiting/${name}/{id}`, 'v2', function (ctx) {
			const x = getItems(this.db).find((y) => String(y.id) === ctx.params.id);
			return x ? json(200, render(x)) : notFound();
		});
	}
	recruitingList('applications', (db) => db.applications, F.v2Application, function (ctx, items) {
		const email = ctx.query.get('candidate.email');
		if (email) items = items.filter((a) => a.email.toLowerCase() === email.toLowerCase());
		const job = ctx.query.get('job.id');
		if (job) items = items.filter((a) => String(a.job_id) === job);
		return items;
	});
	recruitingList('candidates', (db) => db.candidates, F.v2Candidate, function (ctx, items) {
		const email = ctx.query.get('email');
		return email ? items.filter((c) => c.email.toLowerCase() === email.toLowerCase()) : items;
	});
	recruitingList('jobs', (db) => db.jobs, F.v2Job);
	recruitingList('categories', (db) => db.recruitingCategories.map((c) => ({ ...c, created_at: D.BASE_TIME - 500 * D.DAY, updated_at: D.BASE_TIME - 100 * D.DAY })), (c) => ({ id: c.id, name: c.name }));
	sb.route('GET', '/v2/recruiting/applications/{id}/stage-transitions', 'v2', function (ctx) {
		const a = this.db.applications.find((x) => x.id === ctx.params.id);
		if (!a) return notFound();
		return this.v2List(ctx, [{ id: `${a.id}-1`, from: null, to: 'unassigned', created_at: { 'date-time': D.isoZ(a.created_at), timezone: 'Europe/Berlin' } }], (x) => x, { min: 1, max: 100, dflt: 50 });
	});

	// ---------------------------------------------------------------- webhooks ----
	function validateWebhook(b, partial) {
		const errs = [];
		if (!partial || b.url !== undefined) {
			let u = null;
			try {
				u = new URL(b.url);
			} catch (e) {
				errs.push('url must be a valid absolute URL');
			}
			if (u && u.protocol !== 'https:' && !(u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname))) errs.push('url must use HTTPS');
		}
		if (!partial || b.description !== undefined) if (!b.description || !String(b.description).trim()) errs.push('description is required');
		if (!partial || b.enabled_events !== undefined) {
			if (!Array.isArray(b.enabled_events) || !b.enabled_events.length) errs.push('enabled_events must be a non-empty array');
			else for (const e of b.enabled_events) if (!WEBHOOK_EVENTS.includes(e)) errs.push(`unknown event ${e}`);
		}
		if (b.status !== undefined && !['ENABLED', 'DISABLED'].includes(b.status)) errs.push('status must be ENABLED or DISABLED');
		if (b.auth_type !== undefined && !['NONE', 'TOKEN', 'CUSTOM'].includes(b.auth_type)) errs.push('auth_type must be NONE, TOKEN or CUSTOM');
		if (b.custom_headers !== undefined && (!Array.isArray(b.custom_headers) || b.custom_headers.length > 3)) errs.push('custom_headers must be an array of at most 3 headers');
		if (errs.length) throw new HttpError(unprocessable(errs.join('; ')));
	}
	sb.route('POST', '/v2/webhooks', 'v2', function (ctx) {
		const b = bodyObject(ctx);
		validateWebhook(b, false);
		if (this.db.webhooks.some((w) => w.url === b.url)) return problem(409, 'Conflict', 'A webhook with this URL already exists.', 'webhooks.conflict');
		const now = this.now();
		const w = {
			id: crypto.randomUUID(), url: b.url, description: b.description, status: b.status || 'DISABLED', auth_type: b.auth_type || 'TOKEN',
			token: b.token || null, custom_headers: b.custom_headers || [], enabled_events: b.enabled_events, created_at: now, updated_at: now, deliveries: [],
		};
		this.db.webhooks.push(w);
		return json(201, F.v2Webhook(w));
	});
	sb.route('GET', '/v2/webhooks', 'v2', function (ctx) {
		return this.v2List(ctx, this.db.webhooks, F.v2Webhook, { min: 1, max: 100, dflt: 100 });
	});
	sb.route('GET', '/v2/webhooks/{id}', 'v2', function (ctx) {
		const w = this.db.webhooks.find((x) => x.id === ctx.params.id);
		return w ? json(200, F.v2Webhook(w)) : notFound();
	});
	sb.route('GET', '/v2/webhooks/{id}/deliveries', 'v2', function (ctx) {
		const w = this.db.webhooks.find((x) => x.id === ctx.params.id);
		if (!w) return notFound();
		return this.v2List(ctx, w.deliveries || [], (d) => ({ id: `${d.delivery_id}-${d.attempt}`, delivery_id: d.delivery_id, event_name: d.event_name, status_code: d.status, success: d.ok, sent_at: d.sent_at }), { min: 1, max: 100, dflt: 100 });
	});
	sb.route('PATCH', '/v2/webhooks/{id}', 'v2', function (ctx) {
		const w = this.db.webhooks.find((x) => x.id === ctx.params.id);
		if (!w) return notFound();
		const b = bodyObject(ctx);
		validateWebhook(b, true);
		for (const k of ['url', 'description', 'status', 'auth_type', 'token', 'custom_headers', 'enabled_events']) if (b[k] !== undefined) w[k] = b[k];
		w.updated_at = this.now();
		return json(200, F.v2Webhook(w));
	});
	sb.route('DELETE', '/v2/webhooks/{id}', 'v2', function (ctx) {
		const i = this.db.webhooks.findIndex((x) => x.id === ctx.params.id);
		if (i < 0) return notFound();
		this.db.webhooks.splice(i, 1);
		return empty(204);
	});
};
