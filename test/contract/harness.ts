/**
 * Shared by the contract suites (contract.test.ts, contractV1.test.ts): real sandbox responses (and the
 * requests our nodes send) validated against Personio's official OpenAPI specs copied into
 * test/contract/specs (their sources: specs/SOURCES.md). Where a spec is known to be wrong, the sandbox
 * follows Personio's reference pages and the deviation is written down next to the check. If a spec file
 * is missing the suites FAIL (they never skip).
 */
import axios, { AxiosRequestConfig } from 'axios';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- tests run in Node, outside n8n
import * as fs from 'fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- tests run in Node, outside n8n
import * as path from 'path';
import type { Json } from '../helpers/json';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a test-only validator loaded untyped, its results are read as JSON
const Ajv = require('ajv').default;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a test-only validator loaded untyped, its results are read as JSON
const addFormats = require('ajv-formats').default;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a test-only parser loaded untyped, its results are read as JSON
const YAML = require('yaml');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loads a CommonJS module of the sandbox at run time
const { startSandbox } = require('../sandbox/server');

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- tests run in Node, outside n8n
export const SPEC_DIR = path.resolve(__dirname, 'specs');
export const SPEC_FILES = {
	v1: 'personio-personnel-data-api-oa3.yaml',
	auth1: 'personio-auth-api.yaml',
	recruiting: 'personio-recruiting-api.yaml',
	common2: 'common-components-v2.json',
	// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a spec file name, not a secret
	auth2: 'personio-v2-auth.json',
	persons: 'personio-v2-persons.json',
	employments: 'personio-v2-employments.json',
} as const;
export type SpecKey = keyof typeof SPEC_FILES;

export const http0 = axios.create({ validateStatus: () => true });
export const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
export const form = (o: Record<string, string | number | boolean>) =>
	new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString();

export let ajv: Json;
export const specs: Partial<Record<SpecKey, Json>> = {};
export let sb: Json;
export let base: string;
export let token: string;
export const auth = (
	t: string = token,
	extra: Record<string, string> = {},
): AxiosRequestConfig => ({
	headers: { Authorization: `Bearer ${t}`, ...extra },
});

