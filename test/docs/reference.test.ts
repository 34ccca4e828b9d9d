/* eslint-disable
	@n8n/community-nodes/no-restricted-imports,
	@n8n/community-nodes/no-restricted-globals
	-- a test that reads the docs beside the sources */
/** The reference docs match the nodes: generated parts are fresh, hand-written tables name what exists. */
import fs from 'fs';
import path from 'path';

import { Personio } from '../../nodes/Personio/Personio.node';
import { PersonioPollingTrigger } from '../../nodes/PersonioPollingTrigger/PersonioPollingTrigger.node';
import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { PersonioTrigger } from '../../nodes/PersonioTrigger/PersonioTrigger.node';

type Read = (file: string) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/docs.js is a plain CommonJS script
const docs = require('../../scripts/docs') as {
	REGENERATE: string;
	generatedFiles(nodes: unknown, read?: Read): Record<string, string>;
	tableProblems(nodes: unknown, read?: Read): string[];
};

const ROOT = path.join(__dirname, '..', '..');
const onDisk: Read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The node descriptions from the source, as `npm run docs` reads them from dist/. */
const NODES = {
	personio: new Personio().description,
	recruiting: new PersonioRecruiting().description,
	trigger: new PersonioTrigger().description,
	polling: new PersonioPollingTrigger().description,
};

describe('reference docs (docs/reference/)', () => {
	it('the generated operation, event and endpoint tables are up to date', () => {
		const stale = Object.entries(docs.generatedFiles(NODES))
			.filter(([file, text]) => text !== onDisk(file))
			.map(([file]) => `${file} is stale: run \`${docs.REGENERATE}\` and commit the result`);
		expect(stale).toEqual([]);
	});

	it('every hand-written table names resources, operations, objects and events the nodes have, and leaves none out', () => {
		expect(docs.tableProblems(NODES)).toEqual([]);
	});

	it('catches an operation that does not exist, an unknown object, and one left out', () => {
		const page = 'docs/reference/personio-recruiting-node.md';
		const withMistakes: Read = (file) =>
			file === page
				? [
						'# Personio Recruiting node',
						'',
						'| Resource | Operation | Endpoint |',
						'| --- | --- | --- |',
						'| Applicant | Create, Fly | `POST /v1/recruiting/applications` |',
						'| Job | Get Many / Get — Spaceship | `GET /xml` |',
					].join('\n')
				: onDisk(file);
		expect(docs.tableProblems(NODES, withMistakes)).toEqual([
			`${page}:5: Applicant has no operation "Fly" in the Personio Recruiting node`,
			`${page}:6: Job has no object "Spaceship"`,
			`${page}: no hand-written table mentions Personio Recruiting operation "Applicant > Upload Document"`,
		]);
	});

	it('knows the Personio node has no Applicant resource any more (it is Recruiting)', () => {
		const readme: Read = (file) =>
			file === 'README.md'
				? '## Personio node\n\n| Resource | Operations |\n| --- | --- |\n| Applicant | Get, Get Many |\n'
				: onDisk(file);
		expect(docs.tableProblems(NODES, readme)).toEqual([
			'README.md:5: resource "Applicant" is not a resource of the Personio node',
		]);
	});

	it('a generated block that is out of date is rewritten', () => {
		const page = 'docs/reference/triggers.md';
		const old: Read = (file) =>
			file === page
				? onDisk(file).replace(/(<!-- generated:polling-events:start -->\n)[^<]*/, '$1| x |\n')
				: onDisk(file);
		expect(old(page)).not.toEqual(onDisk(page));
		expect(docs.generatedFiles(NODES, old)[page]).toEqual(onDisk(page));
	});
});
