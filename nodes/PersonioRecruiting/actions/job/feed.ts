import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { megabytes } from '../../../shared/files';
import { personioRequest } from '../../../shared/transport';
import type { XmlElement } from '../../../shared/xml';
import {
	childElement,
	childElements,
	childText,
	shownName,
	textContent,
	tryParseXml,
} from '../../../shared/xml';
import { ENDPOINTS } from '../../../shared/endpoints';

/** The languages a Personio careers page can publish its job feed in. */
export const FEED_LANGUAGES = [
	{ name: 'Dutch', value: 'nl' },
	{ name: 'English', value: 'en' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Italian', value: 'it' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Spanish', value: 'es' },
];

const TEXT_FIELDS = [
	'name',
	'subcompany',
	'office',
	'department',
	'recruitingCategory',
	'employmentType',
	'seniority',
	'schedule',
	'yearsOfExperience',
	'occupation',
	'occupationCategory',
	'createdAt',
] as const;

/** One `<position>` of the feed as plain JSON; a missing optional element becomes null. */
function toJob(position: XmlElement): IDataObject | undefined {
	const rawId = childText(position, 'id');
	if (rawId === undefined || !/^\d+$/.test(rawId)) return undefined;
	const job: IDataObject = { id: Number(rawId) };
	for (const field of TEXT_FIELDS) job[field] = childText(position, field) ?? null;
	const additionalOffices = childElement(position, 'additionalOffices');
	if (additionalOffices) {
		job.additionalOffices = childElements(additionalOffices, 'office')
			.map((office) => textContent(office).trim())
			.filter((office) => office !== '');
	}
	job.keywords = (childText(position, 'keywords') ?? '')
		.split(',')
		.map((keyword) => keyword.trim())
		.filter((keyword) => keyword !== '');
	const descriptions = childElement(position, 'jobDescriptions');
	job.jobDescriptions = descriptions
		? childElements(descriptions, 'jobDescription').map((description) => ({
				name: childText(description, 'name') ?? '',
				value: childText(description, 'value') ?? '',
			}))
		: [];
	return job;
}

/**
 * Parses the careers XML feed (root `<workzag-jobs>`, one `<position>` per open job). A feed that is
 * not Personio's comes back as a problem to report, not as an exception.
 */
export function parseJobFeed(xml: string): { jobs: IDataObject[] } | { problem: string } {
	const parsed = tryParseXml(xml);
	if ('error' in parsed) {
		return { problem: `The job feed is not valid XML: ${parsed.error.message}` };
	}
	const { root } = parsed;
	if (root.name !== 'workzag-jobs' && root.name !== 'positions') {
		return {
			problem: `Expected Personio's job feed (<workzag-jobs>), got <${shownName(root.name)}>`,
		};
	}
	const jobs: IDataObject[] = [];
	for (const position of childElements(root, 'position')) {
		const job = toJob(position);
		if (!job) {
			return {
				problem: `A job in the feed has no valid <id> (got "${shownName(childText(position, 'id') ?? '')}")`,
			};
		}
		jobs.push(job);
	}
	return { jobs };
}

/** The largest careers feed read; Personio's feeds of a few hundred jobs are well below 1 MB. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;

/** The size of the feed in bytes, counted without copying it (UTF-8 for a string). */
function byteLength(body: string | ArrayBuffer | ArrayBufferView): number {
	if (typeof body !== 'string') return body.byteLength;
	let bytes = body.length;
	// Only a string that could pass the cap is counted exactly: each UTF-16 unit is 1 to 3 UTF-8 bytes.
	if (bytes > MAX_FEED_BYTES || bytes * 3 <= MAX_FEED_BYTES) return bytes;
	for (let i = 0; i < body.length; i++) {
		const code = body.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) i++; // a surrogate pair: 4 bytes, counted as 2 + 2
		if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
	}
	return bytes;
}

/** Reads and parses the open jobs of the credential's careers page in one language. */
export async function fetchJobs(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	language: string,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const body = await personioRequest.call(this, {
		path: ENDPOINTS.careersFeed.path,
		qs: { language },
		host: 'careers',
		credentialType: 'personioRecruitingApi',
		response: 'text',
		maxBytes: MAX_FEED_BYTES,
		itemIndex,
	});
	const xml =
		typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body) ? body : '';
	const description =
		'Check the Company (or Careers Page URL) of the Personio Recruiting credential: it must point to ' +
		'https://{company}.jobs.personio.de, whose /xml feed lists the open jobs.';
	const size = byteLength(xml);
	if (size > MAX_FEED_BYTES) {
		throw new NodeOperationError(
			this.getNode(),
			`The careers feed is larger than 10 MB (${megabytes(size)}): it was not read`,
			{ itemIndex, description },
		);
	}
	const feed = parseJobFeed(
		typeof xml === 'string' ? xml : new TextDecoder().decode(xml as ArrayBuffer),
	);
	if ('problem' in feed) {
		throw new NodeOperationError(this.getNode(), feed.problem, { itemIndex, description });
	}
	return feed.jobs;
}

export interface JobFilters {
	department?: string;
	office?: string;
	employmentType?: string;
	keyword?: string;
}

const same = (a: unknown, b: string) =>
	typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Keeps the jobs matching every filter given; text filters ignore case. */
export function filterJobs(jobs: IDataObject[], filters: JobFilters): IDataObject[] {
	const keyword = filters.keyword?.trim().toLowerCase();
	return jobs.filter((job) => {
		if (filters.department && !same(job.department, filters.department)) return false;
		if (
			filters.office &&
			!same(job.office, filters.office) &&
			!((job.additionalOffices as string[] | undefined) ?? []).some((office) =>
				same(office, filters.office!),
			)
		) {
			return false;
		}
		if (filters.employmentType && !same(job.employmentType, filters.employmentType)) return false;
		if (keyword) {
			const inName = String(job.name ?? '')
				.toLowerCase()
				.includes(keyword);
			const inKeywords = (job.keywords as string[]).some((entry) =>
				entry.toLowerCase().includes(keyword),
			);
			if (!inName && !inKeywords) return false;
		}
		return true;
	});
}
