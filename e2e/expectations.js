'use strict';
/*
 * What the e2e suite asserts for each example workflow (keyed by file name in examples/) and,
 * after all of them, about what the sandbox recorded. `check(name, ok, detail)` records one check;
 * `out(nodeName)` gives the items ({ json, binary }) a node returned.
 */

const json = (items) => items.map((i) => i.json);
const ids = (items) => items.map((i) => i.json.id);
const unique = (list) => new Set(list).size === list.length;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(condition, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition()) && Date.now() < deadline) await sleep(100);
}
const has = (object, keys) => keys.every((k) => object && object[k] !== undefined);

const expectations = {
	employees: {
		check({ check, out, sandbox }) {
			const all = out('Get many employees');
			check.equal('Get Many (Return All) returns every employee', all.length, 60);
			check(
				'employees are simplified with their fields',
				all.every((i) => has(i.json, ['id', 'first_name', 'last_name', 'email'])),
			);
			check('no duplicates across pages', unique(ids(all)));
			const created = out('Create an employee')[0].json;
			check('Create returns the new id', Number.isInteger(created.id), JSON.stringify(created));
			const read = out('Get the employee')[0].json;
			check.equal('the created employee reads back', read.id, created.id);
			check.equal('read back with its email', read.email, created.email);
			check.equal('read back with the updated position', read.position, 'Principal Engineer');
			const stored = sandbox.state.employees.find((e) => e.id === created.id);
			check('the employee exists in Personio', Boolean(stored));
			const balance = json(out('Get the absence balance'));
			check(
				'absence balance per type',
				balance.length > 0 &&
					balance.every((b) => b.employee_id === created.id && b.balance !== undefined),
				JSON.stringify(balance[0]),
			);
		},
	},

	absences: {
		check({ check, out, sandbox }) {
			const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
			const types = json(out('Get absence types'));
			check(
				'v2 absence types listed with UUIDs',
				types.length > 0 && types.every((t) => UUID.test(t.id)),
				JSON.stringify(types[0]),
			);
			const booked = out('Book two days off')[0].json;
			check(
				'the absence is created (v1) with an id',
				booked.id !== undefined,
				JSON.stringify(booked),
			);
			const found = json(out('Find the booked absence'));
			check(
				'v2 Get Many finds the booked absence by person and dates',
				found.length === 1 &&
					found[0].starts_from.date_time.startsWith('2026-03-02') &&
					UUID.test(found[0].id),
				JSON.stringify(found),
			);
			check.equal(
				'the absence reads back by its v2 id',
				out('Get the absence')[0].json.id,
				found[0].id,
			);
			const days = json(out('Get its days'));
			check(
				'the breakdown has one entry per day',
				days.length === 2 &&
					days.every((d) => d.effective_duration && d.effective_duration.unit === 'DAY'),
				JSON.stringify(days),
			);
			check(
				'the absence is deleted in Personio',
				!sandbox.state.timeOffs.some((t) => String(t.id) === String(booked.id)),
			);
			const year = json(out('Get the absences of 2026'));
			check(
				'a year of absences, all pages, no duplicates',
				year.length > 0 && unique(year.map((a) => a.id)),
				`${year.length} items`,
			);
			check('Limit 10 gives 10 absences', out('Get 10 absences').length === 10);
		},
	},

	attendances: {
		check({ check, out, sandbox }) {
			const project = out('Pick an active project')[0].json;
			const night = out('Log a night shift')[0].json;
			check(
				'the night shift is created with a v2 id and its affected periods',
				typeof night.id === 'string' && Array.isArray(night.affected_periods),
				JSON.stringify(night),
			);
			const pause = out('Take a break')[0].json;
			check(
				'the break is a period of its own',
				typeof pause.id === 'string' && pause.id !== night.id,
				JSON.stringify(pause),
			);
			check(
				'the update outputs what changed',
				out('Update the night shift')[0].json.updated === true,
				JSON.stringify(out('Update the night shift')[0].json),
			);
			const read = out('Get the night shift')[0].json;
			check.equal(
				'the night shift reads back across midnight with the new end',
				read.end && read.end.date_time,
				'2026-02-03T07:00:00',
			);
			check.equal(
				'booked on the picked project',
				String(read.project && read.project.id),
				String(project.id),
			);
			const listed = ids(out('Get the periods of that night')).map(String);
			check(
				'both periods are listed',
				listed.includes(night.id) && listed.includes(pause.id),
				JSON.stringify(listed),
			);
			check(
				'both periods are deleted in Personio',
				!sandbox.state.attendancePeriods.some((p) => p.id === night.id || p.id === pause.id),
			);
			check(
				'the deletes output what was deleted',
				out('Delete the night shift')[0].json.deleted === true,
			);
		},
	},

	projects: {
		check({ check, out, sandbox }) {
			const project = out('Create a project')[0].json;
			check(
				'the project is created with an id and the fields sent',
				project.id !== undefined &&
					project.billable === true &&
					project.start.date === '2026-01-01',
				JSON.stringify(project),
			);
			const sub = out('Create a sub-project')[0].json;
			check.equal(
				'the sub-project names its parent',
				sub.parent_project && sub.parent_project.id,
				project.id,
			);
			check.equal(
				'the description reads back',
				out('Get the project')[0].json.description,
				'Relaunch of the public website',
			);
			check(
				'the sub-project is listed under its parent',
				ids(out('Get its sub-projects')).map(String).includes(String(sub.id)),
			);
			const person = out('Pick a person')[0].json;
			check('the member is added', out('Add a member')[0].json.added === true);
			check(
				'the member is listed',
				json(out('Get the members')).some(
					(m) => String(m.person && m.person.id) === String(person.id),
				),
			);
			check('the member is removed', out('Remove the member')[0].json.removed === true);
			check(
				'the archived project is listed',
				ids(out('Get archived projects')).map(String).includes(String(project.id)),
			);
			const left = sandbox.state.projects.filter((p) => p.id === project.id || p.id === sub.id);
			check(
				'the project and its sub-project are deleted in Personio',
				left.length === 0,
				JSON.stringify(left),
			);
		},
	},

	people: {
		check({ check, out }) {
			check('persons listed', out('Get many persons').length === 10);
			const created = out('Create a person')[0].json;
			check('the person is created with an id', created.id !== undefined, JSON.stringify(created));
			const read = out('Get the person')[0].json;
			check.equal('the person reads back', String(read.id), String(created.id));
			check(
				'with the updated preferred name',
				JSON.stringify(read).includes('"Grace"'),
				JSON.stringify(read).slice(0, 300),
			);
			check('their employment is listed', out('Get their employments').length >= 1);
			const employment = out('Get the employment')[0].json;
			check(
				'the employment reads back with the new position',
				JSON.stringify(employment).includes('Commodore'),
				JSON.stringify(employment).slice(0, 300),
			);
		},
	},

	organization: {
		check({ check, out }) {
			for (const node of [
				'Get org units',
				'Get legal entities',
				'Get cost centers',
				'Get workplaces',
				'Get compensations',
				'Get custom reports',
			]) {
				check(`${node} returns records`, out(node).length > 0);
			}
			check(
				'org units are departments (the default Type)',
				out('Get org units').every((i) => i.json.type === 'department'),
			);
			check.equal(
				'the org unit reads back',
				String(out('Get the first org unit')[0].json.id),
				String(out('Get org units')[0].json.id),
			);
			check.equal(
				'the cost center reads back from the list filtered by id',
				String(out('Get the first cost center')[0].json.id),
				String(out('Get cost centers')[0].json.id),
			);
			check.equal(
				'the workplace reads back from the list filtered by id',
				String(out('Get the first workplace')[0].json.id),
				String(out('Get workplaces')[0].json.id),
			);
			const quarter = ids(out('Get three months of compensations'));
			check(
				'three months of compensations, read month by month, each once',
				quarter.length > 0 && unique(quarter),
				`${quarter.length} items`,
			);
			check('the bonus is paid', out('Pay a bonus').length === 1);
			check('report rows', out('Get the rows of the first report').length > 0);
		},
	},

	documents: {
		check({ check, out, sandbox }) {
			const uploaded = out('Upload the document')[0].json;
			check('the upload answers', Boolean(uploaded), JSON.stringify(uploaded));
			const stored = sandbox.state.documentsUploaded || [];
			check('Personio received the file', stored.length >= 1, JSON.stringify(stored).slice(0, 200));
			check('the documents are listed', out('Get their documents').length > 0);
			const download = out('Download the first document')[0];
			check(
				'the download has binary data',
				download && download.binary && download.binary.data,
				JSON.stringify(download && download.json).slice(0, 200),
			);
		},
	},

	recruiting: {
		check({ check, out, sandbox }) {
			const jobs = json(out('Get open jobs'));
			check(
				'open jobs from the careers feed',
				jobs.length > 0 && jobs.every((j) => j.id !== undefined && j.name),
				JSON.stringify(jobs[0]),
			);
			check.equal(
				'the first job reads back',
				String(out('Get the first job')[0].json.id),
				String(jobs[0].id),
			);
			check(
				'the application is accepted',
				out('Apply with the CV').length === 1,
				JSON.stringify(out('Apply with the CV')[0]?.json),
			);
			const uploads = sandbox.state.recruitingUploads || [];
			check(
				'the CV and the extra document reached Personio',
				uploads.length >= 2,
				`${uploads.length} uploads`,
			);
			const applied = out('Apply with the CV')[0].json;
			const stored = sandbox.state.applications.filter((a) => a.email === applied.email);
			check('Personio stored the application', stored.length === 1, () => JSON.stringify(applied));
			const apps = json(out('Get applications'));
			check(
				'the new application is listed (API v2)',
				stored[0] && apps.some((a) => String(a.id) === String(stored[0].id)),
				() =>
					`looked for ${JSON.stringify(stored[0])} in ${apps.length}: ${JSON.stringify(apps[apps.length - 1])}`,
			);
			check.equal(
				'an application reads back',
				String(out('Get the first application')[0].json.id),
				String(apps[0].id),
			);
			for (const node of ['Get candidates', 'Get jobs (API v2)', 'Get job categories'])
				check(`${node} returns records`, out(node).length > 0);
		},
	},

	'polling-trigger': {
		check({ check, out }) {
			// A manual run polls once in manual mode: the latest record as a sample, cursor untouched.
			check(
				'a manual poll returns a sample employee',
				out('Personio Polling Trigger').length > 0 &&
					out('Personio Polling Trigger')[0].json.id !== undefined,
			);
		},
	},

	'webhook-trigger': {
		/** Activate, see the registration, have Personio deliver an event, see the run, deactivate. */
		async run({ check, client, install, sandbox, workflow, parse }) {
			const mine = () => sandbox.state.webhooks.filter((w) => w.url.startsWith(client.baseUrl));
			await client.activate(workflow.id, install.major);
			// n8n 2.x publishes through an outbox: the trigger registers shortly after the call returns.
			await waitFor(() => mine().length > 0);
			const registered = mine();
			check('activation registers one webhook in Personio', registered.length === 1, () =>
				JSON.stringify({
					webhooks: sandbox.state.webhooks.map((w) => w.url),
					calls: sandbox
						.stats()
						.log.filter((e) => e.path.startsWith('/v2/webhooks'))
						.map((e) => `${e.route} ${e.status}`),
				}),
			);
			const hook = registered[0] || {};
			check(
				'for the chosen events, enabled, with a verification token',
				hook.status === 'ENABLED' && hook.enabled_events.includes('person.created') && hook.token,
				() => JSON.stringify({ ...hook, token: hook.token ? '<set>' : hook.token }),
			);
			const before = (await client.executions(workflow.id)).length;
			const fired = await sandbox.fireWebhook({ event_name: 'person.created', times: 3 });
			check(
				'n8n accepts the delivery (and its two retries)',
				fired.length === 3 && fired.every((f) => f.ok),
				JSON.stringify(fired.map(({ body, ...r }) => r)),
			);
			if (!hook.url) return;
			const forged = await fetch(hook.url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: 'wrong' },
				body: JSON.stringify({ event_name: 'person.created', payload: {} }),
			});
			check(
				'a delivery without the token is refused',
				forged.status === 401 || forged.status === 403,
				`HTTP ${forged.status}`,
			);
			let runs = [];
			await waitFor(
				async () => (runs = await client.executions(workflow.id)).length > before,
				10_000,
			);
			await new Promise((resolve) => setTimeout(resolve, 2000));
			runs = await client.executions(workflow.id);
			if (install.major === 1) {
				check.equal(
					'the delivery, sent three times, starts exactly one run',
					runs.length - before,
					1,
				);
			} else {
				// n8n 2.41 does not keep static data written by a webhook call, so the trigger's list of
				// delivery ids is lost between deliveries (README: "Known limits"). Reported, not hidden.
				console.log(
					`note - [n8n ${install.version}] a delivery sent three times started ${runs.length - before} runs (known n8n 2.41 limit)`,
				);
				check(
					'the delivery, sent three times, starts at least one run',
					runs.length - before >= 1,
					`${runs.length - before} runs`,
				);
			}
			if (runs.length > before) {
				const execution = await client.waitForExecution(runs[0].id, { parse });
				const item = (execution.runData['Handle the event'] || [])[0];
				const event = item && item.data.main[0][0].json;
				check(
					'the run carries the event',
					execution.status === 'success' && JSON.stringify(event).includes('person.created'),
					() => JSON.stringify(event || execution.error).slice(0, 300),
				);
			}
			await client.deactivate(workflow.id, install.major);
			await waitFor(() => mine().length === 0);
			check.equal('deactivation removes the webhook from Personio', mine().length, 0);
		},
	},

	'http-request': {
		check({ check, out, sandbox }) {
			check(
				'the HTTP Request node with the Personio credential answers',
				out('Get its stage transitions').length > 0,
			);
			const calls = sandbox.stats().log.filter((e) => /stage-transitions/.test(e.path));
			check(
				'and it called the endpoint with a Bearer token',
				calls.length === 1 && calls[0].tokenId,
				JSON.stringify(calls),
			);
		},
	},
};

