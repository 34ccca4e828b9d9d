'use strict';
const axios = require('axios');
const { sleep } = require('./env');

const BROWSER_ID = 'n8n-nodes-personio-e2e';

/** A REST client for one running n8n, with the owner's session once logged in. */
class N8nClient {
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		this.cookie = '';
		this.http = axios.create({ baseURL: baseUrl, validateStatus: () => true, timeout: 60_000 });
	}

	async request(method, url, data, { okStatus = [200, 201] } = {}) {
		const res = await this.http.request({
			method,
			url,
			data,
			headers: { 'browser-id': BROWSER_ID, ...(this.cookie ? { cookie: this.cookie } : {}) },
		});
		const setCookie = res.headers['set-cookie'];
		if (setCookie) {
			const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
			if (auth) this.cookie = auth;
		}
		if (!okStatus.includes(res.status)) {
			const detail = typeof res.data === 'string' ? res.data : JSON.stringify(res.data);
			throw new Error(`${method} ${url} answered ${res.status}: ${detail.slice(0, 500)}`);
		}
		return res.data && res.data.data !== undefined ? res.data.data : res.data;
	}

	/** Creates the owner account (or logs in when it exists already). */
	async ensureOwner(owner) {
		const settings = await this.request('GET', '/rest/settings');
		const needsSetup = settings.userManagement && settings.userManagement.showSetupOnFirstLoad;
		if (needsSetup) await this.request('POST', '/rest/owner/setup', owner);
		await this.login(owner);
	}

	async login({ email, password }) {
		// 1.x and 2.x both accept emailOrLdapLoginId; older 1.x wanted email.
		return await this.request('POST', '/rest/login', {
			emailOrLdapLoginId: email,
			email,
			password,
		});
	}

	async workflow(id) {
		return await this.request('GET', `/rest/workflows/${id}`);
	}

	/** Runs a workflow as the editor's "Execute workflow" button does; returns the execution id. */
	async runManually(id, major) {
		const workflow = await this.workflow(id);
		const trigger =
			workflow.nodes.find((n) => /manualTrigger$/.test(n.type)) ??
			workflow.nodes.find((n) => /Trigger$/.test(n.type) && !n.webhookId);
		if (!trigger) throw new Error(`workflow ${id} has no manual or polling trigger`);
		const body =
			major >= 2
				? { triggerToStartFrom: { name: trigger.name } }
				: { workflowData: workflow, startNodes: [], triggerToStartFrom: { name: trigger.name } };
		const result = await this.request('POST', `/rest/workflows/${id}/run`, body);
		if (!result || !result.executionId)
			throw new Error(`workflow ${id} did not start: ${JSON.stringify(result)}`);
		return result.executionId;
	}

	/** Waits for an execution to end and returns { status, runData, error, lastNodeExecuted }. */
	async waitForExecution(executionId, { timeoutMs = 120_000, parse } = {}) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const execution = await this.request('GET', `/rest/executions/${executionId}`, undefined, {
				okStatus: [200, 404],
			});
			if (
				execution &&
				execution.id &&
				execution.finished !== undefined &&
				(execution.stoppedAt || execution.finished)
			) {
				const status = execution.status || (execution.finished ? 'success' : 'error');
				if (!['new', 'running', 'waiting'].includes(status)) {
					const data = typeof execution.data === 'string' ? parse(execution.data) : execution.data;
					return {
						id: executionId,
						status,
						runData: (data && data.resultData && data.resultData.runData) || {},
						error: data && data.resultData && data.resultData.error,
						lastNodeExecuted: data && data.resultData && data.resultData.lastNodeExecuted,
					};
				}
			}
			if (Date.now() > deadline)
				throw new Error(`execution ${executionId} did not finish in ${timeoutMs} ms`);
			await sleep(150);
		}
	}

	/** Lists the executions of one workflow (newest first). */
	async executions(workflowId) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const result = await this.request('GET', `/rest/executions?filter=${filter}&limit=50`);
		return result.results || result;
	}

	/** Activates (2.x: publishes) a workflow so its trigger registers. */
	async activate(id, major) {
		const workflow = await this.workflow(id);
		if (major >= 2)
			return await this.request('POST', `/rest/workflows/${id}/activate`, {
				versionId: workflow.versionId,
			});
		return await this.request('PATCH', `/rest/workflows/${id}`, {
			active: true,
			versionId: workflow.versionId,
		});
	}

	async deactivate(id, major) {
		const workflow = await this.workflow(id);
		if (major >= 2) return await this.request('POST', `/rest/workflows/${id}/deactivate`, {});
		return await this.request('PATCH', `/rest/workflows/${id}`, {
			active: false,
			versionId: workflow.versionId,
		});
	}
}

module.exports = { N8nClient };
