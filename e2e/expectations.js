'use strict';
/*
 * What the e2e suite asserts for each example workflow (keyed by file name in examples/) and,
 * after all of them, about what the sandbox recorded. `check(name, ok, detail)` records one check;
 * `out(nodeName)` gives the items ({ json, binary }) a node returned. The checks live by topic in
 * expectations/; this file puts them together.
 */

const { expiredTokenCheck, sandboxChecks } = require('./expectations/sandbox');
const { elsewhereCheck } = require('./expectations/httpRequest');
const { credentialTestCheck } = require('./expectations/credentialTest');

const expectations = {
	...require('./expectations/people'),
	...require('./expectations/time'),
	...require('./expectations/company'),
	...require('./expectations/recruiting'),
	...require('./expectations/triggers'),
	...require('./expectations/httpRequest').expectations,
};

module.exports = {
	credentialTestCheck,
	elsewhereCheck,
	expectations,
	expiredTokenCheck,
	sandboxChecks,
};
