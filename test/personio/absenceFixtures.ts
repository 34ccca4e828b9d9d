import { tokenEndpoint } from '../helpers/personioNode';

export { node, run, tokenEndpoint } from '../helpers/personioNode';

/**
 * Each run starts with an empty token, so any API call would first fetch one: an untouched token
 * endpoint proves that no request was made.
 */
export function watchForRequests() {
	const token = tokenEndpoint();
	return { none: () => !token.isDone() };
}

export const wrappedEmployee = (id: number) => ({
	type: 'Employee',
	attributes: {
		id: { label: 'ID', value: id, type: 'integer', universal_id: 'id' },
		first_name: {
			label: 'First name',
			value: 'Michael',
			type: 'standard',
			universal_id: 'first_name',
		},
		email: {
			label: 'Email',
			value: 'michael.miller@demo.com',
			type: 'standard',
			universal_id: 'email',
		},
	},
});

export const timeOff = (id: number, typeId = 54321) => ({
	type: 'TimeOffPeriod',
	attributes: {
		id,
		status: 'approved',
		start_date: '2017-12-27T00:00:00+0100',
		end_date: '2017-12-29T00:00:00+0100',
		days_count: 3,
		half_day_start: false,
		half_day_end: false,
		time_off_type: {
			type: 'TimeOffType',
			attributes: { id: typeId, name: 'Vacation', category: 'offsite_work' },
		},
		employee: wrappedEmployee(4567),
		certificate: { status: 'not-required' },
	},
});

export const uuidFor = (n: number) => `9bba303f-0fbc-4514-9958-${String(n).padStart(12, '0')}`;

export const absencePeriod = (n: number, timeOffTypeId = 45678) => ({
	type: 'AbsencePeriod',
	attributes: {
		id: uuidFor(n),
		measurement_unit: 'hour',
		effective_duration: 960,
		employee: wrappedEmployee(2367),
		absence_type: {
			type: 'AbsenceType',
			attributes: {
				id: 'aaaaaaaa-0fbc-4514-9958-0befa21923fb',
				name: 'Doctor',
				time_off_type_id: timeOffTypeId,
			},
		},
		start: '2022-05-31T22:00:00.0Z',
		end: '2022-06-02T22:00:00.0Z',
		breakdowns: [{ date: '2022-06-01', effective_duration: 480 }],
	},
});

/** `employees[]=1&employees[]=2` as nock's parser may present it. */
export const listParam = (q: Record<string, unknown>, name: string) => {
	const value = q[name] ?? q[`${name}[]`];
	return value === undefined ? undefined : ([] as unknown[]).concat(value).map(String);
};
