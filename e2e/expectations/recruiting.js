'use strict';
/** The recruiting examples: careers feed, applications. */

const { json } = require('./helpers');

module.exports = {
	recruiting: {
		check({ check, out, sandbox }) {
			const jobs = json(out('Get open jobs'));
			check(
				'open jobs from the careers feed',
				jobs.length > 0 && jobs.every((j) => j.id !== undefined && j.name),
				JSON.stringify(jobs[0]),
			);
			check.equal(
				'the first job reads back',
				String(out('Get the first job')[0].json.id),
				String(jobs[0].id),
			);
			check(
				'the application is accepted',
				out('Apply with the CV').length === 1,
				JSON.stringify(out('Apply with the CV')[0]?.json),
			);
			const uploads = sandbox.state.recruitingUploads || [];
			check(
				'the CV and the extra document reached Personio',
				uploads.length >= 2,
				`${uploads.length} uploads`,
			);
			const applied = out('Apply with the CV')[0].json;
			const stored = sandbox.state.applications.filter((a) => a.email === applied.email);
			check('Personio stored the application', stored.length === 1, () => JSON.stringify(applied));
			const apps = json(out('Get applications'));
			check(
				'the new application is listed (API v2)',
				stored[0] && apps.some((a) => String(a.id) === String(stored[0].id)),
				() =>
					`looked for ${JSON.stringify(stored[0])} in ${apps.length}: ${JSON.stringify(apps[apps.length - 1])}`,
			);
			check.equal(
				'an application reads back',
				String(out('Get the first application')[0].json.id),
				String(apps[0].id),
			);
			for (const node of ['Get candidates', 'Get jobs (API v2)', 'Get job categories'])
				check(`${node} returns records`, out(node).length > 0);
		},
	},
};
