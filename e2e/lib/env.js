'use strict';
// What every piece of the real-n8n suites shares: the repo, the environment n8n runs with, free ports.
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');

const REPO = path.resolve(__dirname, '..', '..');
const TEST_ENCRYPTION_KEY = 'n8n-nodes-personio-e2e-fixed-test-key';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * This process's environment without what npm exports to scripts it runs (npm_config_local_prefix
 * would point a nested npm at the repo instead of its own folder).
 */
function cleanEnv() {
	const env = { ...process.env };
	for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
	return env;
}

/** The values that fill examples/credentials.sandbox.json for a running Personio sandbox. */
function sandboxCredentialValues(sandbox, extra = {}) {
	return {
		PERSONIO_CLIENT_ID: 'sandbox-client-id',
		PERSONIO_CLIENT_SECRET: 'sandbox-client-secret',
		PERSONIO_BASE_URL: sandbox.url,
		PERSONIO_RECRUITING_API_KEY: 'sandbox-recruiting-key',
		PERSONIO_COMPANY_ID: '1234',
		PERSONIO_COMPANY: 'acme',
		PERSONIO_CAREERS_URL: sandbox.url,
		...extra,
	};
}

/** A port that is free on 127.0.0.1 right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on 127.0.0.1:port. */
function portInUse(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host: '127.0.0.1' });
		socket.once('connect', () => socket.destroy() || resolve(true));
		socket.once('error', () => resolve(false));
	});
}

function tempDir(prefix) {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The environment every n8n command of one instance runs with. */
function n8nEnv(install, { userFolder, port, brokerPort, extra = {} }) {
	const env = cleanEnv();
	return {
		...env,
		PATH: `${path.dirname(install.node)}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		DB_TYPE: 'sqlite',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'warn',
		NODE_OPTIONS: '',
		...extra,
	};
}

module.exports = {
	REPO,
	TEST_ENCRYPTION_KEY,
	cleanEnv,
	freePort,
	n8nEnv,
	portInUse,
	sandboxCredentialValues,
	sleep,
	tempDir,
};
