'use strict';
/*
 * The user's install path for the browser test: the packed pack is published to a local npm registry
 * (verdaccio, installed from npm into the per-machine cache) on 127.0.0.1, and n8n installs it by name
 * from Settings > Community Nodes. n8n 2.x installs community packages from https://registry.npmjs.org
 * only (another registry is a licensed feature), so a local HTTPS proxy answers for registry.npmjs.org
 * with a certificate from a CA made for this run (trusted through NODE_EXTRA_CA_CERTS in n8n's
 * environment) and passes each request to verdaccio. Nothing else goes through the proxy.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const tls = require('tls');
const { execFileSync, spawn } = require('child_process');
const L = require('../lib/n8n');

const VERDACCIO = '6.10.4';
const REGISTRY_HOST = 'registry.npmjs.org';

/** verdaccio from npm into the cache, once per machine (its `node-fetch@cjs` tag is pinned to 2.7.0). */
function installVerdaccio(log) {
	const cache =
		process.env.PERSONIO_N8N_CACHE ||
		path.join(require('os').homedir(), '.cache', 'n8n-nodes-personio');
	const dir = path.join(cache, `verdaccio-${VERDACCIO}`);
	const bin = path.join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
	if (fs.existsSync(bin)) return bin;
	log(`installing verdaccio ${VERDACCIO} into ${dir}`);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify({ private: true, overrides: { 'node-fetch': '2.7.0' } }),
	);
	const args = [
		'install',
		`verdaccio@${VERDACCIO}`,
		'--no-audit',
		'--no-fund',
		'--ignore-scripts',
		'--loglevel=error',
	];
	execFileSync('npm', args, {
		cwd: dir,
		env: L.cleanEnv(),
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	return bin;
}

/** A CA for this run and a certificate for registry.npmjs.org signed by it. */
function makeCertificates(dir) {
	const ssl = (...args) =>
		execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
	ssl(
		'req',
		'-x509',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-keyout',
		'ca.key',
		'-out',
		'ca.pem',
		'-days',
		'2',
		'-subj',
		'/CN=n8n-nodes-personio e2e CA',
	);
	ssl(
		'req',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-keyout',
		'host.key',
		'-out',
		'host.csr',
		'-subj',
		`/CN=${REGISTRY_HOST}`,
	);
	fs.writeFileSync(
		path.join(dir, 'host.ext'),
		`subjectAltName=DNS:${REGISTRY_HOST}\nextendedKeyUsage=serverAuth\n`,
	);
	ssl(
		'x509',
		'-req',
		'-in',
		'host.csr',
		'-CA',
		'ca.pem',
		'-CAkey',
		'ca.key',
		'-CAcreateserial',
		'-out',
		'host.pem',
		'-days',
		'2',
		'-extfile',
		'host.ext',
	);
	return {
		ca: path.join(dir, 'ca.pem'),
		key: fs.readFileSync(path.join(dir, 'host.key')),
		cert: fs.readFileSync(path.join(dir, 'host.pem')),
	};
}

/** verdaccio 6 needs Node 22 or newer: it runs on the Node 24 installed beside n8n. */
async function startVerdaccio(bin, dir, node, log) {
	const port = await L.freePort();
	const config = path.join(dir, 'config.yaml');
	fs.writeFileSync(
		config,
		[
			`storage: ${path.join(dir, 'storage')}`,
			`auth:\n  htpasswd:\n    file: ${path.join(dir, 'htpasswd')}`,
			'uplinks: {}',
			"packages:\n  '**':\n    access: $all\n    publish: $authenticated\n    unpublish: $authenticated",
			'log: { type: stdout, format: pretty, level: warn }',
		].join('\n'),
	);
	const out = fs.openSync(path.join(dir, 'verdaccio.log'), 'a');
	const child = spawn(node, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
		stdio: ['ignore', out, out],
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 120; i++) {
		const up = await fetch(`${url}/-/ping`).then(
			(r) => r.ok,
			() => false,
		);
		if (up) break;
		if (child.exitCode !== null)
			throw new Error(`verdaccio exited; see ${path.join(dir, 'verdaccio.log')}`);
		await L.sleep(250);
	}
	log(`verdaccio ${VERDACCIO} on ${url}`);
	return { url, stop: () => child.exitCode === null && child.kill('SIGTERM') };
}

/** Registers a user with verdaccio and publishes the tarball as that user. */
async function publish(registry, tarball, dir) {
	const user = { name: 'e2e', password: 'e2e-Publisher-1', email: 'e2e@example.com', type: 'user' };
	const res = await fetch(`${registry.url}/-/user/org.couchdb.user:${user.name}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(user),
	});
	const { token } = await res.json();
	if (!token) throw new Error(`verdaccio refused the user: HTTP ${res.status}`);
	const auth = `--${registry.url.replace(/^http:/, '')}/:_authToken=${token}`;
	execFileSync(
		'npm',
		['publish', tarball, '--registry', registry.url, auth, '--ignore-scripts', '--loglevel=error'],
		{
			cwd: dir,
			env: L.cleanEnv(),
			stdio: ['ignore', 'ignore', 'pipe'],
		},
	);
}

/**
 * An HTTP proxy on 127.0.0.1: CONNECT to registry.npmjs.org:443 is answered with the run's
 * certificate and each request inside goes to verdaccio (as https://registry.npmjs.org, so the
 * tarball links it hands out point back here); any other destination is refused. `seen` lists paths.
 */
async function startProxy(registry, certs) {
	const seen = [];
	const target = new URL(registry.url);
	const forward = (req, res) => {
		seen.push(`${req.method} ${req.url}`);
		const headers = { ...req.headers, host: REGISTRY_HOST, 'x-forwarded-proto': 'https' };
		const up = http.request(
			{ host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
			(answer) => {
				res.writeHead(answer.statusCode, answer.headers);
				answer.pipe(res);
			},
		);
		up.on('error', (e) => res.destroy(e));
		req.pipe(up);
	};
	const inner = http.createServer(forward);
	const server = http.createServer((req, res) => {
		res.writeHead(403);
		res.end('only registry.npmjs.org over CONNECT');
	});
	server.on('connect', (req, socket) => {
		if (req.url !== `${REGISTRY_HOST}:443`) {
			seen.push(`refused CONNECT ${req.url}`);
			return socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
		}
		socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
		const secure = new tls.TLSSocket(socket, { isServer: true, key: certs.key, cert: certs.cert });
		inner.emit('connection', secure);
		return undefined;
	});
	const port = await L.freePort();
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${port}`;
	return { url, seen, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Starts verdaccio with the tarball published and the proxy in front of it. Returns the environment
 * n8n needs to install from it ({ env }), what the proxy saw ({ seen }) and stop().
 */
async function startLocalRegistry({ tarball, work, node, log = () => {} }) {
	const dir = path.join(work, 'registry');
	fs.mkdirSync(dir, { recursive: true });
	const bin = installVerdaccio(log);
	const certs = makeCertificates(dir);
	const registry = await startVerdaccio(bin, dir, node, log);
	try {
		await publish(registry, tarball, dir);
		const proxy = await startProxy(registry, certs);
		const env = {
			HTTPS_PROXY: proxy.url,
			https_proxy: proxy.url,
			NO_PROXY: '127.0.0.1,localhost,::1',
			no_proxy: '127.0.0.1,localhost,::1',
			NODE_EXTRA_CA_CERTS: certs.ca,
			// npm checks registry certificates against its own list, not NODE_EXTRA_CA_CERTS.
			npm_config_cafile: certs.ca,
			// npm's own cache for this n8n only, so the machine's cache never holds the local package.
			npm_config_cache: path.join(dir, 'npm-cache'),
		};
		const stop = async () => {
			await proxy.stop();
			registry.stop();
		};
		return { env, seen: proxy.seen, registryUrl: registry.url, stop };
	} catch (error) {
		registry.stop();
		throw error;
	}
}

module.exports = { startLocalRegistry };
