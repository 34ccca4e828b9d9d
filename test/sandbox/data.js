'use strict';
/*
 * Deterministic seeded data for the Personio sandbox.
 * Own PRNG (mulberry32, seed-random.js), no faker. The company is built in seed-company.js, recruiting in
 * seed-recruiting.js; large collections (time-offs, absence periods, attendances, documents, compensations,
 * seed-records.js) are generated lazily on first access.
 */

const { mulberry32, makeRng } = require('./seed-random');
const dates = require('./seed-dates');
const { DYNAMIC_ATTRS } = require('./seed-catalogues');
const { generateCompany } = require('./seed-company');
const { recordGenerators } = require('./seed-records');
const { generateRecruiting } = require('./seed-recruiting');

function generate(options = {}) {
	const employeesCount = Math.max(1, Math.min(100000, Number(options.employees ?? 50)));
	const seed = Number(options.seed ?? 42);
	const rng = makeRng(seed);
	const big = employeesCount > 5000;
	const absencesPerEmployee = Number(options.absencesPerEmployee ?? (big ? 1 : 4));
	const hourAbsencesPerEmployee = Number(options.hourAbsencesPerEmployee ?? (big ? 0.2 : 2));
	const attendancesPerEmployee = Number(options.attendancesPerEmployee ?? (big ? 0.5 : 5));
	const documentsPerEmployee = Number(options.documentsPerEmployee ?? 2);

	const ids = {
		employee: 1000,
		timeOff: 500000,
		attendance: 900000,
		project: 10,
		document: 70000,
		report: 0,
	};

	const company = generateCompany(rng, employeesCount, ids);
	const { employees } = company;

	// lazily generated collections -------------------------------------------------
	const lazyRng = (salt) => makeRng((seed * 7919 + salt) >>> 0);
	const perEmployee = {
		absencesPerEmployee,
		hourAbsencesPerEmployee,
		attendancesPerEmployee,
		documentsPerEmployee,
	};
	const lazy = recordGenerators(company, ids, lazyRng, perEmployee);

	// recruiting ---------------------------------------------------------------------
	const { recruitingCategories, jobs, candidates, applications } = generateRecruiting(rng, lazyRng);

	const reports = [
		{
			id: 'eb7482f3-2323-43e2-87ed-99d2399e8e22',
			name: 'Headcount by department',
			description: 'All active employees with department and office',
			type: 'point_in_time',
			columns: ['first_name', 'last_name', 'department', 'office'],
		},
		{
			id: 'eea50309-d1b1-47d6-bc7e-27de7a3ab491',
			name: 'Salary overview',
			description: 'Fix salary of all employees',
			type: 'point_in_time',
			columns: ['first_name', 'last_name', 'fix_salary'],
		},
	];

	const data = {
		options: { employees: employeesCount, seed },
		ids,
		...company,
		dynamicAttributes: DYNAMIC_ATTRS,
		jobs,
		recruitingCategories,
		candidates,
		applications,
		reports,
		recruitingUploads: [],
		webhooks: [],
		deliveries: [],
		documentsUploaded: [],
	};
	for (const [key, fn] of Object.entries(lazy)) {
		let cache;
		Object.defineProperty(data, key, {
			enumerable: true,
			configurable: true,
			get: () => (cache === undefined ? (cache = fn()) : cache),
			set: (v) => {
				cache = v;
			},
		});
	}
	// v2 attendance periods mirror the seeded v1 attendances (separate ids, uuid)
	let v2att;
	Object.defineProperty(data, 'attendancePeriods', {
		enumerable: true,
		get: () => {
			if (v2att === undefined) {
				v2att = data.attendances.map((a) => ({
					id: a.uuid,
					person_id: String(a.employee_id),
					type: 'WORK',
					start: `${a.date}T${a.start_time}:00`,
					end: a.end_time ? `${a.date}T${a.end_time}:00` : null,
					comment: a.comment,
					project_id: a.project_id ? String(a.project_id) : null,
					status: a.status === 'confirmed' ? 'CONFIRMED' : 'PENDING',
					created_at: a.created_at,
					updated_at: a.updated_at,
				}));
			}
			return v2att;
		},
		set: (v) => {
			v2att = v;
		},
	});
	return data;
}

module.exports = {
	generate,
	makeRng,
	mulberry32,
	personioDateTime: dates.personioDateTime,
	personioDay: dates.personioDay,
	berlinOffset: dates.berlinOffset,
	isoDate: dates.isoDate,
	isoZ: dates.isoZ,
	businessDays: dates.businessDays,
	BASE_TIME: dates.BASE_TIME,
	DAY: dates.DAY,
};
