/**
 * A small, dependency-free XML parser: a tokenizer (a state machine over the characters) and a tree
 * builder on a stack of open elements. It understands elements, attributes, text, CDATA sections,
 * the five predefined and numeric character entities, comments, processing instructions (the XML
 * declaration) and a DOCTYPE, which it skips. It does not validate against a DTD and does not expand
 * entities declared in one (an unknown entity is kept as written).
 *
 * Community nodes may import nothing but n8n-workflow, so no XML library can be used.
 */

export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlParseError extends Error {
	constructor(
		message: string,
		readonly line: number,
		readonly column: number,
	) {
		super(`${message} (line ${line}, column ${column})`);
		this.name = 'XmlParseError';
	}
}

export type XmlToken =
	| { type: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean; at: number }
	| { type: 'close'; name: string; at: number }
	| { type: 'text'; value: string; at: number }
	| { type: 'cdata'; value: string; at: number }
	| { type: 'comment'; value: string; at: number }
	| { type: 'instruction'; target: string; value: string; at: number }
	| { type: 'doctype'; value: string; at: number };

const PREDEFINED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isNameStart(char: string): boolean {
	return /[A-Za-z_:]/.test(char) || char.charCodeAt(0) > 0x7f;
}

function isNameChar(char: string): boolean {
	return /[A-Za-z0-9_:.-]/.test(char) || char.charCodeAt(0) > 0x7f;
}

