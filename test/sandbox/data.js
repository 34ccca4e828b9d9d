'use strict';
/*
 * Deterministic seeded data for the Personio sandbox.
 * Own PRNG (mulberry32), no faker. Large collections (time-offs, absence periods,
 * attendances, documents, compensations) are generated lazily on first access.
 */

function mulberry32(seed) {
	let a = seed >>> 0;
	return function () {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function makeRng(seed) {
	const next = mulberry32(seed);
	const rng = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (arr) => arr[Math.floor(next() * arr.length)],
		chance: (p) => next() < p,
		uuid: () => {
			let s = '';
			for (let i = 0; i < 16; i++) {
				let b = Math.floor(next() * 256);
				if (i === 6) b = (b & 0x0f) | 0x40;
				if (i === 8) b = (b & 0x3f) | 0x80;
				s += HEX[b];
				if (i === 3 || i === 5 || i === 7 || i === 9) s += '-';
			}
			return s;
		},
	};
	return rng;
}

const FIRST_NAMES = [
	['Anna', 'female'], ['Lukas', 'male'], ['Sophie', 'female'], ['Maximilian', 'male'], ['Marie', 'female'],
	['Jonas', 'male'], ['Emma', 'female'], ['Felix', 'male'], ['Mia', 'female'], ['Leon', 'male'],
	['Hannah', 'female'], ['Paul', 'male'], ['Lena', 'female'], ['Elias', 'male'], ['Clara', 'female'],
	['Noah', 'male'], ['Laura', 'female'], ['Finn', 'male'], ['Julia', 'female'], ['David', 'male'],
	['Sara', 'female'], ['Tobias', 'male'], ['Olivia', 'female'], ['Matteo', 'male'], ['Chiara', 'female'],
	['Lucas', 'male'], ['Inès', 'female'], ['Mateo', 'male'], ['Zoë', 'female'], ['Alex', 'diverse'],
	['Kim', 'diverse'], ['Björn', 'male'], ['Ayşe', 'female'], ['Mehmet', 'male'], ['Priya', 'female'],
	['Arjun', 'male'], ['Yuki', 'female'], ['Kenji', 'male'], ['Fatima', 'female'], ['Omar', 'male'],
	['Eva', 'female'], ['Jan', 'male'], ['Nora', 'female'], ['Henrik', 'male'], ['Ida', 'female'],
	['Sebastian', 'male'], ['Katharina', 'female'], ['Florian', 'male'], ['Johanna', 'female'], ['Moritz', 'male'],
];
const LAST_NAMES = [
	'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
	'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger',
	'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', "O'Brien", 'García', 'Rossi', 'Dubois', 'Jansen',
	'Nowak', 'Kowalski', 'Yılmaz', 'Nguyen', 'Smith', 'Johnson', 'Andersson', 'Nielsen', 'Silva', 'Costa',
	'van der Berg', 'de Vries', 'Popescu', 'Horváth', 'Novák', 'Papadopoulos', 'Kaya', 'Sato', 'Kim', 'Patel',
];
const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'People & Culture', 'Finance', 'Customer Success', 'Product', 'Operations'];
const POSITIONS = {
	Engineering: ['Software Engineer', 'Senior Software Engineer', 'Engineering Manager', 'QA Engineer', 'DevOps Engineer'],
	Sales: ['Account Executive', 'Sales Development Representative', 'Head of Sales'],
	Marketing: ['Online Marketing Specialist', 'Content Manager', 'Marketing Lead'],
	'People & Culture': ['HR Generalist', 'Recruiter', 'Head of People'],
	Finance: ['Accountant', 'Controller', 'CFO'],
	'Customer Success': ['Customer Success Manager', 'Support Specialist'],
	Product: ['Product Manager', 'Product Designer', 'UX Researcher'],
	Operations: ['Office Manager', 'Operations Analyst', 'Office- und Feelgood Manager (m/w/d)'],
};
const OFFICES = ['Munich', 'Berlin', 'Madrid', 'London', 'Amsterdam', 'Dublin'];
const SUBCOMPANIES = ['ACME GmbH', 'ACME Iberia S.L.', 'ACME UK Ltd'];
const TEAMS = ['Platform', 'Integrations', 'Growth', 'Enterprise', 'Payroll', 'Mobile'];
const COST_CENTERS = ['R&D', 'Go-to-Market', 'G&A', 'Customer Operations', 'Facilities'];
const PROJECTS = [['Client onboarding', true], ['Internal tooling', true], ['Website relaunch', false], ['Migration 2025', true], ['Trade fair', false]];
const DOC_CATEGORIES = ['Contracts', 'Certificates of employment', 'Payslips', 'Sick notes', 'Training certificates', 'Other'];
const DYNAMIC_ATTRS = [
	{ id: 1001, label: 'IBAN', type: 'standard', universal_id: 'iban', v2type: 'STRING' },
	{ id: 1002, label: 'Marital status', type: 'list', universal_id: null, options: ['married', 'single', 'divorced', 'widowed'], v2type: 'STRING' },
	{ id: 1003, label: 'Language Skills', type: 'tags', universal_id: null, options: ['English', 'French', 'Spanish', 'German', 'Italian'], v2type: 'STRING_LIST' },
	{ id: 1004, label: 'T-shirt size', type: 'list', universal_id: null, options: ['XS', 'S', 'M', 'L', 'XL'], v2type: 'STRING' },
	{ id: 1005, label: 'Date of birth', type: 'date', universal_id: 'date_of_birth', v2type: 'DATE' },
	{ id: 1006, label: 'Remote days per week', type: 'integer', universal_id: null, v2type: 'INT' },
];
const TIME_OFF_TYPES = [
	{ name: 'Paid vacation', category: 'paid_vacation', unit: 'day', approval_required: true, entitlement: 30 },
	{ name: 'Sick leave', category: 'sick_leave', unit: 'day', approval_required: false, certificate: 'required' },
	{ name: 'Unpaid vacation', category: 'unpaid_vacation', unit: 'day', approval_required: true },
	{ name: 'Parental leave', category: 'maternity_parental_leave', unit: 'day', approval_required: true },
	{ name: 'Home office', category: 'offsite_work', unit: 'hour', approval_required: false },
	{ name: 'Doctor appointment', category: 'other', unit: 'hour', approval_required: false },
	{ name: 'Overtime compensation', category: 'other', unit: 'hour', approval_required: true },
];
const LEGAL_ENTITIES = [
	{ name: 'ACME GmbH', country: 'DE', city: 'Munich' },
	{ name: 'ACME Iberia S.L.', country: 'ES', city: 'Madrid' },
	{ name: 'ACME UK Ltd', country: 'GB', city: 'London' },
];
const JOBS = [
	{ dept: 'Engineering', office: 'Munich', en: 'Senior Backend Engineer (Node.js)', de: 'Senior Backend Engineer (Node.js) (m/w/d)', type: 'permanent', seniority: 'experienced', schedule: 'full-time', yoe: '5-7', occ: 'software_development', occCat: 'it_software', kw: 'node,typescript,backend' },
	{ dept: 'Engineering', office: 'Berlin', en: 'Frontend Developer', de: 'Frontend-Entwickler (m/w/d)', type: 'permanent', seniority: 'experienced', schedule: 'full-time', yoe: '2-5', occ: 'software_development', occCat: 'it_software', kw: 'react,css' },
	{ dept: 'Sales', office: 'Madrid', en: 'Account Executive Spain', es: 'Ejecutivo de Cuentas España', type: 'permanent', seniority: 'experienced', schedule: 'full-time', yoe: '2-5', occ: 'sales', occCat: 'sales_and_business_development', kw: 'sales,saas' },
	{ dept: 'Marketing', office: 'Munich', en: 'Marketing Intern', de: 'Praktikant Marketing (m/w/d)', type: 'intern', seniority: 'student', schedule: 'full-time', yoe: 'lt-1', occ: 'marketing', occCat: 'marketing_and_advertising', kw: 'marketing,social media' },
	{ dept: 'Operations', office: 'Munich', en: 'Office & Feelgood Manager', de: 'Office- und Feelgood Manager (m/w/d)', type: 'permanent', seniority: 'entry-level', schedule: 'part-time', yoe: '1-2', occ: 'office_management', occCat: 'administrative_and_clerical', kw: 'office manager,büro,Teilzeit' },
	{ dept: 'Finance', office: 'London', en: 'Controller & Analyst (R&D)', type: 'permanent', seniority: 'experienced', schedule: 'full-time', yoe: '5-7', occ: 'controlling', occCat: 'finance', kw: 'controlling,excel' },
	{ dept: 'Product', office: 'Amsterdam', en: 'Product Designer', nl: 'Productontwerper', type: 'freelance', seniority: 'experienced', schedule: 'part-time', yoe: '2-5', occ: 'design', occCat: 'art_design_and_media', kw: 'figma,ux' },
	{ dept: 'People & Culture', office: 'Berlin', en: 'Working Student Recruiting', de: 'Werkstudent Recruiting (m/w/d)', type: 'trainee', seniority: 'student', schedule: 'part-time', yoe: 'lt-1', occ: 'human_resources', occCat: 'human_resources', kw: 'recruiting' },
	{ dept: 'Engineering', office: 'Dublin', en: 'Head of Engineering', type: 'permanent', seniority: 'executive', schedule: 'full-time', yoe: '10-15', occ: 'software_development', occCat: 'it_software', kw: 'leadership', unpublished: true },
	{ dept: 'Customer Success', office: 'Munich', en: 'Customer Success Manager', de: 'Customer Success Manager (m/w/d)', fr: 'Responsable Succès Client', type: 'permanent', seniority: 'experienced', schedule: 'full-time', yoe: '2-5', occ: 'customer_service', occCat: 'customer_service', kw: 'customer success,saas' },
	{ dept: 'Sales', office: 'London', en: 'Sales Director UK', type: 'permanent', seniority: 'executive', schedule: 'full-time', yoe: 'gt-15', occ: 'sales', occCat: 'sales_and_business_development', kw: 'sales', unpublished: true },
];
const DESC_HEADINGS = {
	en: ['Your mission', 'Your profile', 'Why us?'],
	de: ['Deine Aufgaben', 'Dein Profil', 'Warum wir?'],
	es: ['Tu misión', 'Tu perfil', '¿Por qué nosotros?'],
	fr: ['Ta mission', 'Ton profil', 'Pourquoi nous ?'],
	nl: ['Jouw missie', 'Jouw profiel', 'Waarom wij?'],
};

