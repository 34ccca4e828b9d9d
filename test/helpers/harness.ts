/**
 * Runs the pack's real node code through n8n-core's own execution contexts (ExecuteContext,
 * LoadOptionsContext, PollContext, HookContext, WebhookContext) with n8n's real HTTP helpers, so
 * nock sees exactly what n8n would send. The credentials helper below reproduces what n8n's server
 * does with our credential types: it runs `preAuthentication` when the expirable token is empty or
 * a request got 401, stores the new token for later executions, and applies `authenticate`.
 */
import { Container } from '@n8n/di';
import {
	BinaryDataService,
	ExecuteContext,
	HookContext,
	LoadOptionsContext,
	PollContext,
	WebhookContext,
} from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeType,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ICredentialsHelper, Workflow } from 'n8n-workflow';

import { PersonioApi } from '../../credentials/PersonioApi.credentials';
import { PersonioRecruitingApi } from '../../credentials/PersonioRecruitingApi.credentials';
import { requestTimeout } from '../../nodes/shared/auth';
import { retryPolicy } from '../../nodes/shared/transport';

export const BASE_URL = 'https://api.personio.test';
export const CAREERS_URL = 'https://acme.jobs.personio.test';

export const personioCredentials = (overrides: IDataObject = {}): ICredentialDataDecryptedObject => ({
	clientId: 'test-client-id',
	clientSecret: 'test-client-secret-DO-NOT-LEAK',
	partnerId: '',
	appId: '',
	baseUrl: BASE_URL,
	accessToken: '',
	...overrides,
});

export const recruitingCredentials = (overrides: IDataObject = {}): ICredentialDataDecryptedObject => ({
	apiKey: 'test-recruiting-key-DO-NOT-LEAK',
	companyId: '1234',
	company: 'acme',
	partnerId: '',
	appId: '',
	baseUrl: BASE_URL,
	careersUrl: CAREERS_URL,
	...overrides,
});

const credentialTypes: Record<string, ICredentialType> = {
	personioApi: new PersonioApi(),
	personioRecruitingApi: new PersonioRecruitingApi(),
};

/** An in-memory credential store that behaves like n8n's CredentialsHelper for our types. */
export class TestCredentialsHelper extends ICredentialsHelper {
	readonly store: Record<string, ICredentialDataDecryptedObject> = {};
	tokenMints = 0;

	constructor(initial: Record<string, ICredentialDataDecryptedObject> = {}) {
		super();
		for (const [type, data] of Object.entries(initial)) this.store[type] = { ...data };
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, requestOptions: IHttpRequestOptions) {
		const type = credentialTypes[typeName];
		if (typeof type.authenticate === 'function') return await type.authenticate(credentials, requestOptions);
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	) {
		const type = credentialTypes[typeName];
		const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
		if (!expirable || !type.preAuthentication) return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		this.tokenMints++;
		Object.assign(credentials, output);
		this.store[typeName] = { ...this.store[typeName], ...output } as ICredentialDataDecryptedObject;
		return credentials;
	}

	async runPreAuthentication(helpers: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject, typeName: string) {
		const type = credentialTypes[typeName];
		if (!type.preAuthentication) return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		if (!this.store[type]) throw new Error(`No test credential of type ${type}`);
		return { ...this.store[type] };
	}

	async updateCredentials(_nodeCredentials: unknown, type: string, data: ICredentialDataDecryptedObject) {
		this.store[type] = { ...data };
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string) {
		return credentialTypes[type].properties;
	}
}

let binaryDataReady: Promise<void> | undefined;
export function initBinaryData() {
	binaryDataReady ??= Container.get(BinaryDataService).init();
	return binaryDataReady;
}

/** Test-speed back-off: the real policy waits seconds. */
export function fastRetries() {
	Object.assign(retryPolicy, { baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 5_000 });
	requestTimeout.ms = 2_000;
}

export interface RunOptions {
	nodeType: INodeType;
	typeName: string;
	parameters: IDataObject;
	items?: INodeExecutionData[];
	credentials?: TestCredentialsHelper;
	continueOnFail?: boolean;
	mode?: WorkflowExecuteMode;
}

function buildWorkflow(nodeType: INodeType, typeName: string, parameters: IDataObject, continueOnFail = false) {
	const description = nodeType.description;
	const node: INode = {
		id: 'node-under-test',
		name: description.defaults.name ?? description.displayName,
		type: typeName,
		typeVersion: Array.isArray(description.version) ? description.version[0] : description.version,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: Object.fromEntries(
			(description.credentials ?? []).map((c) => [c.name, { id: `${c.name}-id`, name: `Test ${c.name}` }]),
		),
		continueOnFail,
		onError: continueOnFail ? 'continueRegularOutput' : 'stopWorkflow',
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test workflow',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypes as never,
		staticData: {},
	});
	return { workflow, node: workflow.getNode(node.name)! };
}

function additionalDataFor(credentials: TestCredentialsHelper): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: credentials,
		executionId: 'test-execution',
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook/',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting/',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting/',
		variables: {},
		currentNodeParameters: undefined,
		executeWorkflow: async () => { throw new Error('not used'); },
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => { throw new Error('not used'); },
	} as unknown as IWorkflowExecuteAdditionalData;
}