function isSpace(char: string): boolean {
	return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/** Replaces `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;`; anything else is kept as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	let out = '';
	let i = 0;
	while (i < text.length) {
		const char = text[i];
		if (char !== '&') {
			out += char;
			i++;
			continue;
		}
		const end = text.indexOf(';', i + 1);
		const entity = end === -1 || end - i > 12 ? undefined : text.slice(i + 1, end);
		const decoded = entity === undefined ? undefined : decodeEntity(entity);
		if (decoded === undefined) {
			out += char;
			i++;
			continue;
		}
		out += decoded;
		i = end + 1;
	}
	return out;
}

function decodeEntity(entity: string): string | undefined {
	if (entity in PREDEFINED_ENTITIES) return PREDEFINED_ENTITIES[entity];
	let codePoint: number | undefined;
	if (/^#[0-9]+$/.test(entity)) codePoint = Number.parseInt(entity.slice(1), 10);
	else if (/^#x[0-9A-Fa-f]+$/.test(entity)) codePoint = Number.parseInt(entity.slice(2), 16);
	if (codePoint === undefined || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint === 0) {
		return undefined;
	}
	return String.fromCodePoint(codePoint);
}

/** Splits a document into tokens. Throws XmlParseError on markup that is not well-formed. */
export function tokenize(xml: string): XmlToken[] {
	const tokens: XmlToken[] = [];
	const length = xml.length;
	let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0; // byte order mark

	const fail = (message: string, at = i): never => {
		const before = xml.slice(0, at);
		const line = before.split('\n').length;
		const column = at - before.lastIndexOf('\n');
		throw new XmlParseError(message, line, column);
	};
	const expectUntil = (terminator: string, from: number, what: string): number => {
		const end = xml.indexOf(terminator, from);
		if (end === -1) fail(`Unterminated ${what}`, from);
		return end;
	};
	const readName = (): string => {
		const start = i;
		if (i >= length || !isNameStart(xml[i])) fail('Expected a name');
		while (i < length && isNameChar(xml[i])) i++;
		return xml.slice(start, i);
	};
	const skipSpace = () => {
		while (i < length && isSpace(xml[i])) i++;
	};

	while (i < length) {
		const at = i;
		if (xml[i] !== '<') {
			// Text until the next markup.
			const next = xml.indexOf('<', i);
			const end = next === -1 ? length : next;
			const raw = xml.slice(i, end);
			if (raw.includes(']]>')) fail("']]>' is not allowed in text", i + raw.indexOf(']]>'));
			tokens.push({ type: 'text', value: decodeEntities(raw), at });
			i = end;
			continue;
		}
		if (xml.startsWith('<!--', i)) {
			const end = expectUntil('-->', i + 4, 'comment');
			tokens.push({ type: 'comment', value: xml.slice(i + 4, end), at });
			i = end + 3;
			continue;
		}
		if (xml.startsWith('<![CDATA[', i)) {
			const end = expectUntil(']]>', i + 9, 'CDATA section');
			tokens.push({ type: 'cdata', value: xml.slice(i + 9, end), at });
			i = end + 3;
			continue;
		}
		if (xml.startsWith('<?', i)) {
			i += 2;
			const target = readName();
			const end = expectUntil('?>', i, 'processing instruction');
			tokens.push({ type: 'instruction', target, value: xml.slice(i, end).trim(), at });
			i = end + 2;
			continue;
		}
		if (xml.startsWith('<!DOCTYPE', i)) {
			// Skip to the '>' that closes the doctype, past an internal subset in [...] and quoted strings.
			let j = i + 9;
			let depth = 0;
			let quote = '';
			for (; j < length; j++) {
				const char = xml[j];
				if (quote) {
					if (char === quote) quote = '';
				} else if (char === '"' || char === "'") quote = char;
				else if (char === '[') depth++;
				else if (char === ']') depth--;
				else if (char === '>' && depth <= 0) break;
			}
			if (j >= length) fail('Unterminated DOCTYPE');
			tokens.push({ type: 'doctype', value: xml.slice(i + 9, j).trim(), at });
			i = j + 1;
			continue;
		}
		if (xml.startsWith('</', i)) {
			i += 2;
			const name = readName();
			skipSpace();
			if (xml[i] !== '>') fail(`Expected '>' to close </${name}`);
			i++;
			tokens.push({ type: 'close', name, at });
			continue;
		}
		if (xml[i + 1] === '!') fail('Unsupported markup declaration');

		// Start tag: name, then attributes, then '>' or '/>'.
		i++;
		const name = readName();
		const attributes: Record<string, string> = {};
		let selfClosing = false;
		for (;;) {
			const hadSpace = i < length && isSpace(xml[i]);
			skipSpace();
			if (i >= length) fail(`Unterminated start tag <${name}`, at);
			if (xml[i] === '>') {
				i++;
				break;
			}
			if (xml.startsWith('/>', i)) {
				selfClosing = true;
				i += 2;
				break;
			}
			if (!hadSpace) fail(`Expected a space before the attribute in <${name}`);
			const attribute = readName();
			skipSpace();
			if (xml[i] !== '=') fail(`Expected '=' after the attribute ${attribute}`);
			i++;
			skipSpace();
			const quote = xml[i];
			if (quote !== '"' && quote !== "'") fail(`Expected a quoted value for the attribute ${attribute}`);
			const end = expectUntil(quote, i + 1, `value of the attribute ${attribute}`);
			const raw = xml.slice(i + 1, end);
			if (raw.includes('<')) fail(`'<' is not allowed in the value of the attribute ${attribute}`, i + 1);
			if (attribute in attributes) fail(`Duplicate attribute ${attribute} in <${name}>`, i);
			attributes[attribute] = decodeEntities(raw);
			i = end + 1;
		}
		tokens.push({ type: 'open', name, attributes, selfClosing, at });
	}
	return tokens;
}

/** Parses a document into its root element. Text inside an element keeps its whitespace. */
export function parseXml(xml: string): XmlElement {
	const tokens = tokenize(xml);
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	const position = (at: number) => {
		const before = xml.slice(0, at);
		return [before.split('\n').length, at - before.lastIndexOf('\n')] as const;
	};
	const fail = (message: string, at: number): never => {
		throw new XmlParseError(message, ...position(at));
	};

	for (const token of tokens) {
		const parent = stack[stack.length - 1];
		switch (token.type) {
			case 'open': {
				if (!parent && root) fail(`A second root element <${token.name}>`, token.at);
				const element: XmlElement = { name: token.name, attributes: token.attributes, children: [] };
				if (parent) parent.children.push(element);
				else root = element;
				if (!token.selfClosing) stack.push(element);
				break;
			}
			case 'close': {
				if (!parent) fail(`Unexpected </${token.name}>`, token.at);
				if (parent.name !== token.name) fail(`</${token.name}> does not close <${parent.name}>`, token.at);
				stack.pop();
				break;
			}
			case 'text':
			case 'cdata': {
				if (parent) {
					const last = parent.children[parent.children.length - 1];
					if (typeof last === 'string') parent.children[parent.children.length - 1] = last + token.value;
					else parent.children.push(token.value);
				} else if (token.type === 'cdata' || token.value.trim() !== '') {
					fail('Text outside the root element', token.at);
				}
				break;
			}
			case 'instruction':
				if (token.target.toLowerCase() === 'xml' && xml.slice(0, token.at).trim() !== '') {
					fail('The XML declaration must come first', token.at);
				}
				break;
			default:
				// Comments and the DOCTYPE carry no data.
				break;
		}
	}
	if (stack.length) fail(`<${stack[stack.length - 1].name}> is never closed`, xml.length);
	if (!root) fail('The document has no root element', 0);
	return root!;
}

/** Like parseXml, but gives a malformed document back as an error value instead of throwing. */
export function tryParseXml(xml: string): { root: XmlElement } | { error: XmlParseError } {
	try {
		return { root: parseXml(xml) };
	} catch (error) {
		// parseXml throws nothing but XmlParseError.
		return { error: error as XmlParseError };
	}
}

/** The direct child elements, optionally only those with this name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
	return element.children.filter(
		(child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name),
	);
}

/** The first direct child element with this name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
	return childElements(element, name)[0];
}

/** All text inside an element, its descendants' included. */
export function textContent(element: XmlElement): string {
	return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}

/** The trimmed text of a direct child element, or undefined when it is missing or empty. */
export function childText(element: XmlElement, name: string): string | undefined {
	const child = childElement(element, name);
	if (!child) return undefined;
	const text = textContent(child).trim();
	return text === '' ? undefined : text;
}