/** Assertions about everything the sandbox saw during one n8n's run of all workflows. */
function sandboxChecks({ check, stats, values }) {
	const personio = stats.log.filter((e) => !e.path.startsWith('/__sandbox'));
	const tokenCalls = personio.filter(
		(e) => e.route === 'POST /v2/auth/token' || e.route === 'POST /v1/auth',
	);
	const recruiting = personio.filter((e) => e.path.startsWith('/v1/recruiting'));
	const careers = personio.filter(
		(e) => e.route === 'GET /xml' || e.route.startsWith('GET /careers'),
	);
	const api = personio.filter(
		(e) => !tokenCalls.includes(e) && !recruiting.includes(e) && !careers.includes(e),
	);
	check.equal('sandbox: one token request for the whole run', stats.tokenRequests, 1);
	const token = tokenCalls[0] || {};
	check(
		'sandbox: the token request is form-encoded client credentials',
		token.bodyKind === 'form' &&
			token.body &&
			token.body.grant_type === 'client_credentials' &&
			token.body.client_id === values.PERSONIO_CLIENT_ID,
		() =>
			JSON.stringify({
				bodyKind: token.bodyKind,
				body: token.body,
				type: token.headers && token.headers['content-type'],
			}),
	);
	const noBearer = api.filter((e) => !e.tokenId || e.headers.authorization !== 'Bearer <redacted>');
	check(
		`sandbox: Authorization Bearer with the minted token on all ${api.length} API calls`,
		api.length > 0 && noBearer.length === 0,
		() =>
			noBearer
				.slice(0, 3)
				.map((e) => e.route)
				.join(', '),
	);
	const partner = (e) =>
		e.partnerHeaders['x-personio-partner-id'] === values.PERSONIO_PARTNER_ID &&
		e.partnerHeaders['personio-partner-id'] === values.PERSONIO_PARTNER_ID &&
		e.partnerHeaders['x-personio-app-id'] === values.PERSONIO_APP_ID &&
		e.partnerHeaders['personio-app-id'] === values.PERSONIO_APP_ID;
	const noPartner = [...tokenCalls, ...api, ...recruiting].filter((e) => !partner(e));
	check(
		'sandbox: partner and app headers in both spellings on every call',
		noPartner.length === 0,
		() =>
			noPartner
				.slice(0, 3)
				.map((e) => `${e.route} ${JSON.stringify(e.partnerHeaders)}`)
				.join('; '),
	);
	if (recruiting.length) {
		const bad = recruiting.filter(
			(e) => e.headers['x-company-id'] !== values.PERSONIO_COMPANY_ID || !e.headers.authorization,
		);
		check(
			`sandbox: X-Company-ID and the API key on all ${recruiting.length} recruiting calls`,
			bad.length === 0,
			() => bad.map((e) => e.route).join(', '),
		);
	}
	const retired = personio.filter((e) => e.path.startsWith('/v1/company/attendances'));
	check(
		'sandbox: no request to the retired v1 attendances and projects (retired 2026-08-30)',
		retired.length === 0,
		() => retired.map((e) => e.route).join(', '),
	);
	const beta = api.filter((e) => e.headers.beta !== undefined);
	check(
		'sandbox: no Beta header (cost centers and workplaces are generally available)',
		beta.length === 0,
		() => beta.map((e) => e.route).join(', '),
	);
	const v1Absences = personio.filter(
		(e) => e.method === 'GET' && /^\/v1\/company\/(time-offs|absence-periods)\/[^/]+$/.test(e.path),
	);
	check('sandbox: absences are read one at a time on v2 only', v1Absences.length === 0, () =>
		v1Absences.map((e) => e.path).join(', '),
	);
	const failed = personio.filter((e) => e.status >= 400);
	check('sandbox: no request failed', failed.length === 0, () =>
		failed
			.slice(0, 5)
			.map((e) => `${e.route} ${e.status}`)
			.join(', '),
	);
}

