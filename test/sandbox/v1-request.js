'use strict';
/* Request bodies and dates as the v1 routes read them, with the v1 error envelope on bad input. */

const { v1err, HttpError } = require('./responses');

function bodyObject(ctx) {
	if (ctx.bodyError) throw new HttpError(v1err(400, `Malformed request body: ${ctx.bodyError}`, 0));
	return ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
}
function requireForm(ctx) {
	if (ctx.bodyKind !== 'form') {
		throw new HttpError(
			v1err(
				400,
				'Unsupported content type: this endpoint only accepts application/x-www-form-urlencoded.',
				0,
			),
		);
	}
	return bodyObject(ctx);
}
const dateMs = (d) => Date.parse(`${d}T00:00:00Z`);

module.exports = { bodyObject, requireForm, dateMs };
