/** Scenarios 7-8: a repeated v2 cursor, records inserted and deleted during offset pagination. */
import { currentSandbox, employeeIds, freshSandbox, onRequest } from '../lab';
import { employeesGetAll, personsGetAll } from '../labRunners';
import { describeOutcome, measure, requestSummary, rows } from '../labTable';
import { employees, EMPLOYEES_ROUTE, persons, PERSONS_ROUTE } from '../targets';
import type { Json } from '../../helpers/json';

export function cursorAndChangeScenarios() {
	describe('7. repeated v2 cursor', () => {
		it('fails clearly when a full page points back at itself: no loop, no duplicates, no silent partial list', async () => {
			freshSandbox({ selfReferencingNext: true });
			const outcome = await personsGetAll();
			const { lost, duplicated } = measure(outcome, employeeIds());
			const requests = currentSandbox().stats().byRoute[PERSONS_ROUTE];
			rows.push({
				scenario: 'next link of page 2 points at page 2 (selfReferencingNext)',
				operation: persons.operation,
				outcome: describeOutcome(outcome, 'stopped'),
				lost: `${lost} (never served: the API loops on page 2; the run fails instead of returning a partial list)`,
				duplicated,
				writesDuplicated: '-',
				requests: requestSummary(),
			});
			expect(outcome.ok).toBe(false);
			expect(outcome.error!.message).toMatch(/Personio repeated a page cursor after 100 records/);
			expect(duplicated).toBe(0);
			expect(requests).toBe(2);
		});
	});

	describe('8. records inserted and deleted during offset pagination', () => {
		type Change = {
			scenario: string;
			change: (db: Json) => { deleted?: string; inserted?: string };
			lost: number;
		};
		/** A copy of an existing employee with a new id, put at the end (as new ids come) or at the top of the list. */
		const insert = (db: Json, where: 'end' | 'top') => {
			const copy = JSON.parse(JSON.stringify(db.employees[0]));
			Object.assign(copy, {
				id: db.ids.employee++,
				email: `inserted-${where}@example.com`,
				first_name: 'Inserted',
				last_name: 'Mid-run',
			});
			db.employeeById.set(copy.id, copy);
			if (where === 'end') db.employees.push(copy);
			else db.employees.unshift(copy);
			return { inserted: String(copy.id) };
		};
		const remove = (db: Json, index: number) => {
			const [gone] = db.employees.splice(index, 1);
			db.employeeById.delete(gone.id);
			return { deleted: String(gone.id) };
		};
		const changes: Change[] = [
			// Every record after the deleted one moves one place up: the first record of page 5 slides onto page 4,
			// already read. total_elements changed during the walk, so the list is read once more and the record found.
			{
				scenario: 'record 11 deleted while page 5 is read (before the offset)',
				change: (db) => remove(db, 10),
				lost: 0,
			},
			{
				scenario: 'record 701 deleted while page 5 is read (after the offset)',
				change: (db) => remove(db, 700),
				lost: 0,
			},
			{
				scenario: 'record appended while page 5 is read (new ids come last)',
				change: (db) => insert(db, 'end'),
				lost: 0,
			},
			// The last record of page 4 slides onto page 5 and is served twice: de-dup drops the second copy.
			{
				scenario: 'record inserted at the top while page 5 is read (before the offset)',
				change: (db) => insert(db, 'top'),
				lost: 0,
			},
		];

		for (const { scenario, change, lost: expectedLost } of changes) {
			it(scenario, async () => {
				freshSandbox();
				const before = employeeIds();
				let changed: { deleted?: string; inserted?: string } = {};
				onRequest(EMPLOYEES_ROUTE, 5, (sb) => (changed = change(sb.state)));
				const outcome = await employeesGetAll();
				// The truth: records that existed for the whole run.
				const survivors = before.filter((id) => id !== changed.deleted);
				const { lost, duplicated } = measure(outcome, survivors);
				const notes = [
					changed.deleted
						? `deleted record ${outcome.ids.includes(changed.deleted) ? 'returned (read before it was deleted)' : 'not returned'}`
						: '',
					changed.inserted
						? `new record ${outcome.ids.includes(changed.inserted) ? 'returned' : 'not returned'}`
						: '',
				].filter(Boolean);
				rows.push({
					scenario,
					operation: employees.operation,
					outcome: `${describeOutcome(outcome, 'finished')}; ${notes.join('; ')}`,
					lost,
					duplicated,
					writesDuplicated: '-',
					requests: requestSummary(),
				});
				expect(outcome.ok).toBe(true);
				expect(duplicated).toBe(0);
				expect(lost).toBe(expectedLost);
			});
		}
	});
}
