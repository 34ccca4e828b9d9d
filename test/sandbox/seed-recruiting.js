'use strict';
/* The seeded recruiting data: categories, jobs (with descriptions per language), candidates, applications. */

const { DAY, BASE_TIME, isoDate } = require('./seed-dates');
const {
	FIRST_NAMES,
	LAST_NAMES,
	OFFICES,
	SUBCOMPANIES,
	JOBS,
	DESC_HEADINGS,
	slug,
} = require('./seed-catalogues');

/** Jobs draw their uuids from `rng` (after the company); candidates and applications from lazyRng(6). */
function generateRecruiting(rng, lazyRng) {
	const recruitingCategories = [
		{ id: '11', name: 'Tech' },
		{ id: '12', name: 'Business' },
		{ id: '13', name: 'Internships' },
	];
	const jobs = JOBS.map((j, i) => {
		const id = 4103 + i * 7;
		const languages = ['en', 'de', 'es', 'fr', 'nl'].filter((l) => j[l]);
		const descriptions = {};
		const intro = `<p>Join the <strong>${j.dept}</strong> team in ${j.office} &amp; help us build HR software.</p>`;
		for (const l of languages) {
			const h = DESC_HEADINGS[l];
			descriptions[l] = [
				{
					name: h[0],
					value: `${intro}<ul><li>Own your projects</li><li>Work with ${j.kw.split(',')[0]}</li></ul>`,
				},
				{ name: h[1], value: '<ul><li>Curiosity &amp; drive</li><li>Team spirit</li></ul>' },
				...(i % 3 === 0
					? []
					: [{ name: h[2], value: '<p>Flexible hours, 30 days vacation, "Feelgood" budget</p>' }]),
			];
		}
		const created = BASE_TIME - (400 - i * 20) * DAY;
		return {
			id,
			uuid: rng.uuid(),
			names: Object.fromEntries(languages.map((l) => [l, j[l]])),
			languages,
			descriptions,
			subcompany: i % 4 === 3 ? '' : SUBCOMPANIES[i % 3],
			office: j.office,
			department: j.dept,
			recruitingCategory:
				recruitingCategories[
					j.type === 'intern' || j.type === 'trainee' ? 2 : j.dept === 'Engineering' ? 0 : 1
				].name,
			category_id:
				recruitingCategories[
					j.type === 'intern' || j.type === 'trainee' ? 2 : j.dept === 'Engineering' ? 0 : 1
				].id,
			employmentType: j.type,
			seniority: i === 6 ? undefined : j.seniority,
			schedule: j.schedule,
			yearsOfExperience: i === 7 ? undefined : j.yoe,
			keywords: i === 2 ? undefined : j.kw,
			occupation: j.occ,
			occupationCategory: j.occCat,
			published: !j.unpublished,
			created_at: created,
			updated_at: created + 10 * DAY,
		};
	});
	const candidates = [];
	const applications = [];
	const r6 = lazyRng(6);
	const publishedJobs = jobs.filter((j) => j.published);
	for (let i = 0; i < 24; i++) {
		const [first] = r6.pick(FIRST_NAMES);
		const last = r6.pick(LAST_NAMES);
		const created = BASE_TIME - r6.int(1, 300) * DAY;
		const cand = {
			id: String(80000 + i),
			first_name: first,
			last_name: last,
			email: `${slug(first)}.${slug(last)}.${i}@candidates.example`,
			phone: `+49 89 ${r6.int(1000000, 9999999)}`,
			location: r6.pick(OFFICES),
			created_at: created,
			updated_at: created + r6.int(0, 20) * DAY,
		};
		candidates.push(cand);
		const job = publishedJobs[i % publishedJobs.length];
		applications.push({
			id: String(60000 + i),
			candidate_id: cand.id,
			job_id: job.id,
			email: cand.email,
			status: r6.pick(['unassigned', 'in-progress', 'rejected', 'offer', 'accepted']),
			channel: r6.pick(['career-site', 'linkedin', 'referral']),
			source: 'seed',
			application_date: isoDate(created),
			tags: [],
			files: [],
			created_at: created,
			updated_at: cand.updated_at,
		});
	}
	return { recruitingCategories, jobs, candidates, applications };
}

module.exports = { generateRecruiting };
