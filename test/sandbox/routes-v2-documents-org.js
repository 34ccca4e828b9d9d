'use strict';
/* v2 documents (document management), legal entities and compensation writes. */

const crypto = require('crypto');
const { notFound, unprocessable, bodyObject, byId } = require('./v2-request');

const COMPENSATION_INTERVALS = ['MONTHLY', 'QUARTERLY', 'HALF-YEARLY', 'YEARLY'];

module.exports = function registerV2DocumentsOrg(sb, { json, problem, empty, F }) {
	// absence periods and types: routes-absence-org.js

	// attendance periods and projects: routes-attendance.js

	// ---------------------------------------------------------------- documents ----
	sb.route('GET', '/v2/document-management/documents', 'v2', function (ctx) {
		const owner = ctx.query.get('owner_id');
		if (!owner)
			return problem(
				400,
				'Bad request',
				'The owner_id query parameter is required.',
				'common.bad_request',
			);
		let items = this.db.documents.filter((d) => String(d.employee_id) === owner);
		const cat = ctx.query.get('category_id');
		if (cat) items = items.filter((d) => String(d.category_id) === cat);
		items = this.v2TimeFilters(ctx, items, 'created_at', (d) => d.created_at);
		items = this.v2TimeFilters(ctx, items, 'updated_at', (d) => d.updated_at);
		return this.v2List(ctx, items, (d) => F.v2Document(d, this.db, ctx.base), {
			min: 1,
			max: 100,
			dflt: 50,
		});
	});
	sb.route('GET', '/v2/document-management/documents/{id}', 'v2', function (ctx) {
		const d = this.db.documents.find((x) => x.id === ctx.params.id);
		return d ? json(200, F.v2Document(d, this.db, ctx.base)) : notFound();
	});
	sb.route('GET', '/v2/document-management/documents/{id}/download', 'v2', function (ctx) {
		const d = this.db.documents.find((x) => x.id === ctx.params.id);
		if (!d) return notFound();
		return {
			status: 200,
			headers: {
				'content-type': d.mimetype,
				'content-disposition': `attachment; filename="${d.file_name.replace(/"/g, '')}"`,
			},
			body: d.content,
		};
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
		return this.v2List(
			ctx,
			items,
			(l) => ({
				id: l.id,
				name: l.name,
				country: l.country,
				address: { city: l.city, country: l.country },
				created_at: l.created_at,
				updated_at: l.updated_at,
			}),
			{ min: 1, max: 100, dflt: 100 },
		);
	});
	sb.route('GET', '/v2/legal-entities/{id}', 'v2', function (ctx) {
		const l = this.db.legalEntities.find((x) => x.id === ctx.params.id);
		return l
			? json(200, {
					id: l.id,
					name: l.name,
					country: l.country,
					address: { city: l.city, country: l.country },
					created_at: l.created_at,
					updated_at: l.updated_at,
				})
			: notFound();
	});
	// org units, cost centers, workplaces and the compensations list: routes-absence-org.js

	// Write shape per the reference page post_v2-compensations: {person:{id}, type:{id}, value, effective_from,
	// currency? (ISO 4217), interval? (MONTHLY, QUARTERLY, HALF-YEARLY, YEARLY), comment?}.
	sb.route('POST', '/v2/compensations', 'v2', function (ctx) {
		const b = bodyObject(ctx);
		const personId = b.person && b.person.id !== undefined ? String(b.person.id) : '';
		if (!personId || !b.type || !b.type.id || typeof b.value !== 'number' || !b.effective_from) {
			return unprocessable('person.id, type.id, value (number) and effective_from are required.');
		}
		if (b.currency !== undefined && !/^[A-Z]{3}$/.test(String(b.currency)))
			return unprocessable('currency must be an ISO 4217 code.');
		if (b.interval !== undefined && !COMPENSATION_INTERVALS.includes(b.interval))
			return unprocessable(`interval must be one of ${COMPENSATION_INTERVALS.join(', ')}.`);
		if (!this.db.employeeById.has(Number(personId)))
			return problem(
				404,
				'Not found',
				'The person was not found.',
				'common.requested_resource_not_found',
			);
		const now = this.now();
		const compensation = {
			id: crypto.randomUUID(),
			person_id: personId,
			type: { id: String(b.type.id), name: String(b.type.id) },
			value: b.value,
			currency: b.currency ?? 'EUR',
			// Assumption: the sandbox does not know the type's category; without an interval it is one-time.
			interval: b.interval ?? 'ONE_TIME',
			effective_from: String(b.effective_from),
			comment: b.comment ?? null,
			created_at: new Date(now).toISOString(),
			updated_at: new Date(now).toISOString(),
		};
		this.db.compensations.push(compensation);
		return json(201, {
			id: compensation.id,
			_meta: { links: { self: { href: `${ctx.base}/v2/compensations/${compensation.id}` } } },
		});
	});
};