const DAY = 86400000;
const BASE_TIME = Date.UTC(2025, 10, 1, 9, 0, 0); // seeded records were last touched before this instant

function pad(n, w = 2) {
	return String(n).padStart(w, '0');
}
const dayCache = []; // day number (since 1950) -> 'YYYY-MM-DD'
const DAY0 = -7305; // 1950-01-01
function isoDate(ms) {
	const d = ms / DAY - DAY0;
	if (Number.isInteger(d) && d >= 0 && d < 40000) {
		return dayCache[d] || (dayCache[d] = new Date(ms).toISOString().slice(0, 10));
	}
	return new Date(ms).toISOString().slice(0, 10);
}
function isoZ(ms) {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function lastSunday(year, month) {
	const d = new Date(Date.UTC(year, month + 1, 0));
	return d.getUTCDate() - d.getUTCDay();
}
/** Europe/Berlin offset in minutes for a UTC instant (EU DST rules). */
function berlinOffset(ms) {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
	const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
	return ms >= start && ms < end ? 120 : 60;
}
/** Personio v1 style local timestamp: 2017-12-27T00:00:00+0100 */
function personioDateTime(ms) {
	const off = berlinOffset(ms);
	const local = new Date(ms + off * 60000);
	return `${local.toISOString().slice(0, 19)}+${pad(off / 60)}00`;
}
/** Midnight (Berlin) of a yyyy-mm-dd date rendered Personio style. */
function personioDay(date) {
	const ms = Date.parse(`${date}T00:00:00Z`);
	const off = berlinOffset(ms);
	return `${date}T00:00:00+${pad(off / 60)}00`;
}
const slugCache = new Map();
function slug(s) {
	let v = slugCache.get(s);
	if (v === undefined) {
		v = slugRaw(s);
		slugCache.set(s, v);
	}
	return v;
}
function slugRaw(s) {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ı/g, 'i')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}
function businessDays(start, end) {
	let n = 0;
	for (let t = Date.parse(start); t <= Date.parse(end); t += DAY) {
		const wd = new Date(t).getUTCDay();
		if (wd !== 0 && wd !== 6) n++;
	}
	return n;
}