export function loadSpecs() {
	if (!fs.existsSync(SPEC_DIR))
		throw new Error(
			`Personio OpenAPI specs not found at ${SPEC_DIR} - see test/contract/specs/SOURCES.md`,
		);
	ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
	addFormats(ajv);
	// formats used by the Personio specs that ajv-formats does not know
	ajv.addFormat('binary', true);
	ajv.addFormat('datetime', true); // spec typo for date-time (Project.created_at): values are "2022-02-01T12:00:00+0100"
	ajv.addFormat('url', (s: string) => /^https?:\/\//.test(s));
	ajv.addFormat('Y-m-d', /^\d{4}-\d{2}-\d{2}$/);
	for (const [key, file] of Object.entries(SPEC_FILES) as [SpecKey, string][]) {
		const full = path.join(SPEC_DIR, file);
		if (!fs.existsSync(full)) throw new Error(`missing spec file ${full}`);
		const text = fs.readFileSync(full, 'utf8');
		const doc = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
		if (!String(doc.openapi || '').startsWith('3.'))
			throw new Error(`${file} is not an OpenAPI 3 document`);
		patchKnownSpecGaps(key, doc);
		specs[key] = doc;
		ajv.addSchema(doc, key);
	}
}

/**
 * Known spec gaps, patched before validation (each one is a place where the live API / the notes differ):
 * - v1 Supervisor.value: the root of the org chart has no supervisor, Personio sends `value: null`; the
 *   spec's ShortEmployee is not nullable.
 * - v1 `Response.data` is declared `type: object`, yet every list schema (EmployeesResponse, AbsencePeriodsResponse,
 *   AttendancePeriodsResponse, ...) combines it via allOf with `data: array`, which no response can satisfy. The
 *   base declaration is relaxed; the list schemas still require the array.
 * - v2 persons custom_attributes[].value is a oneOf of string | string[] | object[]: an empty list (a STRING_LIST
 *   attribute with no value) matches both array branches, so oneOf is read as anyOf.
 */
export function patchKnownSpecGaps(key: SpecKey, doc: Json) {
	if (key === 'v1') {
		doc.components.schemas.Supervisor.properties.value = {
			anyOf: [{ $ref: '#/components/schemas/ShortEmployee' }, { type: 'null' }],
		};
		delete doc.components.schemas.Response.properties.data.type;
	}
	if (key === 'persons') {
		const v = doc.components.schemas.Person.properties.custom_attributes.items.properties.value;
		v.anyOf = v.oneOf;
		delete v.oneOf;
	}
}

export const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
export function opPointer(spec: SpecKey, p: string, method: string) {
	const doc = specs[spec];
	const op = doc.paths?.[p]?.[method];
	if (!op) throw new Error(`${spec}: no operation ${method.toUpperCase()} ${p} in the spec`);
	return { op, ptr: `${spec}#/paths/${esc(p)}/${method}` };
}
export function responseSchema(
	spec: SpecKey,
	p: string,
	method: string,
	status: number,
	ct = 'application/json',
) {
	const { op, ptr } = opPointer(spec, p, method);
	const resp = op.responses[String(status)] ?? op.responses[status];
	if (!resp)
		throw new Error(`${spec}: ${method.toUpperCase()} ${p} documents no ${status} response`);
	if (!resp.content?.[ct]?.schema)
		throw new Error(`${spec}: ${method.toUpperCase()} ${p} ${status} has no ${ct} schema`);
	const v = ajv.getSchema(`${ptr}/responses/${status}/content/${esc(ct)}/schema`);
	if (!v) throw new Error(`could not compile ${ptr} ${status}`);
	return v;
}
export function schemaRef(ref: string) {
	const v = ajv.getSchema(ref);
	if (!v) throw new Error(`could not compile ${ref}`);
	return v;
}
export function expectValid(validate: Json, data: Json, label: string) {
	const ok = validate(data);
	if (!ok)
		throw new Error(
			`${label} does not match the spec:\n${JSON.stringify(validate.errors.slice(0, 8), null, 2)}`,
		);
	expect(ok).toBe(true);
}
export function expectResponse(
	spec: SpecKey,
	p: string,
	method: string,
	res: Json,
	ct = 'application/json',
) {
	expect(res.headers['content-type'] || '').toContain(ct === 'application/json' ? 'json' : ct);
	expectValid(
		responseSchema(spec, p, method, res.status, ct),
		res.data,
		`${method.toUpperCase()} ${p} ${res.status}`,
	);
}
export function requestSchema(spec: SpecKey, p: string, method: string, ct: string) {
	const { op, ptr } = opPointer(spec, p, method);
	if (!op.requestBody?.content?.[ct])
		throw new Error(`${spec}: ${method.toUpperCase()} ${p} has no ${ct} request body`);
	return schemaRef(`${ptr}/requestBody/content/${esc(ct)}/schema`);
}
/** form bodies arrive as strings: coerce the documented integer/boolean fields before validating */
export function coerceForm(o: Record<string, string>) {
	const out: Json = {};
	for (const [k, v] of Object.entries(o))
		out[k] = v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v;
	return out;
}

/** Loads the specs and starts a sandbox (with a v2 token) around the suite that calls it. */
export function setupContract() {
	beforeAll(async () => {
		loadSpecs();
		sb = await startSandbox({ employees: 60, seed: 11 });
		base = sb.url;
		const r = await http0.post(
			`${base}/v2/auth/token`,
			form({
				grant_type: 'client_credentials',
				client_id: 'sandbox-client-id',
				client_secret: 'sandbox-client-secret',
			}),
			{ headers: FORM },
		);
		token = r.data.access_token;
	});
	afterAll(async () => {
		if (sb) await sb.close();
	});
}
