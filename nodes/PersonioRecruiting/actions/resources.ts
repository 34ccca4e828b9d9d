import type { ResourceRegistry } from '../../shared/runOperation';
import * as applicant from './applicant/Applicant.resource';
import * as job from './job/Job.resource';

/** The Personio Recruiting node's resources: its description and its router both read this list. */
export const resources: ResourceRegistry = {
	applicant: { name: 'Applicant', resource: applicant },
	job: { name: 'Job', resource: job },
};
