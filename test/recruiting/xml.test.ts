import {
	childElement,
	childElements,
	childText,
	decodeEntities,
	parseXml,
	textContent,
	tokenize,
	tryParseXml,
	XmlParseError,
} from '../../nodes/shared/xml';

describe('xml tokenizer', () => {
	it('emits declaration, doctype, comment, open/close, text and CDATA tokens in order', () => {
		const tokens = tokenize(
			'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><!-- c --><a k="v"><![CDATA[<b>]]>t</a>',
		);
		expect(tokens.map((t) => t.type)).toEqual([
			'instruction',
			'doctype',
			'comment',
			'open',
			'cdata',
			'text',
			'close',
		]);
		expect(tokens[0]).toMatchObject({ target: 'xml', value: 'version="1.0"' });
		expect(tokens[2]).toMatchObject({ value: ' c ' });
		expect(tokens[3]).toMatchObject({ name: 'a', attributes: { k: 'v' }, selfClosing: false });
		expect(tokens[4]).toMatchObject({ value: '<b>' });
	});

	it('reads attributes in both quote styles, with entities and whitespace around =', () => {
		const [open] = tokenize(
			`<job id = "1" title='Tom &amp; Jerry' note="say &quot;hi&quot;" empty=""/>`,
		);
		expect(open).toMatchObject({
			type: 'open',
			name: 'job',
			selfClosing: true,
			attributes: { id: '1', title: 'Tom & Jerry', note: 'say "hi"', empty: '' },
		});
	});

	it('accepts names with dashes, dots, digits and namespaces', () => {
		const root = parseXml('<workzag-jobs><ns:a.b-c_1>x</ns:a.b-c_1></workzag-jobs>');
		expect(root.name).toBe('workzag-jobs');
		expect(childElement(root, 'ns:a.b-c_1')).toBeDefined();
	});
});

describe('decodeEntities', () => {
	it('decodes the five predefined, decimal and hex entities', () => {
		expect(
			decodeEntities('&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#39; &#8211; &#x2013; &#X41;'),
		).toBe(`<a> & "b" 'c' ' – – &#X41;`);
	});
	it('decodes astral code points', () => {
		expect(decodeEntities('&#128512;&#x1F600;')).toBe('😀😀');
	});
	it('keeps unknown, malformed and invalid entities as written', () => {
		expect(decodeEntities('&nbsp; & &; &#xD800; &#0; AT&T &amp')).toBe(
			'&nbsp; & &; &#xD800; &#0; AT&T &amp',
		);
	});
	it('does not decode twice', () => {
		expect(decodeEntities('&amp;lt;')).toBe('&lt;');
	});
});

describe('parseXml', () => {
	it('builds the tree, joining text and CDATA, keeping CDATA verbatim', () => {
		const root = parseXml('<r><v>a &amp; <![CDATA[<p>b &amp; c</p>]]> d</v><e/></r>');
		expect(textContent(childElement(root, 'v')!)).toBe('a & <p>b &amp; c</p> d');
		expect(childElements(root).map((e) => e.name)).toEqual(['v', 'e']);
		expect(childElement(root, 'e')!.children).toEqual([]);
	});

	it('skips a BOM, the declaration, comments, processing instructions and the doctype', () => {
		const root = parseXml(
			'\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE r>\n<!-- a <fake> tag -->\n<r><?php echo 1 ?><!-- x -->ok</r>\n<!-- after -->\n',
		);
		expect(root.name).toBe('r');
		expect(textContent(root)).toBe('ok');
	});

	it('childText trims and treats empty or missing elements as undefined', () => {
		const root = parseXml('<r><a>  x  </a><b>   </b><c/></r>');
		expect(childText(root, 'a')).toBe('x');
		expect(childText(root, 'b')).toBeUndefined();
		expect(childText(root, 'c')).toBeUndefined();
		expect(childText(root, 'missing')).toBeUndefined();
	});

	it('only looks at direct children', () => {
		const root = parseXml(
			'<position><additionalOffices><office>Berlin</office></additionalOffices><office>Munich</office></position>',
		);
		expect(childText(root, 'office')).toBe('Munich');
	});

	it('handles a > inside text and attribute values, and ]] that is not a CDATA end', () => {
		const root = parseXml('<r a="x>y">1 > 0 ]] </r>');
		expect(root.attributes.a).toBe('x>y');
		expect(textContent(root)).toBe('1 > 0 ]] ');
	});

	it('handles quotes and brackets inside a DOCTYPE internal subset', () => {
		const root = parseXml('<!DOCTYPE r [ <!ENTITY a "]>"> ]><r>ok</r>');
		expect(textContent(root)).toBe('ok');
	});

	it.each([
		['<a><b></a>', /<\/a> does not close <b>/],
		['<a>', /<a> is never closed/],
		['</a>', /Unexpected <\/a>/],
		['<a></a><b></b>', /second root element <b>/],
		['text<a/>', /Text outside the root element/],
		['<a/>tail', /Text outside the root element/],
		['<a><![CDATA[x</a>', /Unterminated CDATA section/],
		['<a><!-- x</a>', /Unterminated comment/],
		['<a b=1/>', /Expected a quoted value/],
		['<a b="1"c="2"/>', /Expected a space before the attribute/],
		['<a b="1" b="2"/>', /Duplicate attribute b/],
		['<a b="<"/>', /'<' is not allowed/],
		['<a b', /Expected '='|Unterminated start tag/],
		['<1a/>', /Expected a name/],
		['<a>x ]]> y</a>', /']]>' is not allowed in text/],
		['<a/><?xml version="1.0"?>', /declaration must come first/],
		['', /no root element/],
		['<!-- only a comment -->', /no root element/],
	])('rejects %j', (xml, message) => {
		expect(() => parseXml(xml)).toThrow(message);
		expect(() => parseXml(xml)).toThrow(XmlParseError);
	});

	it('reports line and column of the problem', () => {
		const error = (() => {
			try {
				parseXml('<a>\n  <b>\n  </c>\n</a>');
			} catch (e) {
				return e as XmlParseError;
			}
			return undefined;
		})()!;
		expect(error.line).toBe(3);
		expect(error.column).toBe(3);
		expect(error.message).toMatch(/\(line 3, column 3\)$/);
	});

	it('tryParseXml returns errors instead of throwing', () => {
		expect(tryParseXml('<a>')).toEqual({ error: expect.any(XmlParseError) });
		expect(tryParseXml('<a/>')).toEqual({ root: { name: 'a', attributes: {}, children: [] } });
	});

	it('parses a large feed quickly (linear time)', () => {
		const positions = Array.from(
			{ length: 3000 },
			(_, i) =>
				`<position><id>${i}</id><name>Job &amp; ${i}</name><value><![CDATA[<p>${'x'.repeat(200)}</p>]]></value></position>`,
		).join('');
		const started = Date.now();
		const root = parseXml(`<workzag-jobs>${positions}</workzag-jobs>`);
		expect(childElements(root, 'position')).toHaveLength(3000);
		expect(Date.now() - started).toBeLessThan(2000);
	});
});
