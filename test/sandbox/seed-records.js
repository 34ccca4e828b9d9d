'use strict';
/*
 * The large seeded collections (time-offs, absence periods, attendances, documents, compensations),
 * generated on first access, each from its own salted PRNG.
 */

const { DAY, BASE_TIME, pad, isoDate, isoZ, berlinOffset, businessDays } = require('./seed-dates');
const { slug } = require('./seed-catalogues');

/** Returns a generator per collection; each reads `employees` (and the others) at the time it first runs. */
function recordGenerators(company, ids, lazyRng, perEmployee) {
	const { employees, projects, documentCategories, timeOffTypes } = company;
	const {
		absencesPerEmployee,
		hourAbsencesPerEmployee,
		attendancesPerEmployee,
		documentsPerEmployee,
	} = perEmployee;
	const dayTypes = timeOffTypes.filter((t) => t.unit === 'day');
	const hourTypes = timeOffTypes.filter((t) => t.unit === 'hour');

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
				const days = Math.max(
					0.5,
					businessDays(start_date, end_date) -
						(half_day_start ? 0.5 : 0) -
						(half_day_end ? 0.5 : 0),
				);
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
					certificate_status: type.certificate
						? r.pick(['not-uploaded', 'uploaded'])
						: 'not-required',
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
			const n =
				Math.floor(hourAbsencesPerEmployee) + (r.next() < hourAbsencesPerEmployee % 1 ? 1 : 0);
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
			const n =
				Math.floor(attendancesPerEmployee) + (r.next() < attendancesPerEmployee % 1 ? 1 : 0);
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
				const title =
					k === 0
						? `Employment contract ${emp.first_name} ${emp.last_name}`
						: `${cat.name} ${isoDate(created).slice(0, 4)}`;
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

	return {
		timeOffs: genTimeOffs,
		absencePeriods: genAbsencePeriods,
		attendances: genAttendances,
		documents: genDocuments,
		compensations: genCompensations,
	};
}

module.exports = { recordGenerators };
