/** The node operations the fault scenarios run against the sandbox, each returning what came back as an Outcome. */
import type { IDataObject } from 'n8n-workflow';

import { Personio } from '../../nodes/Personio/Personio.node';
import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { runNode, TestCredentialsHelper } from '../helpers/harness';
import { currentSandbox, sandboxCredentials } from './lab';
import type { Json } from '../helpers/json';

const personio = new Personio();
const recruiting = new PersonioRecruiting();

export interface Outcome {
	ok: boolean;
	ids: string[];
	error?: { message: string; description: string };
	ms: number;
}

/** Simplified records carry `id`; raw v1 records keep it in `attributes`. */
function idOf(json: Record<string, Json>): string {
	const id = json.id ?? json.attributes?.id?.value ?? json.attributes?.id;
	return String(id);
}

async function outcomeOf(
	run: () => Promise<{ json: Record<string, unknown> }[][]>,
): Promise<Outcome> {
	const started = Date.now();
	try {
		const [items] = await run();
		return { ok: true, ids: items.map((item) => idOf(item.json)), ms: Date.now() - started };
	} catch (error) {
		const e = error as { message?: string; description?: string };
		return {
			ok: false,
			ids: [],
			error: { message: String(e.message ?? ''), description: String(e.description ?? '') },
			ms: Date.now() - started,
		};
	}
}

type Runner = (credentials?: TestCredentialsHelper) => Promise<Outcome>;

const personioRun =
	(parameters: IDataObject): Runner =>
	(credentials = sandboxCredentials()) =>
		outcomeOf(
			() =>
				runNode({
					nodeType: personio,
					typeName: 'n8n-nodes-personio.personio',
					parameters,
					credentials,
				}) as never,
		);

/** Employee > Get Many > Return All (v1 record offset, pages of 100). */
export const employeesGetAll = personioRun({
	resource: 'employee',
	operation: 'getAll',
	returnAll: true,
	filters: {},
	simplify: true,
});

/** Employee > Get Many > Limit 1 (one page). */
export const employeesGetOne = personioRun({
	resource: 'employee',
	operation: 'getAll',
	returnAll: false,
	limit: 1,
	filters: {},
	simplify: true,
});

/** Absence > Get Many > Return All (v2 absence periods of both units, cursor, pages of 100). */
export const absencesGetAll = personioRun({
	resource: 'absence',
	operation: 'getAll',
	returnAll: true,
	filters: {},
});

/** Person > Get Many > Return All (v2 cursor, pages of 50). */
export const personsGetAll = personioRun({
	resource: 'person',
	operation: 'getAll',
	returnAll: true,
	filters: {},
	simplify: false,
});

let writeSeq = 0;

/** Employee > Create with a unique email; `email` tells which record to look for in the sandbox. */
export function employeeCreate(): { email: string; run: Runner } {
	const email = `fault-${++writeSeq}-${Date.now()}@example.com`;
	const parameters = {
		resource: 'employee',
		operation: 'create',
		firstName: 'Fault',
		lastName: `Test ${writeSeq}`,
		email,
		additionalFields: {},
	};
	return { email, run: personioRun(parameters) };
}

/** Recruiting > Applicant > Create with a unique email on the first published job. */
export function applicantCreate(): { email: string; run: Runner } {
	const email = `applicant-${++writeSeq}-${Date.now()}@example.com`;
	const job = currentSandbox().state.jobs.find((j: { published: boolean }) => j.published);
	const parameters = {
		resource: 'applicant',
		operation: 'create',
		firstName: 'Fault',
		lastName: `Applicant ${writeSeq}`,
		email,
		jobPositionId: { mode: 'id', value: String(job.id) },
		additionalFields: {},
	};
	return {
		email,
		run: (credentials = sandboxCredentials()) =>
			outcomeOf(
				() =>
					runNode({
						nodeType: recruiting,
						typeName: 'n8n-nodes-personio.personioRecruiting',
						parameters,
						credentials,
					}) as never,
			),
	};
}
