'use strict';
/* v1 document categories and uploads (/v1/company/documents) and custom reports (/v1/company/custom-reports). */

const crypto = require('crypto');

module.exports = function registerV1DocumentsReports(
	sb,
	{ json, v1err, F, D, U, DOCUMENT_EXTENSIONS, MIME },
) {
	// ---------------------------------------------------------------- documents ----
	sb.route('GET', '/v1/company/document-categories', 'v1', function () {
		return json(200, {
			success: true,
			data: this.db.documentCategories.map((c) => ({
				id: c.id,
				type: 'DocumentCategory',
				attributes: { name: c.name },
			})),
		});
	});

	sb.route('POST', '/v1/company/documents', 'v1', function (ctx) {
		if (ctx.bodyKind !== 'multipart')
			return v1err(400, 'The request must be multipart/form-data.', 0);
		if (ctx.bodyError) return v1err(400, `Malformed multipart body: ${ctx.bodyError}`, 0);
		const b = ctx.body || {};
		const file = ctx.files.file;
		const errors = {};
		if (!b.title) errors.title = ['The title field is required.'];
		else if (b.title.length > 255)
			errors.title = ['The title may not be greater than 255 characters.'];
		if (!b.employee_id) errors.employee_id = ['The employee id field is required.'];
		if (!b.category_id) errors.category_id = ['The category id field is required.'];
		if (!file) errors.file = ['The file field is required.'];
		else if (file.size > 30 * 1024 * 1024)
			errors.file = ['The file may not be greater than 30720 kilobytes.'];
		if (b.date && !U.isDate(b.date)) errors.date = ['The date does not match the format Y-m-d.'];
		const ext = file ? (file.filename.split('.').pop() || '').toLowerCase() : '';
		if (file && !errors.file && !DOCUMENT_EXTENSIONS.includes(ext))
			errors.file = [`The file must be a file of type: ${DOCUMENT_EXTENSIONS.join(', ')}.`];
		if (Object.keys(errors).length)
			return v1err(422, 'The given data was invalid.', 0, { error_data: errors });
		const emp = this.db.employeeById.get(Number(b.employee_id));
		if (!emp) return v1err(404, `No query results for model [Employee] ${b.employee_id}`, 0);
		const cat = this.db.documentCategories.find((c) => c.id === Number(b.category_id));
		if (!cat)
			return v1err(404, `No query results for model [DocumentCategory] ${b.category_id}`, 0);
		const now = this.now();
		const doc = {
			id: String(this.db.ids.document++),
			title: b.title,
			comment: b.comment || '',
			date: b.date || D.isoDate(now),
			employee_id: emp.id,
			category_id: cat.id,
			file_name: file.filename,
			mimetype: file.contentType || MIME[ext] || 'application/octet-stream',
			content: file.content,
			created_at: now,
			updated_at: now,
		};
		this.db.documents.push(doc);
		this.db.documentsUploaded.push({
			id: doc.id,
			title: doc.title,
			employee_id: emp.id,
			category_id: cat.id,
			file_name: doc.file_name,
			size: file.size,
			sha256: crypto.createHash('sha256').update(file.content).digest('hex'),
		});
		const se = F.shortEmployee(emp).attributes;
		return json(201, {
			success: true,
			data: {
				id: Number(doc.id),
				type: 'Document',
				attributes: {
					title: doc.title,
					date: doc.date,
					comment: doc.comment,
					employee: se,
					category: { id: cat.id, type: 'DocumentCategory', attributes: { name: cat.name } },
				},
			},
		});
	});

	// ---------------------------------------------------------------- custom reports ----
	function reportAttributes(r, db) {
		return {
			id: r.id,
			name: r.name,
			description: r.description,
			author_first_name: db.employees[0].first_name,
			author_last_name: db.employees[0].last_name,
			type: r.type,
			status: 'up_to_date',
			created_at: '2025-04-10T17:32:28Z',
			updated_at: '2025-10-01T08:00:00Z',
			data_refreshed_at: '2025-10-31T23:00:00Z',
			columns: r.columns,
			filters: [],
			period_type: 'today',
		};
	}
	sb.route('GET', '/v1/company/custom-reports/reports', 'v1', function (ctx) {
		let reports = this.db.reports;
		const ids = ctx.query
			.getAll('report_ids')
			.concat(ctx.query.getAll('report_ids[]'))
			.flatMap((s) => s.split(','))
			.map((s) => s.trim())
			.filter(Boolean);
		if (ids.length) reports = reports.filter((r) => ids.includes(r.id));
		const status = ctx.query.get('status');
		if (status && status !== 'up_to_date') reports = [];
		return json(200, {
			success: true,
			metadata: { total_elements: reports.length, current_page: 1, total_pages: 1 },
			offset: 0,
			limit: reports.length,
			data: reports.map((r) => ({ type: 'Report', attributes: reportAttributes(r, this.db) })),
		});
	});
	sb.route('GET', '/v1/company/custom-reports/reports/{report_id}', 'v1', function (ctx) {
		const r = this.db.reports.find((x) => x.id === ctx.params.report_id);
		if (!r) return json(404, { success: false, error: { code: 404, message: 'Report not found' } });
		const limit = this.intParam(ctx, 'limit', 100, { min: 1, max: 200 });
		const page = Math.max(1, this.intParam(ctx, 'page', 1, { min: 0 }));
		const emps = this.db.employees.filter((e) => e.status !== 'inactive');
		const slice = emps.slice((page - 1) * limit, page * limit);
		const items = slice.map((e) => ({
			employee_id: e.id,
			attributes: r.columns.map((c) => {
				if (c === 'department' || c === 'office') {
					const ent =
						c === 'department'
							? this.db.departments.find((d) => d.id === e.department_id)
							: this.db.offices.find((d) => d.id === e.office_id);
					return {
						attribute_id: c,
						entity_id: String(ent ? ent.id : ''),
						data_type: 'ENTITY',
						value: ent ? ent.name : '',
						employee_id: e.id,
					};
				}
				return { attribute_id: c, data_type: 'TEXT', value: String(e[c] ?? ''), employee_id: e.id };
			}),
		}));
		return json(200, {
			success: true,
			metadata: {
				total_elements: emps.length,
				current_page: page,
				total_pages: Math.ceil(emps.length / limit),
			},
			limit,
			data: [
				{
					type: 'Report',
					attributes: { ...reportAttributes(r, this.db), period_type: 'today', items },
				},
			],
		});
	});
	sb.route('GET', '/v1/company/custom-reports/columns', 'v1', function () {
		const attrs = Object.entries(this.db.catalogue).map(([k, d]) => ({
			attribute_id: k,
			human_readable: d.label,
			data_type: ['department', 'office', 'team', 'subcompany'].includes(k) ? 'ENTITY' : 'TEXT',
		}));
		return json(200, {
			success: true,
			metadata: { total_elements: attrs.length, current_page: 1, total_pages: 1 },
			offset: 0,
			limit: attrs.length,
			data: { type: 'Column', attributes: attrs },
		});
	});
};
