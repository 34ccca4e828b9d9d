/** n8n-core contexts for trigger nodes: polling (PollContext), webhook hooks (HookContext), webhook calls. */
import { HookContext, PollContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { defaultCredentials } from './credentials';
import { additionalDataFor, buildWorkflow } from './workflow';

/** A PollContext for polling triggers, sharing static data across polls like an active workflow. */
export function pollContext(
	nodeType: INodeType,
	typeName: string,
	parameters: IDataObject,
	{
		credentials = defaultCredentials(),
		mode = 'trigger' as WorkflowExecuteMode,
		staticData = {} as IDataObject,
	} = {},
) {
	const { workflow, node } = buildWorkflow(nodeType, typeName, parameters);
	(workflow as unknown as { staticData: IDataObject }).staticData = staticData;
	return {
		context: new PollContext(workflow, node, additionalDataFor(credentials), mode, 'activate'),
		workflow,
		staticData,
	};
}

/** A HookContext for webhook create / checkExists / delete. */
export function hookContext(
	nodeType: INodeType,
	typeName: string,
	parameters: IDataObject,
	{
		credentials = defaultCredentials(),
		staticData = {} as IDataObject,
		webhookUrl = 'https://n8n.example.com/webhook/abc/personio',
	} = {},
) {
	const { workflow, node } = buildWorkflow(nodeType, typeName, parameters);
	(workflow as unknown as { staticData: IDataObject }).staticData = staticData;
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: 'personio',
		webhookDescription: { name: 'default' },
		workflowId: workflow.id,
	} as never;
	const context = new HookContext(
		workflow,
		node,
		additionalDataFor(credentials),
		'trigger',
		'activate',
		webhookData,
	);
	(context as unknown as { getNodeWebhookUrl: () => string }).getNodeWebhookUrl = () => webhookUrl;
	return { context, workflow, staticData };
}

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
	const lowerHeaders = Object.fromEntries(
		Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]),
	);
	const additionalData = {
		...additionalDataFor(credentials),
		httpRequest: { headers: lowerHeaders, body, query: {}, params: {} },
		httpResponse: response,
	} as unknown as IWorkflowExecuteAdditionalData;
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: 'webhook',
		webhookDescription: { name: 'default' },
		workflowId: workflow.id,
	} as never;
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		mode,
		webhookData,
		[] as never,
		null,
	);
	return { context, response: recorded, workflow, staticData };
}
