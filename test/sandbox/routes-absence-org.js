'use strict';
/*
 * v2 absence periods and types, org data and compensations, with the refusals of the real API:
 * - absence periods (reference pages get_v2-absence-periods, get_v2-absence-periods-id-breakdowns,
 *   delete_v2-absence-periods-id): UUID ids for day- and hour-based absences, limit 1-100, breakdowns 1-28;
 * - org units: `type` required on the list and the single record (getorgunit);
 * - cost centers and workplaces: lists only, filterable by `id`, generally available (no Beta header);
 * - compensations: the window end_date - start_date may be at most one month (get_v2-compensations).
 * Registered before the routes-v2-*.js files; the first matching route answers.
 */

module.exports = function registerAbsenceOrg(sb, { json, problem, empty, F, D, U }) {
	const notFound = () =>
		problem(
			404,
			'Resource not found',
			'There is no resource for the specified id.',
			'common.resource_not_found',
		);
	const badRequest = (detail) => problem(400, 'Bad request', detail, 'common.bad_request');
	const byId = (ids) => (x) => !ids || ids.includes(String(x.id));

	// ---------------------------------------------------------------- absence types ----
	sb.route('GET', '/v2/absence-types', 'v2', function (ctx) {
		return this.v2List(ctx, this.db.timeOffTypes, F.v2AbsenceType, { min: 1, max: 100, dflt: 100 });
	});
	sb.route('GET', '/v2/absence-types/{id}', 'v2', function (ctx) {
		const t = this.db.timeOffTypes.find((x) => x.uuid === ctx.params.id);
		return t ? json(200, F.v2AbsenceType(t)) : notFound();
	});

	// ---------------------------------------------------------------- absence periods ----
	/** Day-based (time-offs) and hour-based absences alike, as v2 lists them. */
	function v2Absences(db) {
		return [
			...db.timeOffs.map((t) => ({
				rec: t,
				list: db.timeOffs,
				kind: 'day',
				id: F.timeOffUuid(t.id),
				person: String(t.employee_id),
				type: t.time_off_type_id,
				startMs: Date.parse(`${t.start_date}T00:00:00Z`),
				endMs: Date.parse(`${t.end_date}T23:59:59Z`),
				updated: t.updated_at,
			})),
			...db.absencePeriods.map((a) => ({
				rec: a,
				list: db.absencePeriods,
				kind: 'hour',
				id: a.id,
				person: String(a.employee_id),
				type: a.time_off_type_id,
				startMs: a.start,
				endMs: a.end == null ? Infinity : a.end,
				updated: a.updated_at,
			})),
		];
	}
	const render = (db) => (x) =>
		x.kind === 'day' ? F.v2AbsenceFromTimeOff(x.rec, db) : F.v2AbsenceFromPeriod(x.rec, db);
	const RANGE_FILTERS = [
		['starts_from.date_time.gte', (x, ms) => x.startMs >= ms],
		['starts_from.date_time.lte', (x, ms) => x.startMs <= ms],
		['ends_at.date_time.gte', (x, ms) => x.endMs >= ms],
		['ends_at.date_time.lte', (x, ms) => x.endMs <= ms],
	];

	sb.route('GET', '/v2/absence-periods', 'v2', function (ctx) {
		let items = v2Absences(this.db);
		const ids = this.v2IdList(ctx, 'id');
		if (ids) items = items.filter((x) => ids.includes(x.id));
		const persons = this.v2IdList(ctx, 'person.id');
		if (persons) items = items.filter((x) => persons.includes(x.person));
		const types = this.v2IdList(ctx, 'absence_type.id');
		if (types)
			items = items.filter((x) =>
				types.includes(this.db.timeOffTypes.find((t) => t.id === x.type).uuid),
			);
		for (const [key, keep] of RANGE_FILTERS) {
			const value = ctx.query.get(key);
			if (value === null) continue;
			// Assumption (README): absence date-times are local, written without an offset (reference page
			// post_v2-absence-periods), so an offset on these filters is refused as the attendance list does.
			if (/(Z|[+-]\d{2}:?\d{2})$/.test(value))
				return badRequest(`Provided filter ${key} must be a local date-time without an offset.`);
			const ms = U.parseDateTime(value);
			if (Number.isNaN(ms)) return badRequest(`Provided filter ${key} is invalid.`);
			items = items.filter((x) => keep(x, ms));
		}
		items = this.v2TimeFilters(ctx, items, 'updated_at', (x) => x.updated);
		return this.v2List(ctx, items, render(this.db), { min: 1, max: 100, dflt: 100 });
	});
	sb.route('GET', '/v2/absence-periods/{id}', 'v2', function (ctx) {
		const x = v2Absences(this.db).find((a) => a.id === ctx.params.id);
		return x ? json(200, render(this.db)(x)) : notFound();
	});
	sb.route('DELETE', '/v2/absence-periods/{id}', 'v2', function (ctx) {
		const x = v2Absences(this.db).find((a) => a.id === ctx.params.id);
		if (!x) return notFound();
		x.list.splice(x.list.indexOf(x.rec), 1);
		return empty(204);
	});
	sb.route('GET', '/v2/absence-periods/{id}/breakdowns', 'v2', function (ctx) {
		const x = v2Absences(this.db).find((a) => a.id === ctx.params.id);
		if (!x) return notFound();
		const days = [];
		const last = Number.isFinite(x.endMs) ? x.endMs : x.startMs;
		for (let day = Math.floor(x.startMs / D.DAY) * D.DAY; day <= last; day += D.DAY) {
			const from = Math.max(day, x.startMs);
			const to = Math.min(day + D.DAY, last);
			const value = x.kind === 'day' ? 1 : Math.round(((to - from) / 3_600_000) * 100) / 100;
			days.push({
				date: new Date(day).toISOString().slice(0, 10),
				effective_duration: { unit: x.kind === 'day' ? 'DAY' : 'HOUR', value },
			});
		}
		return this.v2List(ctx, days, (d) => d, { min: 1, max: 28, dflt: 28 });
	});

	// ---------------------------------------------------------------- org data ----
	const ORG_UNIT_TYPES = ['department', 'team'];
	function orgUnitType(ctx) {
		const type = ctx.query.get('type');
		if (!type) return badRequest('The query parameter type is required (department or team).');
		if (!ORG_UNIT_TYPES.includes(type)) return badRequest(`Invalid org unit type ${type}.`);
		return null;
	}
	const renderOrgUnit = (o) => ({
		id: o.id,
		name: o.name,
		type: o.type,
		parent: o.parent_id ? { id: o.parent_id } : null,
		created_at: o.created_at,
		updated_at: o.updated_at,
	});
	sb.route('GET', '/v2/org-units', 'v2', function (ctx) {
		const refused = orgUnitType(ctx);
		if (refused) return refused;
		let items = this.db.orgUnits.filter((o) => o.type === ctx.query.get('type'));
		const ids = this.v2IdList(ctx, 'id');
		if (ids) items = items.filter(byId(ids));
		return this.v2List(ctx, items, renderOrgUnit, { min: 1, max: 100, dflt: 100 });
	});
	sb.route('GET', '/v2/org-units/{id}', 'v2', function (ctx) {
		const refused = orgUnitType(ctx);
		if (refused) return refused;
		const o = this.db.orgUnits.find(
			(x) => x.id === ctx.params.id && x.type === ctx.query.get('type'),
		);
		return o ? json(200, renderOrgUnit(o)) : notFound();
	});
	sb.route('GET', '/v2/cost-centers', 'v2', function (ctx) {
		const ids = this.v2IdList(ctx, 'id');
		return this.v2List(
			ctx,
			this.db.costCenters.filter(byId(ids)),
			(c) => ({ id: c.id, name: c.name }),
			{
				min: 1,
				max: 100,
				dflt: 100,
			},
		);
	});
	const renderWorkplace = (w) => ({
		id: w.id,
		name: w.name,
		legal_entity: { id: w.legal_entity_id },
		created_at: w.created_at,
		updated_at: w.updated_at,
	});
	sb.route('GET', '/v2/workplaces', 'v2', function (ctx) {
		const ids = this.v2IdList(ctx, 'id');
		return this.v2List(ctx, this.db.workplaces.filter(byId(ids)), renderWorkplace, {
			min: 1,
			max: 100,
			dflt: 100,
		});
	});

	// ---------------------------------------------------------------- compensations ----
	/** The window Personio runs: defaults to the month of the date given, or the current month. */
	function compensationWindow(ctx, now) {
		const start = ctx.query.get('start_date');
		const end = ctx.query.get('end_date');
		for (const [name, value] of [
			['start_date', start],
			['end_date', end],
		]) {
			if (value !== null && !U.isDate(value))
				return { refused: badRequest(`Provided filter ${name} is invalid.`) };
		}
		const anchor = new Date(
			start ? Date.parse(`${start}T00:00:00Z`) : end ? Date.parse(`${end}T00:00:00Z`) : now,
		);
		const monthStart = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), 1);
		const from = start ? Date.parse(`${start}T00:00:00Z`) : monthStart;
		const to = end
			? Date.parse(`${end}T00:00:00Z`)
			: Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 0);
		const first = new Date(from);
		const oneMonthLater = Date.UTC(
			first.getUTCFullYear(),
			first.getUTCMonth() + 1,
			first.getUTCDate(),
		);
		if (to < from) return { refused: badRequest('end_date must not be before start_date.') };
		if (to > oneMonthLater)
			return {
				refused: badRequest(
					'The duration between start_date and end_date must be equal to or smaller than a month.',
				),
			};
		return { from, to };
	}
	const renderCompensation = (c) => ({
		id: c.id,
		person: { id: c.person_id },
		type: c.type,
		amount: { value: c.value, currency: c.currency },
		interval: c.interval,
		effective_from: c.effective_from,
		created_at: c.created_at,
		updated_at: c.updated_at,
	});
	sb.route('GET', '/v2/compensations', 'v2', function (ctx) {
		const window = compensationWindow(ctx, this.now());
		if (window.refused) return window.refused;
		let items = this.db.compensations.filter((c) => {
			const effective = Date.parse(`${c.effective_from}T00:00:00Z`);
			// Recurring compensations run every month from their start; one-time ones only in their window.
			return c.interval === 'ONE_TIME'
				? effective >= window.from && effective <= window.to
				: effective <= window.to;
		});
		const persons = this.v2IdList(ctx, 'person.id');
		if (persons) items = items.filter((c) => persons.includes(c.person_id));
		return this.v2List(ctx, items, renderCompensation, { min: 1, max: 100, dflt: 100 });
	});
};
