'use strict';
/* The seeded company: org structure, absence types, employees, projects and document categories. */

const { DAY, BASE_TIME, isoDate, isoZ } = require('./seed-dates');
const {
	FIRST_NAMES,
	LAST_NAMES,
	DEPARTMENTS,
	POSITIONS,
	OFFICES,
	SUBCOMPANIES,
	TEAMS,
	COST_CENTERS,
	PROJECTS,
	DOC_CATEGORIES,
	DYNAMIC_ATTRS,
	TIME_OFF_TYPES,
	LEGAL_ENTITIES,
	slug,
} = require('./seed-catalogues');

/** A German-style IBAN; draws its six numbers from `rng` left to right. */
const iban = (rng) =>
	`DE${rng.int(10, 99)} ${[1, 2, 3, 4].map(() => rng.int(1000, 9999)).join(' ')} ${rng.int(10, 99)}`;

/** Draws from `rng` in a fixed order (cost centers, absence types, employees): keep it for stable seeds. */
function generateCompany(rng, employeesCount, ids) {
	const departments = DEPARTMENTS.map((name, i) => ({ id: 100 + i, name }));
	const offices = OFFICES.map((name, i) => ({ id: 200 + i, name }));
	const subcompanies = SUBCOMPANIES.map((name, i) => ({ id: 300 + i, name }));
	const teams = TEAMS.map((name, i) => ({ id: 400 + i, name }));
	const costCenters = COST_CENTERS.map((name, i) => ({
		id: String(1000 + i),
		uuid: rng.uuid(),
		name,
	}));
	const legalEntities = LEGAL_ENTITIES.map((le, i) => ({
		id: String(170 + i),
		name: le.name,
		country: le.country,
		city: le.city,
		created_at: isoZ(BASE_TIME - (800 - i) * DAY),
		updated_at: isoZ(BASE_TIME - (100 - i) * DAY),
	}));
	const workplaces = offices.map((o, i) => ({
		id: String(o.id),
		name: o.name,
		legal_entity_id: legalEntities[Math.min(i % 3, legalEntities.length - 1)].id,
		created_at: isoZ(BASE_TIME - (700 - i) * DAY),
		updated_at: isoZ(BASE_TIME - (50 - i) * DAY),
	}));
	const orgUnits = [
		...departments.map((d, i) => ({
			id: String(d.id),
			name: d.name,
			type: 'department',
			parent_id: null,
			created_at: isoZ(BASE_TIME - (900 - i) * DAY),
			updated_at: isoZ(BASE_TIME - (60 - i) * DAY),
		})),
		...teams.map((t, i) => ({
			id: String(t.id),
			name: t.name,
			type: 'team',
			parent_id: String(departments[i % 2 === 0 ? 0 : 6].id),
			created_at: isoZ(BASE_TIME - (600 - i) * DAY),
			updated_at: isoZ(BASE_TIME - (40 - i) * DAY),
		})),
	];

	const timeOffTypes = TIME_OFF_TYPES.map((t, i) => ({ id: 1234 + i, uuid: rng.uuid(), ...t }));

	const employees = [];
	const byEmail = new Map();
	for (let i = 0; i < employeesCount; i++) {
		const id = ids.employee++;
		const [first, gender] = rng.pick(FIRST_NAMES);
		const last = rng.pick(LAST_NAMES);
		let email = `${slug(first)}.${slug(last)}@acme-sandbox.example`;
		if (byEmail.has(email)) email = `${slug(first)}.${slug(last)}${id}@acme-sandbox.example`;
		const dept = departments[i === 0 ? 0 : rng.int(0, departments.length - 1)];
		const hireMs = Date.UTC(2015, 0, 1) + rng.int(0, 3900) * DAY;
		const r = rng.next();
		let status = r < 0.85 ? 'active' : r < 0.92 ? 'inactive' : r < 0.96 ? 'onboarding' : 'leave';
		if (i < 3) status = 'active';
		const createdMs = Math.min(hireMs - rng.int(5, 60) * DAY, BASE_TIME - 400 * DAY);
		const updatedMs = BASE_TIME - rng.int(0, 700) * DAY - rng.int(0, 86399) * 1000;
		const supervisor_id = i === 0 ? null : 1000 + Math.floor(rng.next() * Math.min(i, 20));
		const terminationMs = status === 'inactive' ? hireMs + rng.int(200, 2000) * DAY : null;
		const emp = {
			id,
			first_name: first,
			last_name: last,
			preferred_name: rng.chance(0.2) ? first.slice(0, 3) : '',
			email,
			gender,
			status,
			position: rng.pick(POSITIONS[dept.name]),
			department_id: dept.id,
			office_id: offices[rng.int(0, offices.length - 1)].id,
			subcompany_id: subcompanies[rng.int(0, subcompanies.length - 1)].id,
			team_id: teams[rng.int(0, teams.length - 1)].id,
			cost_center_index: rng.int(0, costCenters.length - 1),
			employment_type: rng.chance(0.92) ? 'internal' : 'external',
			weekly_working_hours: rng.pick([40, 40, 40, 38, 32, 30, 20]),
			hire_date: isoDate(hireMs),
			contract_end_date: null,
			termination_date: terminationMs ? isoDate(terminationMs) : null,
			probation_period_end: isoDate(hireMs + 182 * DAY),
			supervisor_id,
			fix_salary: rng.int(35, 120) * 1000,
			created_at: createdMs,
			updated_at: updatedMs,
			changed: {},
			employment_id: rng.uuid(),
			custom: {
				dynamic_1001: iban(rng),
				dynamic_1002: rng.pick(DYNAMIC_ATTRS[1].options),
				dynamic_1003: [rng.pick(DYNAMIC_ATTRS[2].options), 'English']
					.filter((v, k, a) => a.indexOf(v) === k)
					.join(','),
				dynamic_1004: rng.pick(DYNAMIC_ATTRS[3].options),
				dynamic_1005: isoDate(Date.UTC(1965, 0, 1) + rng.int(0, 13000) * DAY),
				dynamic_1006: rng.int(0, 3),
			},
		};
		employees.push(emp);
		byEmail.set(email, emp);
	}

	// v2 projects (the v1 attendance projects were retired on 2026-08-30)
	const projects = PROJECTS.map(([name, active], i) => ({
		id: String(ids.project++),
		name,
		status: active ? 'ACTIVE' : 'ARCHIVED',
		project_code: `PRJ-${100 + i}`,
		description: null,
		cost_center: null,
		assigned_to_all: i === 0,
		parent_project: null,
		start: null,
		end: null,
		billable: i % 2 === 0,
		client_name: null,
		project_type: null,
		members: [],
		created_at: BASE_TIME - (300 - i * 10) * DAY,
		updated_at: BASE_TIME - (30 - i) * DAY,
	}));
	const documentCategories = DOC_CATEGORIES.map((name, i) => ({ id: 50 + i, name }));
	return {
		departments,
		offices,
		subcompanies,
		teams,
		costCenters,
		legalEntities,
		workplaces,
		orgUnits,
		timeOffTypes,
		employees,
		projects,
		documentCategories,
	};
}

module.exports = { generateCompany };