/**
 * After the suite: Personio revokes the stored token, and the employees workflow runs again. The first
 * request is rejected once; then one token request and the same request again, never a second rejection.
 */
async function expiredTokenCheck({ check, sandbox, client, install, parse, workflow }) {
	const mark = new Date().toISOString();
	sandbox.revokeTokens();
	const id = await client.runManually(workflow.id, install.major);
	const execution = await client.waitForExecution(id, { parse });
	check.equal('the workflow still succeeds', execution.status, 'success');
	const since = sandbox
		.stats()
		.log.filter((e) => e.time >= mark && !e.path.startsWith('/__sandbox'));
	const rejected = since.filter((e) => e.status === 401 || e.status === 403);
	const tokens = since.filter((e) => e.route === 'POST /v2/auth/token');
	check.equal('one rejected request', rejected.length, 1);
	check.equal('one token request', tokens.length, 1);
	const first = since.indexOf(rejected[0]);
	const [token, retry] = since.slice(first + 1, first + 3);
	check(
		'then the same request once more, accepted',
		token === tokens[0] && retry && retry.route === rejected[0].route && retry.status === 200,
		() =>
			since
				.slice(0, 4)
				.map((e) => `${e.route} ${e.status}`)
				.join(', '),
	);
}

module.exports = { expectations, expiredTokenCheck, sandboxChecks };
