'use strict';
// The cluster's owner account, public-API key and Personio credential, set up through n8n's REST API.
const { request } = require('./util');

const OWNER = {
	email: 'owner@example.com',
	firstName: 'Queue',
	lastName: 'Owner',
	password: 'Queue-Test-Passw0rd',
};

// ---------------------------------------------------------------- n8n API ----
async function setupOwnerAndKey(cluster) {
	const base = cluster.mainUrl;
	const setup = await request({ url: `${base}/rest/owner/setup`, method: 'POST', body: OWNER });
	if (setup.status >= 400)
		throw new Error(`owner setup: HTTP ${setup.status} ${setup.text.slice(0, 300)}`);
	const login = await request({
		url: `${base}/rest/login`,
		method: 'POST',
		body: { emailOrLdapLoginId: OWNER.email, password: OWNER.password },
	});
	if (login.status !== 200)
		throw new Error(`login: HTTP ${login.status} ${login.text.slice(0, 300)}`);
	const cookie = (login.headers['set-cookie'] || []).map((c) => c.split(';')[0]).join('; ');
	cluster.cookie = cookie;
	const scopesRes = await request({ url: `${base}/rest/api-keys/scopes`, headers: { cookie } });
	const scopes = scopesRes.body && scopesRes.body.data ? scopesRes.body.data : [];
	const key = await request({
		url: `${base}/rest/api-keys`,
		method: 'POST',
		headers: { cookie },
		body: { label: 'queue-suite', scopes, expiresAt: null },
	});
	if (key.status !== 200) throw new Error(`api key: HTTP ${key.status} ${key.text.slice(0, 300)}`);
	cluster.apiKey = key.body.data.rawApiKey || key.body.data.apiKey;
	/** Public API call: api(method, '/workflows', body) → parsed body; throws on HTTP >= 400. */
	cluster.api = async (method, p, body) => {
		const r = await request({
			url: `${base}/api/v1${p}`,
			method,
			headers: { 'x-n8n-api-key': cluster.apiKey },
			body,
		});
		if (r.status >= 400)
			throw new Error(`${method} /api/v1${p}: HTTP ${r.status} ${r.text.slice(0, 400)}`);
		return r.body;
	};
	/** Internal REST call with the owner's session (for what the public API lacks). */
	cluster.rest = async (method, p, body) => {
		const r = await request({ url: `${base}/rest${p}`, method, headers: { cookie }, body });
		if (r.status >= 400)
			throw new Error(`${method} /rest${p}: HTTP ${r.status} ${r.text.slice(0, 400)}`);
		return r.body && r.body.data !== undefined ? r.body.data : r.body;
	};
}

async function createCredential(cluster) {
	const sb = cluster.sandbox;
	const data = {
		clientId: sb.credentials.clientId,
		clientSecret: sb.credentials.clientSecret,
		baseUrl: sb.url,
		partnerId: 'N8N_QUEUE_SUITE',
		appId: 'PERSONIO_PACK',
	};
	let created;
	try {
		created = await cluster.api('POST', '/credentials', {
			name: 'Personio sandbox',
			type: 'personioApi',
			data,
		});
	} catch (e) {
		// Some versions' schema check wants the HTTP Request domain restriction spelled out.
		created = await cluster.api('POST', '/credentials', {
			name: 'Personio sandbox',
			type: 'personioApi',
			data: { ...data, allowedHttpRequestDomains: 'all' },
		});
	}
	return { id: created.id, name: created.name, type: 'personioApi' };
}

module.exports = { OWNER, createCredential, setupOwnerAndKey };
