/**
 * The tokenizer of the pack's XML parser: a state machine over the characters that reports each
 * token as it finds it. It decodes the five predefined and numeric character entities and skips a
 * DOCTYPE without reading it, so entities declared in one (billion laughs, external entities) are
 * never expanded: they stay as written. Every step looks ahead a bounded distance or scans forward
 * once, so the work is linear in the size of the document.
 */

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
	| {
			type: 'open';
			name: string;
			attributes: Record<string, string>;
			selfClosing: boolean;
			at: number;
	  }
	| { type: 'close'; name: string; at: number }
	| { type: 'text'; value: string; at: number }
	| { type: 'cdata'; value: string; at: number }
	| { type: 'comment'; value: string; at: number }
	| { type: 'instruction'; target: string; value: string; at: number }
	| { type: 'doctype'; value: string; at: number };

// A Map, not an object literal: `&constructor;` or `&__proto__;` must not find Object's prototype.
const PREDEFINED_ENTITIES = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
]);

/** Far more attributes than any element of Personio's feed has (none); a bound on what one tag can cost. */
export const MAX_XML_ATTRIBUTES = 256;

/** The most characters between `&` and `;` of an entity that is decoded (`#x0010FFFF` and some slack). */
const MAX_ENTITY_LENGTH = 11;

