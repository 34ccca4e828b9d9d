'use strict';
/*
 * Writes examples/*.json (workflows users can import into n8n; the e2e suite and `npm start` import
 * them too). Edit the specs in e2e/examples/ and run `node e2e/make-examples.js`, or edit the JSON directly.
 * URLs of real Personio (https://api.personio.de) in these files are rewritten to the target's base
 * URL on import by the suite and `npm start`.
 */
const fs = require('fs');
const path = require('path');

const OUT = path.resolve(__dirname, '..', 'examples');
const examples = {
	...require('./examples/people'),
	...require('./examples/time'),
	...require('./examples/projects'),
	...require('./examples/company'),
	...require('./examples/recruiting'),
	...require('./examples/triggers'),
	...require('./examples/mirror'),
	...require('./examples/httpRequest'),
};

fs.mkdirSync(OUT, { recursive: true });
for (const [file, wf] of Object.entries(examples)) {
	fs.writeFileSync(path.join(OUT, `${file}.json`), `${JSON.stringify(wf, null, '\t')}\n`);
}
console.log(
	`wrote ${Object.keys(examples).length} workflows to ${path.relative(process.cwd(), OUT)}/`,
);
