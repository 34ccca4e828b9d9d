'use strict';
/** The time examples: absences, attendance periods, projects. */

const { json, ids, unique } = require('./helpers');

module.exports = {
	absences: {
		check({ check, out, sandbox }) {
			const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
			const types = json(out('Get absence types'));
			check(
				'v2 absence types listed with UUIDs',
				types.length > 0 && types.every((t) => UUID.test(t.id)),
				JSON.stringify(types[0]),
			);
			const booked = out('Book two days off')[0].json;
			check(
				'the absence is created on v2 with a UUID',
				UUID.test(String(booked.id)),
				JSON.stringify(booked),
			);
			const writes = sandbox
				.log()
				.map((entry) => `${entry.method} ${entry.path}`)
				.filter((p) => /absence-periods|time-offs/.test(p) && !p.startsWith('GET'));
			check(
				'Create and Update call POST and PATCH /v2/absence-periods, nothing on v1',
				writes.includes('POST /v2/absence-periods') &&
					writes.includes(`PATCH /v2/absence-periods/${booked.id}`) &&
					!writes.some((p) => p.includes('/v1/')),
				JSON.stringify(writes),
			);
			const found = json(out('Find the booked absence'));
			check(
				'v2 Get Many finds the booked absence by person and dates',
				found.length === 1 &&
					found[0].starts_from.date_time.startsWith('2026-03-02') &&
					UUID.test(found[0].id),
				JSON.stringify(found),
			);
			check.equal('Get Many finds the id Create returned', found[0].id, booked.id);
			check.equal(
				'the absence reads back by its v2 id, with the updated comment',
				`${out('Get the absence')[0].json.id} ${out('Get the absence')[0].json.comment}`,
				`${booked.id} Booked and then updated by the n8n example workflow`,
			);
			const days = json(out('Get its days'));
			check(
				'the breakdown has one entry per day',
				days.length === 2 &&
					days.every((d) => d.effective_duration && d.effective_duration.unit === 'DAY'),
				JSON.stringify(days),
			);
			check(
				'the absence is deleted in Personio',
				!sandbox.state.timeOffs.some(
					(t) => `00000000-0000-4000-8000-${String(t.id).padStart(12, '0')}` === booked.id,
				),
			);
			const year = json(out('Get the absences of 2026'));
			check(
				'a year of absences, all pages, no duplicates',
				year.length > 0 && unique(year.map((a) => a.id)),
				`${year.length} items`,
			);
			check('Limit 10 gives 10 absences', out('Get 10 absences').length === 10);
		},
	},

	attendances: {
		check({ check, out, sandbox }) {
			const project = out('Pick an active project')[0].json;
			const night = out('Log a night shift')[0].json;
			check(
				'the night shift is created with a v2 id and its affected periods',
				typeof night.id === 'string' && Array.isArray(night.affected_periods),
				JSON.stringify(night),
			);
			const pause = out('Take a break')[0].json;
			check(
				'the break is a period of its own',
				typeof pause.id === 'string' && pause.id !== night.id,
				JSON.stringify(pause),
			);
			check(
				'the update outputs what changed',
				out('Update the night shift')[0].json.updated === true,
				JSON.stringify(out('Update the night shift')[0].json),
			);
			const read = out('Get the night shift')[0].json;
			check.equal(
				'the night shift reads back across midnight with the new end',
				read.end && read.end.date_time,
				'2026-02-03T07:00:00',
			);
			check.equal(
				'booked on the picked project',
				String(read.project && read.project.id),
				String(project.id),
			);
			const listed = ids(out('Get the periods of that night')).map(String);
			check(
				'both periods are listed',
				listed.includes(night.id) && listed.includes(pause.id),
				JSON.stringify(listed),
			);
			check(
				'both periods are deleted in Personio',
				!sandbox.state.attendancePeriods.some((p) => p.id === night.id || p.id === pause.id),
			);
			check(
				'the deletes output what was deleted',
				out('Delete the night shift')[0].json.deleted === true,
			);
		},
	},

	projects: {
		check({ check, out, sandbox }) {
			const project = out('Create a project')[0].json;
			check(
				'the project is created with an id and the fields sent',
				project.id !== undefined &&
					project.billable === true &&
					project.start.date === '2026-01-01',
				JSON.stringify(project),
			);
			const sub = out('Create a sub-project')[0].json;
			check.equal(
				'the sub-project names its parent',
				sub.parent_project && sub.parent_project.id,
				project.id,
			);
			check.equal(
				'the description reads back',
				out('Get the project')[0].json.description,
				'Relaunch of the public website',
			);
			check(
				'the sub-project is listed under its parent',
				ids(out('Get its sub-projects')).map(String).includes(String(sub.id)),
			);
			const person = out('Pick a person')[0].json;
			check('the member is added', out('Add a member')[0].json.added === true);
			check(
				'the member is listed',
				json(out('Get the members')).some(
					(m) => String(m.person && m.person.id) === String(person.id),
				),
			);
			check('the member is removed', out('Remove the member')[0].json.removed === true);
			check(
				'the archived project is listed',
				ids(out('Get archived projects')).map(String).includes(String(project.id)),
			);
			const left = sandbox.state.projects.filter((p) => p.id === project.id || p.id === sub.id);
			check(
				'the project and its sub-project are deleted in Personio',
				left.length === 0,
				JSON.stringify(left),
			);
		},
	},
};