/** A name as shown in an error message: a hostile document can hold a name of megabytes. */
export function shownName(name: string): string {
	return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

/** The line and column of a position, both counted from 1. */
export function positionOf(xml: string, at: number): [number, number] {
	let line = 1;
	let lineStart = 0;
	for (let next = xml.indexOf('\n'); next !== -1 && next < at; next = xml.indexOf('\n', next + 1)) {
		line++;
		lineStart = next + 1;
	}
	return [line, at - lineStart + 1];
}

function isNameStart(code: number): boolean {
	return (
		(code >= 65 && code <= 90) ||
		(code >= 97 && code <= 122) ||
		code === 95 ||
		code === 58 ||
		code > 0x7f
	);
}

function isNameChar(code: number): boolean {
	return isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

function isSpace(char: string): boolean {
	return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function decodeEntity(entity: string): string | undefined {
	const predefined = PREDEFINED_ENTITIES.get(entity);
	if (predefined !== undefined) return predefined;
	let codePoint: number | undefined;
	if (/^#[0-9]+$/.test(entity)) codePoint = Number.parseInt(entity.slice(1), 10);
	else if (/^#x[0-9A-Fa-f]+$/.test(entity)) codePoint = Number.parseInt(entity.slice(2), 16);
	const surrogate = codePoint !== undefined && codePoint >= 0xd800 && codePoint <= 0xdfff;
	if (codePoint === undefined || codePoint > 0x10ffff || surrogate || codePoint === 0) {
		return undefined;
	}
	return String.fromCodePoint(codePoint);
}

/** The `;` closing the entity that starts at `amp`, looked for no further than an entity can reach. */
function entityEnd(text: string, amp: number): number {
	const limit = Math.min(text.length, amp + 2 + MAX_ENTITY_LENGTH);
	for (let j = amp + 1; j < limit; j++) {
		const code = text.charCodeAt(j);
		if (code === 59) return j; // ;
		if (code === 38 || code === 60 || code <= 32) return -1; // &, < or a space: no entity
	}
	return -1;
}

/** Replaces `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;`; anything else is kept as written. */
export function decodeEntities(text: string): string {
	let amp = text.indexOf('&');
	if (amp === -1) return text;
	const parts: string[] = [];
	let copied = 0;
	while (amp !== -1) {
		const end = entityEnd(text, amp);
		const decoded = end === -1 ? undefined : decodeEntity(text.slice(amp + 1, end));
		if (decoded === undefined) {
			amp = text.indexOf('&', amp + 1);
			continue;
		}
		if (amp > copied) parts.push(text.slice(copied, amp));
		parts.push(decoded);
		copied = end + 1;
		amp = text.indexOf('&', copied);
	}
	if (copied < text.length) parts.push(text.slice(copied));
	return parts.join('');
}

/** Reports each token of a document in order. Throws XmlParseError on markup that is not well-formed. */
export function scanXml(xml: string, onToken: (token: XmlToken) => void): void {
	const length = xml.length;
	let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0; // byte order mark

	const fail = (message: string, at = i): never => {
		throw new XmlParseError(message, ...positionOf(xml, at));
	};
	const expectUntil = (terminator: string, from: number, what: string): number => {
		const end = xml.indexOf(terminator, from);
		if (end === -1) fail(`Unterminated ${what}`, from);
		return end;
	};
	const readName = (): string => {
		const start = i;
		if (i >= length || !isNameStart(xml.charCodeAt(i))) fail('Expected a name');
		while (i < length && isNameChar(xml.charCodeAt(i))) i++;
		return xml.slice(start, i);
	};
	const skipSpace = () => {
		while (i < length && isSpace(xml[i])) i++;
	};
	const readAttributes = (
		name: string,
		at: number,
	): { attributes: Record<string, string>; selfClosing: boolean } => {
		const attributes: Record<string, string> = {};
		for (let count = 0; ; count++) {
			const hadSpace = i < length && isSpace(xml[i]);
			skipSpace();
			if (i >= length) fail(`Unterminated start tag <${shownName(name)}`, at);
			if (xml[i] === '>') {
				i++;
				return { attributes, selfClosing: false };
			}
			if (xml.startsWith('/>', i)) {
				i += 2;
				return { attributes, selfClosing: true };
			}
			if (!hadSpace) fail(`Expected a space before the attribute in <${shownName(name)}`);
			if (count === MAX_XML_ATTRIBUTES) {
				fail(`<${shownName(name)}> has more than ${MAX_XML_ATTRIBUTES} attributes`, at);
			}
			const attribute = readName();
			const shown = shownName(attribute);
			skipSpace();
			if (xml[i] !== '=') fail(`Expected '=' after the attribute ${shown}`);
			i++;
			skipSpace();
			const quote = xml[i];
			if (quote !== '"' && quote !== "'") {
				fail(`Expected a quoted value for the attribute ${shown}`);
			}
			const end = expectUntil(quote, i + 1, `value of the attribute ${shown}`);
			const raw = xml.slice(i + 1, end);
			const lessThan = raw.indexOf('<');
			if (lessThan !== -1) {
				fail(`'<' is not allowed in the value of the attribute ${shown}`, i + 1 + lessThan);
			}
			if (Object.prototype.hasOwnProperty.call(attributes, attribute)) {
				fail(`Duplicate attribute ${shown} in <${shownName(name)}>`, i);
			}
			const value = decodeEntities(raw);
			// Assigned, __proto__ would set the object's prototype instead of holding the attribute.
			if (attribute === '__proto__') {
				Object.defineProperty(attributes, attribute, {
					value,
					enumerable: true,
					writable: true,
					configurable: true,
				});
			} else attributes[attribute] = value;
			i = end + 1;
		}
	};

	while (i < length) {
		const at = i;
		if (xml[i] !== '<') {
			// Text until the next markup.
			const next = xml.indexOf('<', i);
			const end = next === -1 ? length : next;
			const raw = xml.slice(i, end);
			const cdataEnd = raw.indexOf(']]>');
			if (cdataEnd !== -1) fail("']]>' is not allowed in text", i + cdataEnd);
			onToken({ type: 'text', value: decodeEntities(raw), at });
			i = end;
		} else if (xml.startsWith('<!--', i)) {
			const end = expectUntil('-->', i + 4, 'comment');
			onToken({ type: 'comment', value: xml.slice(i + 4, end), at });
			i = end + 3;
		} else if (xml.startsWith('<![CDATA[', i)) {
			const end = expectUntil(']]>', i + 9, 'CDATA section');
			onToken({ type: 'cdata', value: xml.slice(i + 9, end), at });
			i = end + 3;
		} else if (xml.startsWith('<?', i)) {
			i += 2;
			const target = readName();
			const end = expectUntil('?>', i, 'processing instruction');
			onToken({ type: 'instruction', target, value: xml.slice(i, end).trim(), at });
			i = end + 2;
		} else if (xml.startsWith('<!DOCTYPE', i)) {
			// Skipped to the '>' that closes it, past an internal subset in [...] and quoted strings.
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
			onToken({ type: 'doctype', value: xml.slice(i + 9, j).trim(), at });
			i = j + 1;
		} else if (xml.startsWith('</', i)) {
			i += 2;
			const name = readName();
			skipSpace();
			if (xml[i] !== '>') fail(`Expected '>' to close </${shownName(name)}`);
			i++;
			onToken({ type: 'close', name, at });
		} else {
			if (xml[i + 1] === '!') fail('Unsupported markup declaration');
			i++;
			const name = readName();
			onToken({ type: 'open', name, ...readAttributes(name, at), at });
		}
	}
}

/** Splits a document into tokens. Throws XmlParseError on markup that is not well-formed. */
export function tokenize(xml: string): XmlToken[] {
	const tokens: XmlToken[] = [];
	scanXml(xml, (token) => tokens.push(token));
	return tokens;
}
