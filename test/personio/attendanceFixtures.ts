/** What the Attendance tests share: a period ID, v2 attendance periods and Personio's problem answers. */
export const ID = 'bd242cd1-5116-41a0-99aa-c12af4837c81';
export const period = (n: number) => ({
	id: `9b620908-8252-4dbb-b406-${String(n).padStart(12, '0')}`,
	person: { id: '7' },
	type: 'WORK',
	start: { date_time: '2025-03-03T22:00:00' },
	end: { date_time: '2025-03-04T06:00:00' },
	status: 'CONFIRMED',
	updated_at: '2025-03-04T06:05:00Z',
});
export const periods = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => period(from + i));
export const problem = (status: number, detail: string) => ({
	personio_trace_id: 't-1',
	errors: [{ title: status === 422 ? 'Unprocessable entity' : 'Bad request', detail }],
});
