'use strict';
/* Recruiting API (/v1/recruiting/applications[/documents]) and the public careers XML feed. */

const crypto = require('crypto');

module.exports = function registerRecruiting(
	sb,
	{
		json,
		empty,
		F,
		D,
		U,
		recruitingErrors,
		fieldError,
		RECRUITING_EXTENSIONS,
		SYSTEM_PHASES,
		MIME,
	},
) {
	const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
	const LANGS = ['de', 'en', 'fr', 'es', 'nl', 'it', 'pt'];
	const SYSTEM_ATTRIBUTES = [
		'birthday',
		'gender',
		'location',
		'phone',
		'available_from',
		'salary_expectations',
	];
	const FILE_CATEGORIES = [
		'cv',
		'cover-letter',
		'employment-reference',
		'certificate',
		'work-sample',
		'other',
	];

	sb.route('POST', '/v1/recruiting/applications/documents', 'recruiting', function (ctx) {
		if (ctx.bodyKind !== 'multipart' || ctx.bodyError)
			return recruitingErrors(422, [
				fieldError('file', 'errors.attribute-validation.required-attribute'),
			]);
		const file = ctx.files.file;
		if (!file)
			return recruitingErrors(422, [
				fieldError('file', 'errors.attribute-validation.required-attribute'),
			]);
		if (file.size > 20 * 1024 * 1024)
			return recruitingErrors(413, [
				fieldError('file', 'errors.file-too-big', { max_size: '20MB' }),
			]);
		const ext = (file.filename.includes('.') ? file.filename.split('.').pop() : '').toLowerCase();
		if (!RECRUITING_EXTENSIONS.includes(ext))
			return recruitingErrors(422, [
				fieldError('file', 'errors.invalid-file-type', {
					allowed: RECRUITING_EXTENSIONS.join(','),
				}),
			]);
		const doc = {
			uuid: crypto.randomUUID(),
			size: file.size,
			mimetype: MIME[ext] || file.contentType || 'application/octet-stream',
			original_filename: file.filename,
			extension: ext,
		};
		this.db.recruitingUploads.push({
			...doc,
			sha256: crypto.createHash('sha256').update(file.content).digest('hex'),
			uploaded_at: this.now(),
		});
		return json(200, doc);
	});

	sb.route('POST', '/v1/recruiting/applications', 'recruiting', function (ctx) {
		if (
			ctx.bodyKind !== 'json' ||
			ctx.bodyError ||
			!ctx.body ||
			typeof ctx.body !== 'object' ||
			Array.isArray(ctx.body)
		) {
			return recruitingErrors(400, [
				{
					id: crypto.randomUUID(),
					status: '400',
					title: 'Bad Request',
					detail: 'The request body must be a JSON object (Content-Type: application/json).',
				},
			]);
		}
		const b = ctx.body;
		const errors = [];
		for (const f of ['first_name', 'last_name', 'email']) {
			if (typeof b[f] !== 'string' || !b[f].trim())
				errors.push(fieldError(f, 'errors.attribute-validation.required-attribute'));
		}
		if (typeof b.email === 'string' && b.email.trim() && !EMAIL_RE.test(b.email.trim()))
			errors.push(fieldError('email', 'errors.attribute-validation.invalid-email-format'));
		const jobId = b.job_position_id;
		if (jobId === undefined || jobId === null || jobId === '')
			errors.push(fieldError('job_position_id', 'errors.attribute-validation.required-attribute'));
		else if (!Number.isInteger(Number(jobId)))
			errors.push(fieldError('job_position_id', 'errors.attribute-validation.invalid-type'));
		const today = new Date(this.now()).toISOString().slice(0, 10);
		if (b.application_date !== undefined) {
			if (!U.isDate(b.application_date))
				errors.push(
					fieldError('application_date', 'errors.attribute-validation.invalid-date-format'),
				);
			else if (b.application_date > today)
				errors.push(fieldError('application_date', 'errors.date-validation.date-in-the-future'));
		}
		if (b.files !== undefined) {
			if (!Array.isArray(b.files))
				errors.push(fieldError('files', 'errors.attribute-validation.invalid-type'));
			else {
				b.files.forEach((f, i) => {
					if (!f || !f.uuid || !this.db.recruitingUploads.some((u) => u.uuid === f.uuid))
						errors.push(
							fieldError(`files[${i}].uuid`, 'errors.file-validation.file-not-exists', {
								uuid: f && f.uuid,
							}),
						);
					else if (!FILE_CATEGORIES.includes(f.category))
						errors.push(
							fieldError(`files[${i}].category`, 'errors.file-validation.unknown-file-category'),
						);
					else if (!f.original_filename)
						errors.push(
							fieldError(
								`files[${i}].original_filename`,
								'errors.attribute-validation.required-attribute',
							),
						);
				});
			}
		}
		if (b.attributes !== undefined) {
			if (!Array.isArray(b.attributes))
				errors.push(fieldError('attributes', 'errors.attribute-validation.invalid-type'));
			else {
				b.attributes.forEach((a, i) => {
					const id = a && a.id;
					if (!id || (!SYSTEM_ATTRIBUTES.includes(id) && !/^custom_attribute_\d+$/.test(id)))
						errors.push(
							fieldError(`attributes[${i}].id`, 'errors.attribute-validation.unknown', { id }),
						);
					else if (a.value === undefined || a.value === null || a.value === '')
						errors.push(
							fieldError(
								`attributes[${i}].value`,
								'errors.attribute-validation.required-attribute',
							),
						);
					else if ((id === 'birthday' || id === 'available_from') && !U.isDate(String(a.value)))
						errors.push(
							fieldError(
								`attributes[${i}].value`,
								'errors.attribute-validation.invalid-date-format',
							),
						);
					else if (id === 'gender' && !['male', 'female', 'diverse', 'undefined'].includes(a.value))
						errors.push(
							fieldError(
								`attributes[${i}].value`,
								'errors.attribute-validation.unknown-attribute-option',
							),
						);
				});
			}
		}
		if (errors.length) return recruitingErrors(400, errors);
		const job = this.db.jobs.find((j) => j.id === Number(jobId));
		if (!job)
			return recruitingErrors(400, [
				fieldError('job_position_id', 'errors.posting-validation.posting-not-found'),
			]);
		if (!job.published)
			return recruitingErrors(400, [
				fieldError('job_position_id', 'errors.job-position.not-published'),
			]);
		const email = b.email.trim().toLowerCase();
		if (this.db.applications.some((a) => a.email.toLowerCase() === email && a.job_id === job.id)) {
			return recruitingErrors(400, [fieldError('email', 'errors.applicant-already-exists')]);
		}
		const now = this.now();
		let cand = this.db.candidates.find((c) => c.email.toLowerCase() === email);
		const attr = (id) =>
			Array.isArray(b.attributes) ? (b.attributes.find((a) => a.id === id) || {}).value : undefined;
		if (!cand) {
			cand = {
				id: String(80000 + this.db.candidates.length + 1000),
				first_name: b.first_name.trim(),
				last_name: b.last_name.trim(),
				email: b.email.trim(),
				phone: attr('phone') || null,
				location: attr('location') || null,
				created_at: now,
				updated_at: now,
			};
			this.db.candidates.push(cand);
		} else {
			cand.updated_at = now;
		}
		let phase = 'unassigned';
		if (b.phase && b.phase.type === 'system' && SYSTEM_PHASES.includes(b.phase.id))
			phase = b.phase.id;
		else if (b.phase && b.phase.type === 'custom' && Number.isInteger(Number(b.phase.id)))
			phase = `custom:${b.phase.id}`;
		const app = {
			id: String(60000 + this.db.applications.length + 1000),
			candidate_id: cand.id,
			job_id: job.id,
			email: b.email.trim(),
			first_name: b.first_name.trim(),
			last_name: b.last_name.trim(),
			status: phase,
			channel: b.recruiting_channel_id ? String(b.recruiting_channel_id) : 'api',
			external_posting_id: b.external_posting_id || null,
			message: b.message || '',
			source: 'api',
			application_date: b.application_date || today,
			tags: Array.isArray(b.tags) ? b.tags.map(String) : [],
			files: Array.isArray(b.files) ? b.files : [],
			attributes: Array.isArray(b.attributes) ? b.attributes : [],
			created_at: now,
			updated_at: now,
		};
		this.db.applications.push(app);
		return empty(201);
	});

	// -------------------------------------------------------------- careers XML feed ----
	function careers(ctx, company) {
		if (String(company).toLowerCase() !== String(this.options.careersCompany).toLowerCase()) {
			return {
				status: 404,
				headers: { 'content-type': 'text/html; charset=utf-8' },
				body: '<html><body><h1>404 Not Found</h1></body></html>',
			};
		}
		const language = ctx.query.get('language') || 'de';
		if (!LANGS.includes(language))
			return {
				status: 400,
				headers: { 'content-type': 'text/plain' },
				body: `Unsupported language "${language}"`,
			};
		const jobs = this.db.jobs.filter((j) => j.published);
		return {
			status: 200,
			headers: { 'content-type': 'application/xml; charset=utf-8' },
			body: F.careersXml(jobs, language),
		};
	}
	sb.route('GET', '/xml', 'none', function (ctx) {
		// real host is {company}.jobs.personio.de; a Host header of that form selects the company
		const host = String(ctx.headers.host || '');
		const m = /^([a-z0-9-]+)\.jobs\./i.exec(host);
		return careers.call(this, ctx, m ? m[1] : this.options.careersCompany);
	});
	sb.route('GET', '/careers/{company}/xml', 'none', function (ctx) {
		return careers.call(this, ctx, ctx.params.company);
	});
};
