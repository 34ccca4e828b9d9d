import type { IExecuteFunctions } from 'n8n-workflow';

import type { ResourceMap } from '../../shared/runOperation';
import { runOperation } from '../../shared/runOperation';
import * as applicant from './applicant/Applicant.resource';
import * as job from './job/Job.resource';

export const resources: ResourceMap = {
	applicant: applicant.operations,
	job: job.operations,
};

export async function router(this: IExecuteFunctions) {
	return await runOperation.call(this, resources, 'Personio Recruiting');
}
