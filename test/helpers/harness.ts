/**
 * Runs the pack's real node code through n8n-core's own execution contexts (ExecuteContext,
 * LoadOptionsContext, PollContext, HookContext, WebhookContext) with n8n's real HTTP helpers, so
 * nock sees exactly what n8n would send. Credentials: ./credentials; trigger contexts: ./triggerContexts.
 */
import { Container } from '@n8n/di';
import { BinaryDataService, ExecuteContext, LoadOptionsContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	IRunExecutionData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { requestTimeout } from '../../nodes/shared/timeout';
import { retryPolicy } from '../../nodes/shared/transport';
import type { TestCredentialsHelper } from './credentials';
import { defaultCredentials } from './credentials';
import { additionalDataFor, buildWorkflow } from './workflow';

export * from './credentials';
export * from './triggerContexts';

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

/** An ExecuteContext for a node, to call transport functions with directly. */
export function executeContext(options: RunOptions & { abortSignal?: AbortSignal }) {
	const credentials = options.credentials ?? defaultCredentials();
	const items = options.items ?? [{ json: {} }];
	const { workflow, node } = buildWorkflow(
		options.nodeType,
		options.typeName,
		options.parameters,
		options.continueOnFail,
	);
	const runExecutionData: IRunExecutionData = {
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			nodeExecutionStack: [],
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: {},
		},
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
export function loadOptionsContext(
	nodeType: INodeType,
	typeName: string,
	parameters: IDataObject = {},
	credentials = defaultCredentials(),
) {
	const { workflow, node } = buildWorkflow(nodeType, typeName, parameters);
	return new LoadOptionsContext(workflow, node, additionalDataFor(credentials), 'parameters');
}

export { WebhookContext, additionalDataFor, buildWorkflow };
