'use strict';
// The queue suite's jobs: webhook calls fired at the webhook process all at once and their answers checked.
const { request } = require('./util');

const tokenRequests = (c) => c.sandbox.stats().tokenRequests;

/** Fires `jobs` (array of {path, body}) at the webhook process all at once. */
async function fire(cluster, jobs) {
	const started = Date.now();
	const responses = await Promise.all(
		jobs.map((j) =>
			request({
				url: `${cluster.webhookUrl}/webhook/${j.path}`,
				method: 'POST',
				body: j.body,
				timeoutMs: 300000,
			}).catch((e) => ({ status: 0, error: e.message, body: undefined })),
		),
	);
	return { responses, ms: Date.now() - started };
}

/** Mixed get / get-many jobs over the sandbox's employees; `verify(response, job)` checks the output. */
function readJobs(employees, n, offset = 0) {
	const jobs = [];
	for (let i = 0; i < n; i++) {
		const e = employees[(i + offset) % employees.length];
		const email = e.email || (e.attributes && e.attributes.email && e.attributes.email.value);
		jobs.push(
			i % 2 === 0
				? { path: 'q-get', body: { id: e.id }, expect: { id: e.id } }
				: { path: 'q-list', body: { email }, expect: { email } },
		);
	}
	return jobs;
}
/** The first few wrong answers, for the table. */
function failures(responses, jobs) {
	const bad = responses.map((r, i) => [r, jobs[i]]).filter(([r, j]) => !outputOk(r, j));
	if (!bad.length) return '';
	return `; wrong: ${bad
		.slice(0, 3)
		.map(
			([r, j]) =>
				`${j.path} ${JSON.stringify(j.body)} → HTTP ${r.status} ${(r.error || r.text || '').slice(0, 120)}`,
		)
		.join(' | ')}`;
}
function outputOk(r, job) {
	if (r.status !== 200 || !r.body || typeof r.body !== 'object') return false;
	const b = Array.isArray(r.body) ? r.body[0] : r.body;
	if (!b) return false;
	return job.expect.id !== undefined
		? String(b.id) === String(job.expect.id)
		: String(b.email).toLowerCase() === String(job.expect.email).toLowerCase();
}

module.exports = { failures, fire, outputOk, readJobs, tokenRequests };
