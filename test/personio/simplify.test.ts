import { simplifyRecordInPlace, simplifyRecord } from '../../nodes/shared/simplify';

const wrap = (value: unknown, label = 'Label') => ({
	label,
	value,
	type: 'standard',
	universal_id: 'x',
});

/** A v1 employee as Personio sends it, fresh each call (JSON.parse, like a page just read). */
function employee(id: number) {
	return JSON.parse(
		JSON.stringify({
			type: 'Employee',
			attributes: {
				id: wrap(id, 'ID'),
				first_name: wrap('Ana'),
				weekly_working_hours: wrap('38'),
				supervisor: wrap({
					type: 'Employee',
					attributes: { id: wrap(7), first_name: wrap('Ben') },
				}),
				department: wrap({ type: 'Department', attributes: { id: 3, name: 'Ops' } }),
				cost_centers: wrap([
					{ type: 'CostCenter', attributes: { id: 1, name: 'A', percentage: 100 } },
				]),
				termination_date: wrap(null),
				dynamic_99: wrap(['a', 'b']),
				plain: 5,
			},
		}),
	);
}

const PLAIN = {
	id: 11,
	first_name: 'Ana',
	weekly_working_hours: '38',
	supervisor: { id: 7, first_name: 'Ben' },
	department: { id: 3, name: 'Ops' },
	cost_centers: [{ id: 1, name: 'A', percentage: 100 }],
	termination_date: null,
	dynamic_99: ['a', 'b'],
	plain: 5,
};

describe('simplify', () => {
	it('unwraps fields and nested records at every level, copy and in place alike', () => {
		expect(simplifyRecord(employee(11))).toEqual(PLAIN);
		expect(simplifyRecordInPlace(employee(11))).toEqual(PLAIN);
	});

	it('keeps the key order of the record', () => {
		expect(Object.keys(simplifyRecordInPlace(employee(11)))).toEqual(Object.keys(PLAIN));
	});

	it('leaves the raw record as it was when copying', () => {
		const raw = employee(11);
		simplifyRecord(raw);
		expect(raw).toEqual(employee(11));
	});

	it('puts an id that sits beside the attributes first, in place or not', () => {
		const timeOff = () => ({
			id: 5,
			type: 'TimeOffPeriod',
			attributes: { status: 'approved', days_count: 2 },
		});
		const expected = { id: 5, status: 'approved', days_count: 2 };
		expect(simplifyRecord(timeOff())).toEqual(expected);
		expect(Object.keys(simplifyRecordInPlace(timeOff()))).toEqual(['id', 'status', 'days_count']);
	});

	it('keeps a field named __proto__ as a field instead of changing the prototype', () => {
		const hostile = () =>
			JSON.parse(
				'{"type":"Employee","attributes":{"__proto__":{"label":"x","value":"kept"},"a":1}}',
			);
		for (const plain of [simplifyRecord(hostile()), simplifyRecordInPlace(hostile())]) {
			expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
			expect(Object.getOwnPropertyDescriptor(plain, '__proto__')?.value).toBe('kept');
			expect(JSON.parse(JSON.stringify(plain))).toEqual(JSON.parse('{"__proto__":"kept","a":1}'));
		}
	});

	it('copes with records that are not v1 records', () => {
		expect(simplifyRecord({ a: wrap(1) })).toEqual({ a: 1 });
		expect(simplifyRecordInPlace({ a: wrap(1) })).toEqual({ a: 1 });
		expect(simplifyRecordInPlace({ type: 'X', attributes: null })).toEqual({});
		expect(simplifyRecord(null as never)).toEqual({});
	});

	it('gives the same answer in place as by copy over a whole page', () => {
		const page = Array.from({ length: 100 }, (_, i) => employee(i));
		const copies = page.map(simplifyRecord);
		expect(page.map(simplifyRecordInPlace)).toEqual(copies);
	});
});
