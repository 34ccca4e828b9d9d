import type { Json } from '../helpers/json';
describe('sandbox data generator', () => {
	it('is deterministic per seed and fast for 100k employees', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- loads a CommonJS module of the sandbox at run time
		const { generate } = require('./data');
		const a = generate({ employees: 30, seed: 3 });
		const b = generate({ employees: 30, seed: 3 });
		const c = generate({ employees: 30, seed: 4 });
		expect(a.employees.map((e: Json) => e.email)).toEqual(b.employees.map((e: Json) => e.email));
		expect(a.timeOffs).toEqual(b.timeOffs);
		expect(a.employees.map((e: Json) => e.email)).not.toEqual(
			c.employees.map((e: Json) => e.email),
		);
		const t0 = Date.now();
		const big = generate({ employees: 100000 });
		expect(big.employees).toHaveLength(100000);
		expect(new Set(big.employees.map((e: Json) => e.email)).size).toBe(100000);
		// ~1 s on an idle machine; the generous bound only guards against accidental O(n^2) on loaded CI boxes
		expect(Date.now() - t0).toBeLessThan(25000);
		// absences generated lazily and in proportion
		expect(a.timeOffs.length).toBeGreaterThanOrEqual(30 * 4);
		expect(a.timeOffTypes.some((t: Json) => t.unit === 'hour')).toBe(true);
		expect(a.jobs.some((j: Json) => !j.published)).toBe(true);
	});
});
