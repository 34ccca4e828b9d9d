'use strict';
/* Rendering of sandbox records into Personio's wire formats (v1 envelopes, v2 objects, careers XML). */

const { shortEmployee, attributeCatalogue } = require('./format-v1-attributes');

module.exports = {
	attributeCatalogue,
	shortEmployee,
	...require('./format-v1'),
	...require('./format-v2'),
	...require('./format-recruiting'),
};
