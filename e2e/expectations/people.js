'use strict';
/** The people examples: employees (v1), persons and employments (v2), documents. */

const { json, ids, unique, has } = require('./helpers');

module.exports = {
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
};