function generate(options = {}) {
	const employeesCount = Math.max(1, Math.min(100000, Number(options.employees ?? 50)));
	const seed = Number(options.seed ?? 42);
	const rng = makeRng(seed);
	const big = employeesCount > 5000;
	const absencesPerEmployee = Number(options.absencesPerEmployee ?? (big ? 1 : 4));
	const hourAbsencesPerEmployee = Number(options.hourAbsencesPerEmployee ?? (big ? 0.2 : 2));
	const attendancesPerEmployee = Number(options.attendancesPerEmployee ?? (big ? 0.5 : 5));
	const documentsPerEmployee = Number(options.documentsPerEmployee ?? 2);

	const ids = { employee: 1000, timeOff: 500000, attendance: 900000, project: 10, document: 70000, report: 0 };

	const departments = DEPARTMENTS.map((name, i) => ({ id: 100 + i, name }));
	const offices = OFFICES.map((name, i) => ({ id: 200 + i, name }));
	const subcompanies = SUBCOMPANIES.map((name, i) => ({ id: 300 + i, name }));
	const teams = TEAMS.map((name, i) => ({ id: 400 + i, name }));
	const costCenters = COST_CENTERS.map((name, i) => ({ id: String(1000 + i), uuid: rng.uuid(), name }));
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
		...departments.map((d, i) => ({ id: String(d.id), name: d.name, type: 'department', parent_id: null, created_at: isoZ(BASE_TIME - (900 - i) * DAY), updated_at: isoZ(BASE_TIME - (60 - i) * DAY) })),
		...teams.map((t, i) => ({ id: String(t.id), name: t.name, type: 'team', parent_id: String(departments[i % 2 === 0 ? 0 : 6].id), created_at: isoZ(BASE_TIME - (600 - i) * DAY), updated_at: isoZ(BASE_TIME - (40 - i) * DAY) })),
	];

	const timeOffTypes = TIME_OFF_TYPES.map((t, i) => ({ id: 1234 + i, uuid: rng.uuid(), ...t }));
	const dayTypes = timeOffTypes.filter((t) => t.unit === 'day');
	const hourTypes = timeOffTypes.filter((t) => t.unit === 'hour');

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
				dynamic_1001: `DE${rng.int(10, 99)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(10, 99)}`,
				dynamic_1002: rng.pick(DYNAMIC_ATTRS[1].options),
				dynamic_1003: [rng.pick(DYNAMIC_ATTRS[2].options), 'English'].filter((v, k, a) => a.indexOf(v) === k).join(','),
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

	// lazily generated collections -------------------------------------------------
	const lazyRng = (salt) => makeRng((seed * 7919 + salt) >>> 0);

	function genTimeOffs() {
		const r = lazyRng(1);
		const out = [];
		for (const emp of employees) {
			const n = Math.floor(absencesPerEmployee) + (r.next() < absencesPerEmployee % 1 ? 1 : 0);
			for (let k = 0; k < n; k++) {
				const type = k === 0 ? dayTypes[0] : r.pick(dayTypes);
				const startMs = Date.UTC(2023, 0, 2) + r.int(0, 1400) * DAY;
				const len = r.int(0, type.category === 'paid_vacation' ? 9 : 4);
				const start_date = isoDate(startMs);
				const end_date = isoDate(startMs + len * DAY);
				const half_day_start = len > 0 && r.chance(0.1);
				const half_day_end = len > 0 && r.chance(0.1);
				const days = Math.max(0.5, businessDays(start_date, end_date) - (half_day_start ? 0.5 : 0) - (half_day_end ? 0.5 : 0));
				const created = Math.min(startMs - r.int(1, 60) * DAY, BASE_TIME - 2 * DAY);
				const st = r.next();
				out.push({
					id: ids.timeOff++,
					employee_id: emp.id,
					time_off_type_id: type.id,
					status: st < 0.85 ? 'approved' : st < 0.95 ? 'pending' : 'rejected',
					start_date,
					end_date,
					days_count: days,
					half_day_start,
					half_day_end,
					comment: r.chance(0.3) ? 'Family trip' : '',
					certificate_status: type.certificate ? r.pick(['not-uploaded', 'uploaded']) : 'not-required',
					created_by: 'API',
					created_at: created,
					updated_at: Math.min(created + r.int(0, 20) * DAY, BASE_TIME - DAY),
					uuid: null,
				});
			}
		}
		return out;
	}

	function genAbsencePeriods() {
		const r = lazyRng(2);
		const out = [];
		for (const emp of employees) {
			const n = Math.floor(hourAbsencesPerEmployee) + (r.next() < hourAbsencesPerEmployee % 1 ? 1 : 0);
			for (let k = 0; k < n; k++) {
				const type = r.pick(hourTypes);
				const dayMs = Date.UTC(2023, 0, 2) + r.int(0, 1400) * DAY;
				const date = isoDate(dayMs);
				const startH = r.int(8, 13);
				const hours = r.int(1, 4);
				const startMs = Date.parse(`${date}T${pad(startH)}:00:00Z`) - berlinOffset(dayMs) * 60000;
				const endMs = startMs + hours * 3600000;
				const created = Math.min(dayMs - r.int(1, 30) * DAY, BASE_TIME - 2 * DAY);
				out.push({
					id: r.uuid(),
					employee_id: emp.id,
					time_off_type_id: type.id,
					start: startMs,
					end: endMs,
					half_day_start: false,
					half_day_end: false,
					comment: r.chance(0.3) ? 'Appointment' : '',
					origin: r.pick(['web', 'api', 'mobile']),
					status: 'approved',
					created_by: emp.supervisor_id || emp.id,
					created_at: created,
					updated_at: created + r.int(0, 3) * DAY,
					approved_at: created + DAY,
					breakdowns: [{ date, effective_duration: hours * 60 }],
					effective_duration: hours * 60,
				});
			}
		}
		return out;
	}

	function genAttendances() {
		const r = lazyRng(3);
		const out = [];
		for (const emp of employees) {
			const n = Math.floor(attendancesPerEmployee) + (r.next() < attendancesPerEmployee % 1 ? 1 : 0);
			const baseDay = Date.UTC(2025, 8, 1) + r.int(0, 20) * DAY;
			for (let k = 0; k < n; k++) {
				const dayMs = baseDay + k * DAY;
				const startH = r.int(7, 10);
				const endH = startH + r.int(6, 9);
				out.push({
					id: ids.attendance++,
					uuid: r.uuid(),
					employee_id: emp.id,
					date: isoDate(dayMs),
					start_time: `${pad(startH)}:${r.pick(['00', '15', '30'])}`,
					end_time: `${pad(endH)}:${r.pick(['00', '30', '45'])}`,
					break: r.pick([30, 45, 60]),
					comment: r.chance(0.2) ? 'Customer workshop' : '',
					project_id: r.chance(0.3) ? projects[r.int(0, projects.length - 1)].id : null,
					status: r.chance(0.9) ? 'confirmed' : 'pending',
					is_holiday: false,
					is_on_time_off: false,
					created_at: dayMs + 18 * 3600000,
					updated_at: dayMs + 18 * 3600000 + r.int(0, 3) * DAY,
				});
			}
		}
		return out;
	}

	function genDocuments() {
		const r = lazyRng(4);
		const out = [];
		const limit = Math.min(employees.length, 2000);
		for (let i = 0; i < limit; i++) {
			const emp = employees[i];
			for (let k = 0; k < documentsPerEmployee; k++) {
				const cat = documentCategories[k === 0 ? 0 : r.int(0, documentCategories.length - 1)];
				const created = BASE_TIME - r.int(1, 900) * DAY;
				const title = k === 0 ? `Employment contract ${emp.first_name} ${emp.last_name}` : `${cat.name} ${isoDate(created).slice(0, 4)}`;
				out.push({
					id: String(ids.document++),
					title,
					comment: '',
					date: isoDate(created),
					employee_id: emp.id,
					category_id: cat.id,
					file_name: `${slug(title)}.pdf`,
					mimetype: 'application/pdf',
					content: Buffer.from(`%PDF-1.4\n% sandbox document ${title}\n%%EOF\n`),
					created_at: created,
					updated_at: created,
				});
			}
		}
		return out;
	}

	function genCompensations() {
		const r = lazyRng(5);
		const out = [];
		for (const emp of employees) {
			out.push({
				id: r.uuid(),
				person_id: String(emp.id),
				type: { id: 'base_salary', name: 'Base salary' },
				value: emp.fix_salary,
				currency: emp.subcompany_id === 302 ? 'GBP' : 'EUR',
				interval: 'YEARLY',
				effective_from: emp.hire_date,
				created_at: isoZ(emp.created_at),
				updated_at: isoZ(emp.updated_at),
			});
			if (r.chance(0.3)) {
				out.push({
					id: r.uuid(),
					person_id: String(emp.id),
					type: { id: 'bonus', name: 'Annual bonus' },
					value: r.int(1, 10) * 1000,
					currency: 'EUR',
					interval: 'ONE_TIME',
					effective_from: '2025-03-31',
					created_at: isoZ(emp.created_at),
					updated_at: isoZ(emp.updated_at),
				});
			}
		}
		return out;
	}

	// recruiting ---------------------------------------------------------------------
	const recruitingCategories = [
		{ id: '11', name: 'Tech' },
		{ id: '12', name: 'Business' },
		{ id: '13', name: 'Internships' },
	];
	const jobs = JOBS.map((j, i) => {
		const id = 4103 + i * 7;
		const languages = ['en', 'de', 'es', 'fr', 'nl'].filter((l) => j[l]);
		const descriptions = {};
		for (const l of languages) {
			const h = DESC_HEADINGS[l];
			descriptions[l] = [
				{ name: h[0], value: `<p>Join the <strong>${j.dept}</strong> team in ${j.office} &amp; help us build HR software.</p><ul><li>Own your projects</li><li>Work with ${j.kw.split(',')[0]}</li></ul>` },
				{ name: h[1], value: '<ul><li>Curiosity &amp; drive</li><li>Team spirit</li></ul>' },
				...(i % 3 === 0 ? [] : [{ name: h[2], value: '<p>Flexible hours, 30 days vacation, "Feelgood" budget</p>' }]),
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
			recruitingCategory: recruitingCategories[j.type === 'intern' || j.type === 'trainee' ? 2 : j.dept === 'Engineering' ? 0 : 1].name,
			category_id: recruitingCategories[j.type === 'intern' || j.type === 'trainee' ? 2 : j.dept === 'Engineering' ? 0 : 1].id,
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

	const reports = [
		{ id: 'eb7482f3-2323-43e2-87ed-99d2399e8e22', name: 'Headcount by department', description: 'All active employees with department and office', type: 'point_in_time', columns: ['first_name', 'last_name', 'department', 'office'] },
		{ id: 'eea50309-d1b1-47d6-bc7e-27de7a3ab491', name: 'Salary overview', description: 'Fix salary of all employees', type: 'point_in_time', columns: ['first_name', 'last_name', 'fix_salary'] },
	];

	const data = {
		options: { employees: employeesCount, seed },
		ids,
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
	const lazy = { timeOffs: genTimeOffs, absencePeriods: genAbsencePeriods, attendances: genAttendances, documents: genDocuments, compensations: genCompensations };
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
	personioDateTime,
	personioDay,
	berlinOffset,
	isoDate,
	isoZ,
	businessDays,
	BASE_TIME,
	DAY,
};
