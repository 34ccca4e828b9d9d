'use strict';
/* Small HTTP helpers for the sandbox: body parsing (json, form, multipart) and query helpers. */

const crypto = require('crypto');

function parseForm(str) {
	const params = new URLSearchParams(str);
	const out = {};
	for (const [rawKey, value] of params) {
		// employee[email]=x  -> { employee: { email: x } } ; key[]=a&key[]=b -> { key: [a, b] }
		const m = /^([^[\]]+)\[([^[\]]*)\](.*)$/.exec(rawKey);
		if (!m) {
			out[rawKey] = value;
			continue;
		}
		const [, base, inner] = m;
		if (inner === '') {
			if (!Array.isArray(out[base])) out[base] = [];
			out[base].push(value);
		} else {
			if (typeof out[base] !== 'object' || out[base] === null || Array.isArray(out[base]))
				out[base] = {};
			out[base][inner] = value;
		}
	}
	return out;
}

function parseMultipart(buffer, contentType) {
	const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType || '');
	if (!m) throw new Error('multipart boundary missing');
	const boundary = Buffer.from(`--${m[1] || m[2]}`);
	const fields = {};
	const files = {};
	let pos = buffer.indexOf(boundary);
	if (pos < 0) throw new Error('multipart boundary not found in body');
	while (pos >= 0) {
		let start = pos + boundary.length;
		if (buffer[start] === 0x2d && buffer[start + 1] === 0x2d) break; // closing --
		if (buffer[start] === 0x0d && buffer[start + 1] === 0x0a) start += 2;
		const headerEnd = buffer.indexOf('\r\n\r\n', start);
		if (headerEnd < 0) throw new Error('malformed multipart part');
		const headerText = buffer.slice(start, headerEnd).toString('utf8');
		const next = buffer.indexOf(boundary, headerEnd + 4);
		if (next < 0) throw new Error('multipart closing boundary missing');
		let end = next;
		if (buffer[end - 2] === 0x0d && buffer[end - 1] === 0x0a) end -= 2;
		const content = buffer.slice(headerEnd + 4, end);
		const headers = {};
		for (const line of headerText.split('\r\n')) {
			const i = line.indexOf(':');
			if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
		}
		const disp = headers['content-disposition'] || '';
		const name = (/\bname="([^"]*)"/i.exec(disp) || [])[1];
		const filenameMatch = /\bfilename\*?=(?:UTF-8'')?"?([^";]*)"?/i.exec(disp);
		if (name !== undefined) {
			if (filenameMatch) {
				files[name] = {
					filename: decodeURIComponent(filenameMatch[1]),
					contentType: headers['content-type'] || 'application/octet-stream',
					size: content.length,
					content,
				};
			} else {
				fields[name] = content.toString('utf8');
			}
		}
		pos = next;
	}
	return { fields, files };
}

/** Parse a request body by content type. Returns { kind, body, files?, error? } */
function parseBody(buffer, contentType) {
	const ct = (contentType || '').toLowerCase();
	if (!buffer || buffer.length === 0) return { kind: ct ? kindOf(ct) : 'none', body: undefined };
	const kind = kindOf(ct);
	try {
		if (kind === 'json') return { kind, body: JSON.parse(buffer.toString('utf8')) };
		if (kind === 'form') return { kind, body: parseForm(buffer.toString('utf8')) };
		if (kind === 'multipart') {
			const { fields, files } = parseMultipart(buffer, contentType);
			return { kind, body: fields, files };
		}
		return { kind, body: buffer.toString('utf8') };
	} catch (e) {
		return { kind, body: undefined, error: e.message };
	}
}

function kindOf(ct) {
	if (ct.includes('json')) return 'json';
	if (ct.includes('application/x-www-form-urlencoded')) return 'form';
	if (ct.includes('multipart/form-data')) return 'multipart';
	return ct ? 'other' : 'none';
}

function queryToObject(searchParams) {
	const out = {};
	for (const [k, v] of searchParams) {
		if (k in out) out[k] = [].concat(out[k], v);
		else out[k] = v;
	}
	return out;
}

function randomToken(bytes = 24) {
	return crypto.randomBytes(bytes).toString('base64url');
}

function uuid() {
	return crypto.randomUUID();
}

function isDate(s) {
	return (
		typeof s === 'string' &&
		/^\d{4}-\d{2}-\d{2}$/.test(s) &&
		!Number.isNaN(Date.parse(`${s}T00:00:00Z`))
	);
}

function parseDateTime(s) {
	if (typeof s !== 'string' || !s) return NaN;
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Date.parse(`${s}T00:00:00Z`);
	// 2017-12-27T00:00:00+0100 -> insert colon
	const fixed = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	// no zone -> treat as UTC
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(fixed))
		return Date.parse(`${fixed}Z`);
	return Date.parse(fixed);
}

function toBool(v, dflt) {
	if (v === undefined || v === null || v === '') return dflt;
	if (typeof v === 'boolean') return v;
	if (typeof v === 'number') return v !== 0;
	const s = String(v).toLowerCase();
	if (['true', '1', 'yes', 'on'].includes(s)) return true;
	if (['false', '0', 'no', 'off'].includes(s)) return false;
	return undefined;
}

module.exports = {
	parseBody,
	parseForm,
	parseMultipart,
	queryToObject,
	randomToken,
	uuid,
	isDate,
	parseDateTime,
	toBool,
};
