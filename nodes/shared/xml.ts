/**
 * A small, dependency-free XML parser: the tokenizer in xmlTokens.ts and a tree builder on a stack of
 * open elements, so neither reading nor walking a tree recurses. It understands elements, attributes,
 * text, CDATA sections, the five predefined and numeric character entities, comments, processing
 * instructions (the XML declaration) and a DOCTYPE, which it skips. It does not validate against a DTD
 * and never expands entities declared in one (an unknown entity is kept as written).
 *
 * Community nodes may import nothing but n8n-workflow, so no XML library can be used.
 */
import { positionOf, scanXml, shownName, XmlParseError } from './xmlTokens';

export {
	decodeEntities,
	MAX_XML_ATTRIBUTES,
	shownName,
	tokenize,
	XmlParseError,
} from './xmlTokens';
export type { XmlToken } from './xmlTokens';

export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Deeper than any feed Personio publishes (five levels), far below what could exhaust a stack. */
export const MAX_XML_DEPTH = 256;
/**
 * Elements, attributes and texts of one document: room for a 10 MB feed of real jobs (about 20 a job),
 * while 10 MB of empty elements (2.5 million) would take about 500 MB of memory as a tree.
 */
export const MAX_XML_NODES = 500_000;

/** Parses a document into its root element. Text inside an element keeps its whitespace. */
export function parseXml(xml: string): XmlElement {
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	let nodes = 0;
	const fail = (message: string, at: number): never => {
		throw new XmlParseError(message, ...positionOf(xml, at));
	};
	const count = (added: number, at: number) => {
		nodes += added;
		if (nodes > MAX_XML_NODES) {
			fail(
				`The document has more than ${MAX_XML_NODES.toLocaleString('en-US')} elements, attributes and texts`,
				at,
			);
		}
	};

	scanXml(xml, (token) => {
		const parent = stack[stack.length - 1];
		switch (token.type) {
			case 'open': {
				if (!parent && root) fail(`A second root element <${shownName(token.name)}>`, token.at);
				if (stack.length >= MAX_XML_DEPTH) {
					fail(`Elements are nested deeper than ${MAX_XML_DEPTH} levels`, token.at);
				}
				count(1 + Object.keys(token.attributes).length, token.at);
				const element: XmlElement = {
					name: token.name,
					attributes: token.attributes,
					children: [],
				};
				if (parent) parent.children.push(element);
				else root = element;
				if (!token.selfClosing) stack.push(element);
				break;
			}
			case 'close': {
				if (!parent) fail(`Unexpected </${shownName(token.name)}>`, token.at);
				if (parent.name !== token.name) {
					fail(`</${shownName(token.name)}> does not close <${shownName(parent.name)}>`, token.at);
				}
				stack.pop();
				break;
			}
			case 'text':
			case 'cdata': {
				if (parent) {
					const last = parent.children[parent.children.length - 1];
					if (typeof last === 'string') {
						parent.children[parent.children.length - 1] = last + token.value;
					} else {
						count(1, token.at);
						parent.children.push(token.value);
					}
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
	});
	if (stack.length) {
		fail(`<${shownName(stack[stack.length - 1].name)}> is never closed`, xml.length);
	}
	if (!root) fail('The document has no root element', 0);
	return root!;
}

/** Like parseXml, but gives a malformed document back as an error value instead of throwing. */
export function tryParseXml(xml: string): { root: XmlElement } | { error: XmlParseError } {
	try {
		return { root: parseXml(xml) };
	} catch (error) {
		// parseXml throws nothing but XmlParseError: its depth limit keeps the stack small.
		return { error: error as XmlParseError };
	}
}

/** The direct child elements, optionally only those with this name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
	return element.children.filter(
		(child): child is XmlElement =>
			typeof child !== 'string' && (name === undefined || child.name === name),
	);
}

/** The first direct child element with this name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
	return element.children.find(
		(child): child is XmlElement => typeof child !== 'string' && child.name === name,
	);
}

/** All text inside an element, its descendants' included. */
export function textContent(element: XmlElement): string {
	const parts: string[] = [];
	const pending: XmlNode[] = element.children.slice().reverse();
	while (pending.length) {
		const node = pending.pop()!;
		if (typeof node === 'string') parts.push(node);
		else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
	}
	return parts.join('');
}

/** The trimmed text of a direct child element, or undefined when it is missing or empty. */
export function childText(element: XmlElement, name: string): string | undefined {
	const child = childElement(element, name);
	if (!child) return undefined;
	const text = textContent(child).trim();
	return text === '' ? undefined : text;
}
