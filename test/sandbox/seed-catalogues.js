'use strict';
/* Fixed lists the seeded company is drawn from (names, departments, jobs, ...) and slug() for e-mail names. */

// prettier-ignore
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
// prettier-ignore
const LAST_NAMES = [
	'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
	'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger',
	'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', "O'Brien", 'García', 'Rossi', 'Dubois', 'Jansen',
	'Nowak', 'Kowalski', 'Yılmaz', 'Nguyen', 'Smith', 'Johnson', 'Andersson', 'Nielsen', 'Silva', 'Costa',
	'van der Berg', 'de Vries', 'Popescu', 'Horváth', 'Novák', 'Papadopoulos', 'Kaya', 'Sato', 'Kim', 'Patel',
];
const DEPARTMENTS = [
	'Engineering',
	'Sales',
	'Marketing',
	'People & Culture',
	'Finance',
	'Customer Success',
	'Product',
	'Operations',
];
const POSITIONS = {
	Engineering: [
		'Software Engineer',
		'Senior Software Engineer',
		'Engineering Manager',
		'QA Engineer',
		'DevOps Engineer',
	],
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
const PROJECTS = [
	['Client onboarding', true],
	['Internal tooling', true],
	['Website relaunch', false],
	['Migration 2025', true],
	['Trade fair', false],
];
const DOC_CATEGORIES = [
	'Contracts',
	'Certificates of employment',
	'Payslips',
	'Sick notes',
	'Training certificates',
	'Other',
];
const DYNAMIC_ATTRS = [
	{ id: 1001, label: 'IBAN', type: 'standard', universal_id: 'iban', v2type: 'STRING' },
	{
		id: 1002,
		label: 'Marital status',
		type: 'list',
		universal_id: null,
		options: ['married', 'single', 'divorced', 'widowed'],
		v2type: 'STRING',
	},
	{
		id: 1003,
		label: 'Language Skills',
		type: 'tags',
		universal_id: null,
		options: ['English', 'French', 'Spanish', 'German', 'Italian'],
		v2type: 'STRING_LIST',
	},
	{
		id: 1004,
		label: 'T-shirt size',
		type: 'list',
		universal_id: null,
		options: ['XS', 'S', 'M', 'L', 'XL'],
		v2type: 'STRING',
	},
	{ id: 1005, label: 'Date of birth', type: 'date', universal_id: 'date_of_birth', v2type: 'DATE' },
	{ id: 1006, label: 'Remote days per week', type: 'integer', universal_id: null, v2type: 'INT' },
];
const TIME_OFF_TYPES = [
	{
		name: 'Paid vacation',
		category: 'paid_vacation',
		unit: 'day',
		approval_required: true,
		entitlement: 30,
	},
	{
		name: 'Sick leave',
		category: 'sick_leave',
		unit: 'day',
		approval_required: false,
		certificate: 'required',
	},
	{ name: 'Unpaid vacation', category: 'unpaid_vacation', unit: 'day', approval_required: true },
	{
		name: 'Parental leave',
		category: 'maternity_parental_leave',
		unit: 'day',
		approval_required: true,
	},
	{ name: 'Home office', category: 'offsite_work', unit: 'hour', approval_required: false },
	{ name: 'Doctor appointment', category: 'other', unit: 'hour', approval_required: false },
	{ name: 'Overtime compensation', category: 'other', unit: 'hour', approval_required: true },
];
const LEGAL_ENTITIES = [
	{ name: 'ACME GmbH', country: 'DE', city: 'Munich' },
	{ name: 'ACME Iberia S.L.', country: 'ES', city: 'Madrid' },
	{ name: 'ACME UK Ltd', country: 'GB', city: 'London' },
];
// prettier-ignore
const JOBS = [
	{
		dept: 'Engineering', office: 'Munich', en: 'Senior Backend Engineer (Node.js)',
		de: 'Senior Backend Engineer (Node.js) (m/w/d)', type: 'permanent', seniority: 'experienced',
		schedule: 'full-time', yoe: '5-7', occ: 'software_development', occCat: 'it_software',
		kw: 'node,typescript,backend',
	},
	{
		dept: 'Engineering', office: 'Berlin', en: 'Frontend Developer', de: 'Frontend-Entwickler (m/w/d)',
		type: 'permanent', seniority: 'experienced', schedule: 'full-time', yoe: '2-5', occ: 'software_development',
		occCat: 'it_software', kw: 'react,css',
	},
	{
		dept: 'Sales', office: 'Madrid', en: 'Account Executive Spain', es: 'Ejecutivo de Cuentas España',
		type: 'permanent', seniority: 'experienced', schedule: 'full-time', yoe: '2-5', occ: 'sales',
		occCat: 'sales_and_business_development', kw: 'sales,saas',
	},
	{
		dept: 'Marketing', office: 'Munich', en: 'Marketing Intern', de: 'Praktikant Marketing (m/w/d)',
		type: 'intern', seniority: 'student', schedule: 'full-time', yoe: 'lt-1', occ: 'marketing',
		occCat: 'marketing_and_advertising', kw: 'marketing,social media',
	},
	{
		dept: 'Operations', office: 'Munich', en: 'Office & Feelgood Manager',
		de: 'Office- und Feelgood Manager (m/w/d)', type: 'permanent', seniority: 'entry-level',
		schedule: 'part-time', yoe: '1-2', occ: 'office_management', occCat: 'administrative_and_clerical',
		kw: 'office manager,büro,Teilzeit',
	},
	{
		dept: 'Finance', office: 'London', en: 'Controller & Analyst (R&D)', type: 'permanent',
		seniority: 'experienced', schedule: 'full-time', yoe: '5-7', occ: 'controlling', occCat: 'finance',
		kw: 'controlling,excel',
	},
	{
		dept: 'Product', office: 'Amsterdam', en: 'Product Designer', nl: 'Productontwerper', type: 'freelance',
		seniority: 'experienced', schedule: 'part-time', yoe: '2-5', occ: 'design', occCat: 'art_design_and_media',
		kw: 'figma,ux',
	},
	{
		dept: 'People & Culture', office: 'Berlin', en: 'Working Student Recruiting',
		de: 'Werkstudent Recruiting (m/w/d)', type: 'trainee', seniority: 'student', schedule: 'part-time',
		yoe: 'lt-1', occ: 'human_resources', occCat: 'human_resources', kw: 'recruiting',
	},
	{
		dept: 'Engineering', office: 'Dublin', en: 'Head of Engineering', type: 'permanent', seniority: 'executive',
		schedule: 'full-time', yoe: '10-15', occ: 'software_development', occCat: 'it_software', kw: 'leadership',
		unpublished: true,
	},
	{
		dept: 'Customer Success', office: 'Munich', en: 'Customer Success Manager',
		de: 'Customer Success Manager (m/w/d)', fr: 'Responsable Succès Client', type: 'permanent',
		seniority: 'experienced', schedule: 'full-time', yoe: '2-5', occ: 'customer_service',
		occCat: 'customer_service', kw: 'customer success,saas',
	},
	{
		dept: 'Sales', office: 'London', en: 'Sales Director UK', type: 'permanent', seniority: 'executive',
		schedule: 'full-time', yoe: 'gt-15', occ: 'sales', occCat: 'sales_and_business_development', kw: 'sales',
		unpublished: true,
	},
];
const DESC_HEADINGS = {
	en: ['Your mission', 'Your profile', 'Why us?'],
	de: ['Deine Aufgaben', 'Dein Profil', 'Warum wir?'],
	es: ['Tu misión', 'Tu perfil', '¿Por qué nosotros?'],
	fr: ['Ta mission', 'Ton profil', 'Pourquoi nous ?'],
	nl: ['Jouw missie', 'Jouw profiel', 'Waarom wij?'],
};

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

module.exports = {
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
	JOBS,
	DESC_HEADINGS,
	slug,
};