export function defaultCredentials() {
	return new TestCredentialsHelper({
		personioApi: personioCredentials(),
		personioRecruitingApi: recruitingCredentials(),
	});
}

/** An ExecuteContext for a node, to call transport functions with directly. */
export function executeContext(options: RunOptions & { abortSignal?: AbortSignal }) {
	const credentials = options.credentials ?? defaultCredentials();
	const items = options.items ?? [{ json: {} }];
	const { workflow, node } = buildWorkflow(options.nodeType, options.typeName, options.parameters, options.continueOnFail);
	const runExecutionData: IRunExecutionData = {
		resultData: { runData: {} },
		executionData: { contextData: {}, nodeExecutionStack: [], metadata: {}, waitingExecution: {}, waitingExecutionSource: {} },
	} as unknown as IRunExecutionData;
	const inputData = { main: [items] };
	const executeData = { node, data: inputData, source: { main: [{ previousNode: 'Start' }] } };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalDataFor(credentials),
		options.mode ?? 'manual',
		runExecutionData,
		0,
		items,
		inputData,
		executeData as never,
		[],
		options.abortSignal ?? new AbortController().signal,
	);
	return context;
}

/** Runs a node's execute() once over the given items, as n8n's engine would. */
export async function runNode(options: RunOptions): Promise<INodeExecutionData[][]> {
	return (await options.nodeType.execute!.call(executeContext(options))) as INodeExecutionData[][];
}

/** A LoadOptionsContext for methods.loadOptions / methods.listSearch. */
export function loadOptionsContext(nodeType: INodeType, typeName: string, parameters: IDataObject = {}, credentials = defaultCredentials()) {
	const { workflow, node } = buildWorkflow(nodeType, typeName, parameters);
	return new LoadOptionsContext(workflow, node, additionalDataFor(credentials), 'parameters');
}

/** A PollContext for polling triggers, sharing static data across polls like an active workflow. */
export function pollContext(
	nodeType: INodeType,
	typeName: string,
	parameters: IDataObject,
	{ credentials = defaultCredentials(), mode = 'trigger' as WorkflowExecuteMode, staticData = {} as IDataObject } = {},
) {
	const { workflow, node } = buildWorkflow(nodeType, typeName, parameters);
	(workflow as unknown as { staticData: IDataObject }).staticData = staticData;
	return { context: new PollContext(workflow, node, additionalDataFor(credentials), mode, 'activate'), workflow, staticData };
}

/** A HookContext for webhook create / checkExists / delete. */
export function hookContext(
	nodeType: INodeType,
	typeName: string,
	parameters: IDataObject,
	{ credentials = defaultCredentials(), staticData = {} as IDataObject, webhookUrl = 'https://n8n.example.com/webhook/abc/personio' } = {},
) {
	const { workflow, node } = buildWorkflow(nodeType, typeName, parameters);
	(workflow as unknown as { staticData: IDataObject }).staticData = staticData;
	const webhookData = { httpMethod: 'POST', node: node.name, path: 'personio', webhookDescription: { name: 'default' }, workflowId: workflow.id } as never;
	const context = new HookContext(workflow, node, additionalDataFor(credentials), 'trigger', 'activate', webhookData);
	(context as unknown as { getNodeWebhookUrl: () => string }).getNodeWebhookUrl = () => webhookUrl;
	return { context, workflow, staticData };
}

export { WebhookContext, additionalDataFor, buildWorkflow };

/** What a webhook answered through the response object (express-like). */
export interface RecordedResponse {
	statusCode?: number;
	body?: unknown;
	ended: boolean;
}

/** A WebhookContext for webhook(): a fake express request (headers, body) and a recording response. */
export function webhookContext(
	nodeType: INodeType,
	typeName: string,
	parameters: IDataObject,
	{
		credentials = defaultCredentials(),
		staticData = {} as IDataObject,
		headers = {} as Record<string, string>,
		body = {} as unknown,
		mode = 'webhook' as WorkflowExecuteMode,
	} = {},
) {
	const { workflow, node } = buildWorkflow(nodeType, typeName, parameters);
	(workflow as unknown as { staticData: IDataObject }).staticData = staticData;
	const recorded: RecordedResponse = { ended: false };
	const response = {
		status(code: number) {
			recorded.statusCode = code;
			return response;
		},
		json(data: unknown) {
			recorded.body = data;
			recorded.ended = true;
			return response;
		},
		send(data: unknown) {
			recorded.body = data;
			recorded.ended = true;
			return response;
		},
		end() {
			recorded.ended = true;
			return response;
		},
		setHeader() {
			return response;
		},
	};
	const lowerHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
	const additionalData = {
		...additionalDataFor(credentials),
		httpRequest: { headers: lowerHeaders, body, query: {}, params: {} },
		httpResponse: response,
	} as unknown as IWorkflowExecuteAdditionalData;
	const webhookData = { httpMethod: 'POST', node: node.name, path: 'webhook', webhookDescription: { name: 'default' }, workflowId: workflow.id } as never;
	const context = new WebhookContext(workflow, node, additionalData, mode, webhookData, [] as never, null);
	return { context, response: recorded, workflow, staticData };
}
