'use strict';
/* v2 recruiting reads: applications, candidates, jobs, categories and application stage transitions. */

const { notFound } = require('./v2-request');

module.exports = function registerV2RecruitingReads(sb, { json, problem, F, D }) {
	const recTime = (x) => x.updated_at;
	function recruitingList(name, getItems, render, filters, { timeFilters = true } = {}) {
		sb.route('GET', `/v2/recruiting/${name}`, 'v2', function (ctx) {
			// The recruiting lists refuse both bounds of updated_at together.
			if (ctx.query.get('updated_at.gt') !== null && ctx.query.get('updated_at.lt') !== null) {
				return problem(
					400,
					'Bad request',
					'updated_at.gt and updated_at.lt cannot be used together.',
					'common.bad_request',
				);
			}
			let items = getItems(this.db);
			if (filters) items = filters.call(this, ctx, items);
			if (timeFilters) {
				items = this.v2TimeFilters(ctx, items, 'updated_at', recTime);
				items = this.v2TimeFilters(ctx, items, 'created_at', (x) => x.created_at);
			}
			// limit 1-200, default 100 (reference pages get_v2-recruiting-candidates, get_v2-recruiting-jobs).
			return this.v2List(ctx, items, render, { min: 1, max: 200, dflt: 100 });
		});
		sb.route('GET', `/v2/recruiting/${name}/{id}`, 'v2', function (ctx) {
			const x = getItems(this.db).find((y) => String(y.id) === ctx.params.id);
			return x ? json(200, render(x)) : notFound();
		});
	}
	recruitingList(
		'applications',
		(db) => db.applications,
		F.v2Application,
		function (ctx, items) {
			const email = ctx.query.get('candidate.email');
			if (email) items = items.filter((a) => a.email.toLowerCase() === email.toLowerCase());
			const job = ctx.query.get('job.id');
			if (job) items = items.filter((a) => String(a.job_id) === job);
			return items;
		},
	);
	recruitingList(
		'candidates',
		(db) => db.candidates,
		F.v2Candidate,
		function (ctx, items) {
			const email = ctx.query.get('email');
			return email ? items.filter((c) => c.email.toLowerCase() === email.toLowerCase()) : items;
		},
	);
	recruitingList('jobs', (db) => db.jobs, F.v2Job);
	recruitingList(
		'categories',
		(db) =>
			db.recruitingCategories.map((c) => ({
				...c,
				created_at: D.BASE_TIME - 500 * D.DAY,
				updated_at: D.BASE_TIME - 100 * D.DAY,
			})),
		(c) => ({ id: c.id, name: c.name }),
		undefined,
		// `GET /v2/recruiting/categories` documents no query parameters besides paging (reference page
		// get_v2-recruiting-categories): the sandbox applies no filter there.
		{ timeFilters: false },
	);
	sb.route('GET', '/v2/recruiting/applications/{id}/stage-transitions', 'v2', function (ctx) {
		const a = this.db.applications.find((x) => x.id === ctx.params.id);
		if (!a) return notFound();
		return this.v2List(
			ctx,
			[
				{
					id: `${a.id}-1`,
					from: null,
					to: 'unassigned',
					created_at: { 'date-time': D.isoZ(a.created_at), timezone: 'Europe/Berlin' },
				},
			],
			(x) => x,
			// Assumption: the stage-transitions page was not read; the other recruiting lists' limits.
			{ min: 1, max: 200, dflt: 100 },
		);
	});
};
