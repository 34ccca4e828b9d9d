/** Families of bad values, by the kind of field they are given to. */
export const EMPTY = ['', '   ', null];
/** n8n hands a null parameter back as its default, so text fields with a default get blanks only. */
export const BLANK = ['', '   ', '\t'];
export const PATH_INJECTION = [
	'../1',
	'1/../2',
	'..',
	'.',
	'1/2',
	'1?admin=true',
	'1#frag',
	'1%2F2',
	'%2e%2e',
	'..%2F..%2Fv1',
	'1\n2',
	'1\r\nX-Injected: yes',
	'1 2',
	'1\u00002',
	'\\..\\1',
	'１２',
];
export const WRONG_TYPE = [{}, { id: 1 }, [1, 2], true];
export const INTEGER_ID = [
	...EMPTY,
	...PATH_INJECTION,
	...WRONG_TYPE,
	'abc',
	'0',
	'-1',
	'1.5',
	'1e3',
	'0x10',
	'99999999999999999999',
	0,
	-5,
	2.5,
];
export const OPAQUE_ID = [
	...EMPTY,
	...PATH_INJECTION,
	...WRONG_TYPE,
	'a/b',
	'a b',
	'ä',
	'x'.repeat(10) + '/',
];
export const OPTIONAL_INTEGER_ID = INTEGER_ID.filter(
	(value) => !EMPTY.includes(value as never) && value !== 0,
);
export const OPTIONAL_OPAQUE_ID = OPAQUE_ID.filter((value) => !EMPTY.includes(value as never));
export const UUID = [
	...EMPTY,
	...PATH_INJECTION,
	'123',
	'not-a-uuid',
	'3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3',
	'3f1c2b9e8c1d4e4f9a6b2d7e5c1a0b3c',
	'3f1c2b9e-8c1d-4e4f-9a6b-2d7e5c1a0b3g',
	{},
];
export const BAD_DATE = [
	'2024-13-01',
	'2024-02-30',
	'2023-02-29',
	'01.02.2024',
	'2024/02/01',
	'2024-1-1',
	'yesterday',
	'2024-02-01T25:00:00Z',
	'2024-02-01 junk',
	20240201,
	{},
	['2024-02-01'],
	'../2024-02-01',
];
export const DATE = [...EMPTY, ...BAD_DATE];
export const BAD_DATE_TIME = [
	'2024-13-01T00:00:00Z',
	'tomorrow',
	'2024-02-01T09:00:00Z junk',
	'01/02/2024 09:00',
	1706778000,
	{},
	'2024-02-01T09:00:00Z/../',
];
export const BAD_EMAIL = [
	'ada',
	'ada@',
	'@example.com',
	'ada@example',
	'ada @example.com',
	'ada@exa mple.com',
	`${'a'.repeat(250)}@example.com`,
	42,
	{},
	'ada@example.com\nBcc: eve@example.com',
];
export const EMAIL = [...EMPTY, ...BAD_EMAIL];
export const TIME = [...EMPTY, '24:00', '9:00', '09:60', '0900', 'noon', '09:00:00', 9, {}];
export const REQUIRED_TEXT = (max: number) => [...EMPTY, 'x'.repeat(max + 1)];
export const TOO_LONG = (max: number) => ['x'.repeat(max + 1), 'ü'.repeat(max + 1)];
export const LIMIT = [0, -1, 'abc', '', null, {}, Number.NaN];
export const HOURS = [-1, 168.5, 169, 'forty', {}];
export const OPTION = ['nonsense', 'ACTIVE_X', '../active', 42, {}, true];
