import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { FEED_LANGUAGES, fetchJobs } from '../actions/job/feed';

/** The open jobs of the careers page, matched by name, ID, office or department. */
export async function searchJobs(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const chosen =
		this.getCurrentNodeParameter('language') ?? this.getNodeParameter('language', 'en');
	const language = FEED_LANGUAGES.some((entry) => entry.value === chosen) ? String(chosen) : 'en';
	const term = (filter ?? '').trim().toLowerCase();
	const jobs = await fetchJobs.call(this, language);
	const results = jobs
		.filter(
			(job) =>
				!term ||
				[job.name, job.id, job.office, job.department].some((value) =>
					String(value ?? '')
						.toLowerCase()
						.includes(term),
				),
		)
		.map((job) => ({
			name: [job.name, job.office].filter(Boolean).join(' · ') || String(job.id),
			value: String(job.id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}
