import { redactSecrets } from './redaction';

/** Recruiting API reason codes, said the way a recruiter would. */
export const RECRUITING_REASONS: Record<string, string> = {
	'errors.applicant-already-exists': 'This candidate has already applied to this job',
	'errors.posting-validation.posting-not-found':
		'No job with this job position ID was found in Personio',
	'errors.job-position.not-published':
		'This job is not published, so it cannot receive applications',
	'errors.attribute-validation.required-attribute': 'A required field is missing',
	'errors.attribute-validation.invalid-email-format': 'The email address is not valid',
	'errors.date-validation.date-in-the-future': 'The application date cannot be in the future',
	'errors.file-validation.file-not-exists': 'An attached document was not found; upload it again',
	'errors.attribute-validation.unknown':
		'Personio does not know this attribute; check the attribute ID',
	'errors.attribute-validation.invalid-date-format': 'The date must be written as YYYY-MM-DD',
	'errors.attribute-validation.invalid-type':
		'This kind of attribute cannot be set through the API',
	'errors.attribute-validation.unknown-attribute-option':
		'The value is not one of the options configured for this attribute',
	'errors.phase-validation.invalid-system-phase': 'This application phase does not exist',
	'errors.file-validation.unknown-file-category':
		'The document category is not one Personio supports',
	'errors.invalid-file-type': 'Personio does not accept this type of file',
	'errors.file-too-big': 'The file is larger than Personio allows (20 MB)',
	'errors.posting-validation.channel-not-found':
		'No recruiting channel with this ID was found in Personio',
	'feature.recruiting.disabled': 'Recruiting is not enabled for this Personio company',
	'feature.public-api.disabled': 'The Recruiting API is not enabled for this Personio company',
};

const STATUS_MESSAGES: Record<number, string> = {
	400: 'Personio rejected the request',
	401: 'Personio did not accept the credentials',
	403: 'The Personio credential is not allowed to do this',
	404: 'Personio found no such record',
	409: 'The request conflicts with existing data in Personio',
	413: 'The file is too large for Personio',
	422: 'Personio could not process the data sent',
	429: 'Personio is rate limiting requests; try again in a minute',
	500: 'Personio had an internal error',
	502: 'Personio is not reachable right now (bad gateway)',
	503: 'Personio is unavailable right now',
	504: 'Personio did not answer in time',
};

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** v1: `{ success: false, error: { code, message, error_data?, detailed_message? } }`. */
interface V1Error {
	code?: number;
	message?: unknown;
	error_data?: Record<string, unknown>;
	detailed_message?: Array<{ success?: boolean; error_msg?: unknown }>;
}

/** One entry of v2 problem+json (`{title, detail}`) or of the Recruiting API (`{field, errors: [{reason}]}`). */
interface ProblemEntry {
	title?: unknown;
	detail?: unknown;
	reason?: unknown;
	code?: unknown;
	field?: unknown;
	errors?: Array<{ reason?: unknown }>;
}

/** Every shape a Personio error body comes in; the token endpoint's `error` is a string. */
interface ErrorBody {
	error?: V1Error | string;
	error_description?: unknown;
	errors?: ProblemEntry[];
	message?: unknown;
	detail?: unknown;
	title?: unknown;
}

function v1Details(error: V1Error): string[] {
	const details: string[] = [];
	if (error.error_data && typeof error.error_data === 'object') {
		for (const [field, problems] of Object.entries(error.error_data)) {
			details.push(`${field}: ${Array.isArray(problems) ? problems.join(', ') : String(problems)}`);
		}
	}
	if (Array.isArray(error.detailed_message)) {
		for (const row of error.detailed_message) {
			if (row && row.success === false) details.push(String(row.error_msg ?? JSON.stringify(row)));
		}
	}
	return details;
}

function problemMessages(entries: ProblemEntry[], details: string[]): string[] {
	const messages: string[] = [];
	for (const entry of entries) {
		if (!entry || typeof entry !== 'object') continue;
		if (Array.isArray(entry.errors)) {
			for (const problem of entry.errors) {
				const reason = String(problem?.reason ?? '');
				const readable = RECRUITING_REASONS[reason] ?? reason;
				messages.push(entry.field ? `${String(entry.field)}: ${readable}` : readable);
			}
			continue;
		}
		const reason = text(entry.reason) ?? text(entry.code);
		const readable =
			(reason && RECRUITING_REASONS[reason]) || text(entry.detail) || text(entry.title);
		if (readable) messages.push(readable);
		if (text(entry.title) && text(entry.detail))
			details.push(`${String(entry.title)}: ${String(entry.detail)}`);
	}
	return messages;
}

/** Personio's own words from any of its three error envelopes. */
function fromBody(body: unknown): { message?: string; details: string[] } {
	if (!body || typeof body !== 'object') return { message: undefined, details: [] };
	const data: ErrorBody = body;
	if (data.error && typeof data.error === 'object') {
		return { message: text(data.error.message), details: v1Details(data.error) };
	}
	if (typeof data.error === 'string')
		return { message: text(data.error_description) ?? data.error, details: [] };
	if (Array.isArray(data.errors)) {
		const details: string[] = [];
		const messages = problemMessages(data.errors, details);
		return { message: messages.length ? messages.join('; ') : undefined, details };
	}
	return { message: text(data.message) ?? text(data.detail) ?? text(data.title), details: [] };
}

/** The message and description of a failed Personio call, in Personio's words where it gave any. */
export function personioErrorMessage(
	status: number | undefined,
	body: unknown,
	fallback: string,
	secrets: readonly unknown[] = [],
): { message: string; description?: string } {
	const { message, description } = unredacted(status, body, fallback);
	return {
		message: redactSecrets(message, secrets),
		description: description === undefined ? undefined : redactSecrets(description, secrets),
	};
}

function unredacted(
	status: number | undefined,
	body: unknown,
	fallback: string,
): { message: string; description?: string } {
	const { message, details } = fromBody(body);
	if (status === undefined) {
		return {
			message: text(fallback) ?? 'The request to Personio failed',
			description: details.join('\n') || undefined,
		};
	}
	const generic = STATUS_MESSAGES[status] ?? `Personio answered with HTTP ${status}`;
	const own = message ?? text(fallback);
	return {
		message: own ?? generic,
		description: [own ? `${generic} (HTTP ${status})` : `HTTP ${status}`, ...details].join('\n'),
	};
}
