'use strict';
/* The v1 employee attribute catalogue: every attribute's label, type, universal id and how to read it. */

const { personioDateTime, personioDay } = require('./seed-dates');

const attr = (label, value, type, universal_id) => ({ label, value, type, universal_id });

function lookup(list, id) {
	return list.find((x) => x.id === id) || null;
}

function shortEmployee(emp) {
	if (!emp) return null;
	return {
		type: 'Employee',
		attributes: {
			id: attr('ID', emp.id, 'integer', 'id'),
			first_name: attr('First name', emp.first_name, 'standard', 'first_name'),
			last_name: attr('Last name', emp.last_name, 'standard', 'last_name'),
			email: attr('Email', emp.email, 'standard', 'email'),
		},
	};
}

/** Attribute catalogue: key -> { label, type, universal_id, get(emp, db) } */
function attributeCatalogue(db) {
	const cat = {
		id: { label: 'ID', type: 'integer', universal_id: 'id', get: (e) => e.id },
		first_name: {
			label: 'First name',
			type: 'standard',
			universal_id: 'first_name',
			get: (e) => e.first_name,
		},
		last_name: {
			label: 'Last name',
			type: 'standard',
			universal_id: 'last_name',
			get: (e) => e.last_name,
		},
		preferred_name: {
			label: 'Name (preferred)',
			type: 'standard',
			universal_id: 'preferred_name',
			get: (e) => e.preferred_name,
		},
		email: { label: 'Email', type: 'standard', universal_id: 'email', get: (e) => e.email },
		gender: { label: 'Gender', type: 'standard', universal_id: 'gender', get: (e) => e.gender },
		status: { label: 'Status', type: 'standard', universal_id: 'status', get: (e) => e.status },
		position: {
			label: 'Position',
			type: 'standard',
			universal_id: 'position',
			get: (e) => e.position,
		},
		supervisor: {
			label: 'Supervisor',
			type: 'standard',
			universal_id: 'supervisor',
			get: (e) => (e.supervisor_id ? shortEmployee(db.employeeById.get(e.supervisor_id)) : null),
		},
		employment_type: {
			label: 'Employment type',
			type: 'standard',
			universal_id: 'employment_type',
			get: (e) => e.employment_type,
		},
		weekly_working_hours: {
			label: 'Weekly hours',
			type: 'decimal',
			universal_id: 'weekly_working_hours',
			get: (e) => String(e.weekly_working_hours),
		},
		hire_date: {
			label: 'Hire date',
			type: 'date',
			universal_id: 'hire_date',
			get: (e) => (e.hire_date ? personioDay(e.hire_date) : null),
		},
		contract_end_date: {
			label: 'Contract ends',
			type: 'date',
			universal_id: 'contract_end_date',
			get: (e) => (e.contract_end_date ? personioDay(e.contract_end_date) : null),
		},
		termination_date: {
			label: 'Termination date',
			type: 'date',
			universal_id: 'termination_date',
			get: (e) => (e.termination_date ? personioDay(e.termination_date) : null),
		},
		termination_type: {
			label: 'Termination type',
			type: 'standard',
			universal_id: 'termination_type',
			get: (e) => (e.termination_date ? 'Employee' : ''),
		},
		termination_reason: {
			label: 'Termination reason',
			type: 'standard',
			universal_id: 'termination_reason',
			get: (e) => (e.termination_date ? 'New job' : ''),
		},
		probation_period_end: {
			label: 'Probation period end',
			type: 'date',
			universal_id: 'probation_period_end',
			get: (e) => (e.probation_period_end ? personioDay(e.probation_period_end) : null),
		},
		created_at: {
			label: 'Created at',
			type: 'date',
			universal_id: 'created_at',
			get: (e) => personioDateTime(e.created_at),
		},
		last_modified_at: {
			label: 'Last modified',
			type: 'date',
			universal_id: 'last_modified_at',
			get: (e) => personioDateTime(e.updated_at),
		},
		subcompany: {
			label: 'Subcompany',
			type: 'standard',
			universal_id: 'subcompany',
			get: (e) => {
				const s = lookup(db.subcompanies, e.subcompany_id);
				return s ? { type: 'Subcompany', attributes: { id: s.id, name: s.name } } : null;
			},
		},
		office: {
			label: 'Office',
			type: 'standard',
			universal_id: 'office',
			get: (e) => {
				const s = lookup(db.offices, e.office_id);
				return s ? { type: 'Office', attributes: { id: s.id, name: s.name } } : null;
			},
		},
		department: {
			label: 'Department',
			type: 'standard',
			universal_id: 'department',
			get: (e) => {
				const s = lookup(db.departments, e.department_id);
				return s ? { type: 'Department', attributes: { id: s.id, name: s.name } } : null;
			},
		},
		team: {
			label: 'Team',
			type: 'standard',
			universal_id: 'team',
			get: (e) => {
				const s = lookup(db.teams, e.team_id);
				return s ? { type: 'Team', attributes: { id: s.id, name: s.name } } : null;
			},
		},
		cost_centers: {
			label: 'Cost center',
			type: 'standard',
			universal_id: 'cost_centers',
			get: (e) => {
				const c = db.costCenters[e.cost_center_index];
				return c
					? [
							{
								type: 'CostCenter',
								attributes: { id: Number(c.id), name: c.name, percentage: 100 },
							},
						]
					: [];
			},
		},
		absence_entitlement: {
			label: 'Absence entitlement',
			type: 'standard',
			universal_id: 'absence_entitlement',
			get: () =>
				db.timeOffTypes
					.filter((t) => t.unit === 'day')
					.map((t) => ({
						type: 'TimeOffType',
						attributes: { id: t.id, name: t.name, entitlement: t.entitlement || 0 },
					})),
		},
		fix_salary: {
			label: 'Fix salary',
			type: 'decimal',
			universal_id: 'fix_salary',
			get: (e) => e.fix_salary,
			currency: 'EUR',
		},
		fix_salary_interval: {
			label: 'Salary interval',
			type: 'standard',
			universal_id: 'fix_salary_interval',
			get: () => 'yearly',
		},
		profile_picture: {
			label: 'Profile Picture',
			type: 'link',
			universal_id: 'profile_picture',
			get: (e) => `${db.baseUrl || ''}/v1/company/employees/${e.id}/profile-picture`,
		},
	};
	for (const d of db.dynamicAttributes) {
		cat[`dynamic_${d.id}`] = {
			label: d.label,
			type: d.type,
			universal_id: d.universal_id,
			options: d.options || [],
			get: (e) => (e.custom[`dynamic_${d.id}`] === undefined ? null : e.custom[`dynamic_${d.id}`]),
		};
	}
	return cat;
}

module.exports = { attr, shortEmployee, attributeCatalogue };
