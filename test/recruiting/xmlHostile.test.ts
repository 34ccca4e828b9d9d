import nock from 'nock';

import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { parseJobFeed } from '../../nodes/PersonioRecruiting/actions/job/feed';
import type { XmlElement } from '../../nodes/shared/xml';
import {
	decodeEntities,
	MAX_XML_ATTRIBUTES,
	MAX_XML_DEPTH,
	MAX_XML_NODES,
	parseXml,
	textContent,
	tryParseXml,
	XmlParseError,
} from '../../nodes/shared/xml';
import { CAREERS_URL, fastRetries, loadOptionsContext, runNode } from '../helpers/harness';

/*
 * Correctness and errors under hostile input. How long each case takes and what memory it needs is
 * measured by bench/xml-hostile.js, not asserted here.
 */

const MB = 1024 * 1024;
const childCount = (element: XmlElement) => element.children.length;
const nested = (depth: number, inner = 'x') =>
	`${'<a>'.repeat(depth)}${inner}${'</a>'.repeat(depth)}`;
const errorOf = (xml: string) => {
	const result = tryParseXml(xml);
	if (!('error' in result)) throw new Error('expected a parse error');
	return result.error;
};

describe('entities', () => {
	it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])(
		'keeps &%s; as written: only the five predefined entities are looked up',
		(name) => {
			expect(decodeEntities(`a &${name}; b`)).toBe(`a &${name}; b`);
			expect(textContent(parseXml(`<r t="&${name};">&${name};</r>`))).toBe(`&${name};`);
			expect(parseXml(`<r t="&${name};"/>`).attributes.t).toBe(`&${name};`);
		},
	);

	it('keeps long runs of "&" and of unterminated entities as written, and still decodes what follows', () => {
		const run = '&'.repeat(MB);
		expect(decodeEntities(run)).toBe(run);
		expect(decodeEntities(`${run}&amp;x`)).toBe(`${run}&x`);
		const unterminated = '&lt'.repeat(100_000);
		expect(textContent(parseXml(`<r>${unterminated}&gt;</r>`))).toBe(`${unterminated}>`);
		expect(parseXml(`<r a="${run}&quot;"/>`).attributes.a).toBe(`${run}"`);
	});

	it('decodes an entity only up to its bounded length', () => {
		expect(decodeEntities('&#x000000041; &#x0000000041;')).toBe('A &#x0000000041;');
		expect(decodeEntities('&amp &amp;')).toBe('&amp &');
	});

	it('leaves billion laughs inert: entities declared in the DOCTYPE are never expanded', () => {
		const definitions = Array.from(
			{ length: 9 },
			(_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`,
		).join('');
		const root = parseXml(
			`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${definitions}]><lolz>&lol9;</lolz>`,
		);
		expect(textContent(root)).toBe('&lol9;');
	});

	it.each([
		['SYSTEM', '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>'],
		['PUBLIC', '<!DOCTYPE r [<!ENTITY xxe PUBLIC "-//x" "http://127.0.0.1:1/x">]><r>&xxe;</r>'],
		['parameter', '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:1/p.dtd"> %p;]><r>&xxe;</r>'],
		['external DTD', '<!DOCTYPE r SYSTEM "http://127.0.0.1:1/r.dtd"><r>&xxe;</r>'],
	])('leaves a %s external entity inert', (_kind, xml) => {
		expect(textContent(parseXml(xml))).toBe('&xxe;');
	});
});

describe('attributes', () => {
	it('accepts attributes named like members of Object.prototype, as plain own data', () => {
		const root = parseXml('<r constructor="c" toString="t" __proto__="p" hasOwnProperty="h"/>');
		expect(Object.keys(root.attributes)).toEqual([
			'constructor',
			'toString',
			'__proto__',
			'hasOwnProperty',
		]);
		expect(root.attributes.constructor).toBe('c');
		expect(Object.getOwnPropertyDescriptor(root.attributes, '__proto__')?.value).toBe('p');
		expect(Object.getPrototypeOf(root.attributes)).toBe(Object.prototype);
	});

	it('still refuses a real duplicate', () => {
		expect(() => parseXml('<r constructor="1" constructor="2"/>')).toThrow(
			/Duplicate attribute constructor/,
		);
	});

	it('reads a huge attribute value', () => {
		expect(parseXml(`<r a="${'x'.repeat(8 * MB)}"/>`).attributes.a).toHaveLength(8 * MB);
	});

	it(`reads ${MAX_XML_ATTRIBUTES} attributes on one element and refuses more`, () => {
		const attributes = (count: number) =>
			Array.from({ length: count }, (_, i) => ` a${i}="${i}"`).join('');
		const root = parseXml(`<r${attributes(MAX_XML_ATTRIBUTES)}/>`);
		expect(Object.keys(root.attributes)).toHaveLength(MAX_XML_ATTRIBUTES);
		expect(errorOf(`<r${attributes(200_000)}/>`).message).toMatch(
			new RegExp(`^<r> has more than ${MAX_XML_ATTRIBUTES} attributes \\(line 1, column 1\\)`),
		);
	});
});

describe('size of the tree', () => {
	it(`reads ${MAX_XML_NODES} elements, attributes and texts, and refuses a document with more`, () => {
		// The root and one text, and between them elements with one attribute each: exactly the limit.
		const pairs = (MAX_XML_NODES - 2) / 2;
		const within = `<r>${'<a b="1"/>'.repeat(pairs)}x</r>`;
		expect(childCount(parseXml(within))).toBe(pairs + 1);
		expect(errorOf(`<r>${'<a/>'.repeat(MAX_XML_NODES)}</r>`).message).toMatch(
			new RegExp(`more than 500,000 elements, attributes and texts`),
		);
		expect(errorOf(`<r>${'<a/>x'.repeat(MAX_XML_NODES / 2)}</r>`).message).toMatch(/more than/);
	});
});

describe('nesting', () => {
	it(`parses ${MAX_XML_DEPTH} levels`, () => {
		expect(textContent(parseXml(nested(MAX_XML_DEPTH)))).toBe('x');
	});

	it.each([MAX_XML_DEPTH + 1, 2671, 100_000])(
		'refuses %d levels with a parse error naming the limit',
		(depth) => {
			const error = errorOf(nested(depth));
			expect(error).toBeInstanceOf(XmlParseError);
			const column = MAX_XML_DEPTH * 3 + 1;
			expect(error.message).toMatch(
				new RegExp(`nested deeper than ${MAX_XML_DEPTH} levels \\(line 1, column ${column}\\)`),
			);
		},
	);

	it('stops at the limit while reading a document that only opens elements', () => {
		expect(errorOf('<a>'.repeat(1_000_000)).message).toMatch(/nested deeper than/);
	});

	it('walks a deep tree built elsewhere without recursion', () => {
		const root: XmlElement = { name: 'a', attributes: {}, children: [] };
		let leaf = root;
		for (let i = 0; i < 200_000; i++) {
			const child: XmlElement = { name: 'a', attributes: {}, children: [String(i % 10)] };
			leaf.children.push(child);
			leaf = child;
		}
		const text = textContent(root);
		expect(text).toHaveLength(200_000);
		expect(text.slice(0, 12)).toBe('012345678901');
	});

	it('a feed nested too deep is a problem to report, not an exception', () => {
		const feed = `<workzag-jobs><position><id>1</id><name>${nested(300)}</name></position></workzag-jobs>`;
		expect(parseJobFeed(feed)).toEqual({
			problem: expect.stringMatching(/not valid XML: Elements are nested deeper/),
		});
	});
});

describe('error messages', () => {
	it.each([
		['an unclosed element', `<${'n'.repeat(MB)}>`],
		['a wrong end tag', `<a></${'n'.repeat(MB)}>`],
		['a duplicate attribute', `<a ${'n'.repeat(MB)}="1" ${'n'.repeat(MB)}="2"/>`],
		['a second root', `<a/><${'n'.repeat(MB)}/>`],
	])('shorten a megabyte name in %s', (_label, xml) => {
		const error = errorOf(xml);
		expect(error.message.length).toBeLessThan(200);
		expect(error.message).toContain('nnnn…');
	});

	it('shorten the root name and id a feed is refused for', () => {
		const wrongRoot = parseJobFeed(`<${'n'.repeat(MB)}/>`) as { problem: string };
		expect(wrongRoot.problem.length).toBeLessThan(200);
		const badId = parseJobFeed(
			`<workzag-jobs><position><id>${'x'.repeat(MB)}</id></position></workzag-jobs>`,
		) as {
			problem: string;
		};
		expect(badId.problem.length).toBeLessThan(200);
	});
});

describe('careers feed size', () => {
	const node = new PersonioRecruiting();
	const TYPE = 'n8n-nodes-personio.personioRecruiting';
	const run = () =>
		runNode({
			nodeType: node,
			typeName: TYPE,
			parameters: {
				resource: 'job',
				operation: 'getAll',
				language: 'en',
				returnAll: true,
				filters: {},
			} as never,
		});
	const position = (id: number, name: string) =>
		`<position><id>${id}</id><name>${name}</name></position>`;
	const feedOf = (positions: string) =>
		`<?xml version="1.0"?><workzag-jobs>${positions}</workzag-jobs>`;

	beforeAll(fastRetries);

	it('reads a feed just under 10 MB', async () => {
		const body = feedOf(position(1, 'x'.repeat(10 * MB - 200)));
		nock(CAREERS_URL)
			.get('/xml')
			.query({ language: 'en' })
			.reply(200, body, { 'Content-Type': 'text/xml' });
		const [items] = await run();
		expect(items).toHaveLength(1);
		expect((items[0].json.name as string).length).toBe(10 * MB - 200);
	});

	it.each([
		['ASCII', () => feedOf(position(1, 'x'.repeat(10 * MB)))],
		[
			'of 3-byte characters (fewer than 10 million characters)',
			() => feedOf(position(1, '€'.repeat(3_600_000))),
		],
	])('refuses a feed over 10 MB, %s, with a clear error', async (_label, build) => {
		nock(CAREERS_URL)
			.get('/xml')
			.query({ language: 'en' })
			.reply(200, build(), { 'Content-Type': 'text/xml' });
		const error = await run().catch((e) => e);
		expect(error.message).toMatch(/larger than (the )?10 MB/);
	});

	it("refuses it in the editor's job search too", async () => {
		nock(CAREERS_URL)
			.get('/xml')
			.query({ language: 'en' })
			.reply(200, feedOf(position(1, 'x'.repeat(11 * MB))), { 'Content-Type': 'text/xml' });
		const context = loadOptionsContext(node, TYPE, { resource: 'applicant', operation: 'create' });
		await expect(node.methods.listSearch.searchJobs.call(context as never)).rejects.toThrow(
			/larger than (the )?10 MB/,
		);
	});
});
