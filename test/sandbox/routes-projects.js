'use strict';
/*
 * Projects and project members of Personio's v2 Attendances API (reference pages get/post_v2-projects,
 * patch/delete_v2-projects-id, *_v2-projects-id-members). Mounted by routes-attendance.js.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A sub-project takes these from its parent: Personio answers 422 "Unsupported field set for subproject". */
const TOP_LEVEL_ONLY = [
	'cost_center',
	'assigned_to_all',
	'billable',
	'client_name',
	'project_type',
];

module.exports = function registerProjects(sb, { json, empty, HttpError, fail, notFound, bodyOf }) {
	// ------------------------------------------------------------ projects ----
	const render = ({ members, ...project }) => ({
		...project,
		created_at: new Date(project.created_at).toISOString(),
		updated_at: new Date(project.updated_at).toISOString(),
	});
	function requireProject(db, id) {
		const project = db.projects.find((x) => x.id === id);
		if (!project) throw new HttpError(notFound());
		return project;
	}

	/** Applies a create or update body to `project` (a copy), with Personio's 400/422 answers. */
	function applyProject(db, project, b, creating) {
		const next = { ...project };
		if (creating && (typeof b.name !== 'string' || !b.status))
			throw fail(
				400,
				'Missing Project required parameters: name and status.',
				'common.bad_request',
			);
		if (b.status !== undefined && !['ACTIVE', 'ARCHIVED'].includes(b.status))
			throw fail(400, 'Invalid Project status field.', 'common.bad_request');
		for (const key of [
			'name',
			'status',
			'project_code',
			'description',
			'client_name',
			'project_type',
		])
			if (b[key] !== undefined) next[key] = b[key];
		for (const key of ['assigned_to_all', 'billable'])
			if (b[key] !== undefined) next[key] = b[key] === true;
		if (b.cost_center !== undefined)
			next.cost_center =
				b.cost_center && b.cost_center.id != null ? { id: String(b.cost_center.id) } : null;
		if (b.start !== undefined) next.start = b.start && b.start.date ? { date: b.start.date } : null;
		if (b.end !== undefined) next.end = b.end && b.end.date ? { date: b.end.date } : null;
		if (creating && b.parent_project && b.parent_project.id != null)
			next.parent_project = { id: String(b.parent_project.id) };
		if (!next.name || next.name.length > 255)
			throw fail(400, 'name must be 1 to 255 characters.', 'common.bad_request');
		if (db.projects.some((x) => x.id !== next.id && x.name === next.name))
			throw fail(422, `Duplicate Project Name: ${next.name}.`, 'project.duplicate_name');
		if (
			next.project_code &&
			db.projects.some((x) => x.id !== next.id && x.project_code === next.project_code)
		)
			throw fail(422, `Duplicate Project Code: ${next.project_code}.`, 'project.duplicate_code');
		if (next.cost_center && !db.costCenters.some((c) => c.id === next.cost_center.id))
			throw fail(422, 'Cost Center does not exist.', 'project.cost_center_not_found');
		for (const edge of [next.start, next.end])
			if (edge && !DATE.test(edge.date))
				throw fail(400, 'Dates must be YYYY-MM-DD.', 'common.bad_request');
		if (next.start && next.end && next.start.date > next.end.date)
			throw fail(422, 'Start date greater than end date.', 'project.invalid_time_range');
		if (next.parent_project) {
			const parent = db.projects.find((x) => x.id === next.parent_project.id);
			if (!parent || parent.parent_project)
				throw fail(
					422,
					'Parent Project does not exist (or is itself a sub project).',
					'project.parent_not_found',
				);
			const unsupported = TOP_LEVEL_ONLY.filter((key) => b[key] !== undefined && b[key] !== null);
			if (unsupported.length)
				throw fail(
					422,
					`Unsupported field set for subproject: ${unsupported.join(', ')}.`,
					'project.subproject_field',
				);
		}
		if (next.assigned_to_all && !project.assigned_to_all) next.members = [];
		return next;
	}

	sb.route('GET', '/v2/projects', 'v2', function (ctx) {
		let items = this.db.projects;
		for (const [param, get] of [
			['id', (p) => p.id],
			['name', (p) => p.name],
			['project_code', (p) => p.project_code],
			['parent_project.id', (p) => p.parent_project && p.parent_project.id],
		]) {
			const wanted = this.v2IdList(ctx, param);
			if (wanted) items = items.filter((p) => wanted.includes(get(p)));
		}
		const status = ctx.query.get('status');
		if (status !== null && !['ACTIVE', 'ARCHIVED'].includes(status))
			throw fail(400, 'Invalid Project status field.', 'common.bad_request');
		if (status) items = items.filter((p) => p.status === status);
		if (ctx.query.get('top_level_only') === 'true') items = items.filter((p) => !p.parent_project);
		return this.v2List(ctx, items, render, { min: 1, max: 200, dflt: 200 });
	});
	sb.route('GET', '/v2/projects/{id}', 'v2', function (ctx) {
		return json(200, render(requireProject(this.db, ctx.params.id)));
	});
	sb.route('POST', '/v2/projects', 'v2', function (ctx) {
		const now = this.now();
		const blank = {
			id: String(this.db.ids.project++),
			project_code: null,
			description: null,
			cost_center: null,
			assigned_to_all: false,
			parent_project: null,
			start: null,
			end: null,
			billable: false,
			client_name: null,
			project_type: null,
			members: [],
			created_at: now,
			updated_at: now,
		};
		const project = applyProject(this.db, blank, bodyOf(ctx), true);
		this.db.projects.push(project);
		return json(201, {
			id: project.id,
			_meta: { links: { self: { href: `${ctx.base}/v2/projects/${project.id}` } } },
		});
	});
	sb.route('PATCH', '/v2/projects/{id}', 'v2', function (ctx) {
		const project = requireProject(this.db, ctx.params.id);
		Object.assign(project, applyProject(this.db, project, bodyOf(ctx), false), {
			updated_at: this.now(),
		});
		return empty(204);
	});
	sb.route('DELETE', '/v2/projects/{id}', 'v2', function (ctx) {
		const project = requireProject(this.db, ctx.params.id);
		this.db.projects = this.db.projects.filter(
			(p) => p !== project && !(p.parent_project && p.parent_project.id === project.id),
		);
		return empty(204);
	});

	// ------------------------------------------------------------ project members ----
	function membersOf(db, id) {
		const project = requireProject(db, id);
		if (project.parent_project)
			throw fail(422, "Can't manage members with subproject.", 'project.subproject_members');
		return project;
	}
	sb.route('GET', '/v2/projects/{id}/members', 'v2', function (ctx) {
		const project = requireProject(this.db, ctx.params.id);
		// limit 1-200, default 200; 300 answers 422 "Invalid limit" (reference page get_v2-projects-id-members).
		return this.v2List(ctx, project.members, (personId) => ({ person: { id: personId } }), {
			min: 1,
			max: 200,
			dflt: 200,
			invalidLimit: [422, 'Invalid limit', 'common.unprocessable_entity'],
		});
	});
	sb.route('POST', '/v2/projects/{id}/members', 'v2', function (ctx) {
		const project = membersOf(this.db, ctx.params.id);
		const b = bodyOf(ctx);
		// The reference page post_v2-projects-id-members names the body "Request object for adding project
		// members" but lists no properties (its schema could not be read in full); its examples are "valid
		// request" and "valid request single item", and PK-Consulting/n8n-nodes-personio-hr sends a list of
		// {person: {id}}. The sandbox accepts exactly that and refuses every other shape: an object around
		// the list, ids without `person`, items with other keys, an empty list.
		const memberShape = (m) =>
			m &&
			typeof m === 'object' &&
			Object.keys(m).length === 1 &&
			m.person &&
			typeof m.person === 'object' &&
			Object.keys(m.person).length === 1 &&
			(typeof m.person.id === 'string' || typeof m.person.id === 'number');
		if (!Array.isArray(b) || !b.length || !b.every(memberShape))
			throw fail(
				400,
				'Invalid Project Members JSON: a list of {person: {id}} is expected.',
				'common.bad_request',
			);
		const ids = b.map((m) => String(m.person.id));
		const unknown = ids.filter((id) => !this.db.employeeById.has(Number(id)));
		if (unknown.length)
			throw fail(422, `Person not found: ${unknown.join(', ')}.`, 'project.person_not_found');
		for (const id of ids) if (!project.members.includes(id)) project.members.push(id);
		project.assigned_to_all = false;
		return empty(201);
	});
	sb.route('DELETE', '/v2/projects/{id}/members', 'v2', function (ctx) {
		const project = membersOf(this.db, ctx.params.id);
		const ids = this.v2IdList(ctx, 'person_id');
		project.members = ids ? project.members.filter((id) => !ids.includes(id)) : [];
		return empty(204);
	});
};
