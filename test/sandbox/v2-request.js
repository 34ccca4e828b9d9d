'use strict';
/* What the v2 routes share: JSON bodies, the 404 and 422 problem answers, an id filter. */

const { problem, HttpError } = require('./responses');

const notFound = () =>
	problem(
		404,
		'Resource not found',
		'There is no resource for the specified id.',
		'common.resource_not_found',
	);
const unprocessable = (detail) =>
	problem(422, 'Unprocessable entity', detail, 'common.unprocessable_entity');
function bodyObject(ctx) {
	if (ctx.bodyKind !== 'json' && ctx.bodyKind !== 'none') {
		throw new HttpError(
			problem(
				415,
				'Unsupported media type',
				'The request body must be application/json.',
				'common.unsupported_media_type',
			),
		);
	}
	if (ctx.bodyError)
		throw new HttpError(
			problem(400, 'Bad request', `Malformed JSON body: ${ctx.bodyError}`, 'common.bad_request'),
		);
	return ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
}
const byId = (ids) => (x) => !ids || ids.includes(String(x.id));

module.exports = { notFound, unprocessable, bodyObject, byId };
