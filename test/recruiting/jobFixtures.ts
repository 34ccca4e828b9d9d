/** What the Job tests share: the node runner, the careers feed as nock serves it, and FEED_EN's first job parsed. */
import nock from 'nock';

import { PersonioRecruiting } from '../../nodes/PersonioRecruiting/PersonioRecruiting.node';
import { CAREERS_URL, runNode } from '../helpers/harness';

export const node = new PersonioRecruiting();
export const TYPE = 'n8n-nodes-personio.personioRecruiting';
export const run = (
	parameters: Record<string, unknown>,
	extra: Partial<Parameters<typeof runNode>[0]> = {},
) => runNode({ nodeType: node, typeName: TYPE, parameters: parameters as never, ...extra });

export const feed = (language: string, body: string, status = 200) =>
	nock(CAREERS_URL)
		.get('/xml')
		.query({ language })
		.reply(status, body, { 'Content-Type': 'text/xml; charset=UTF-8' });

export const FIRST_JOB = {
	id: 1001,
	name: 'Senior Backend Engineer (m/f/d)',
	subcompany: 'ACME GmbH',
	office: 'Munich',
	additionalOffices: ['Berlin'],
	department: 'Engineering',
	recruitingCategory: 'Tech & Product',
	employmentType: 'permanent',
	seniority: 'experienced',
	schedule: 'full-time',
	yearsOfExperience: '5-7',
	keywords: ['backend', 'node.js', 'typescript', 'API'],
	occupation: 'software_and_web_development',
	occupationCategory: 'it_software',
	createdAt: '2024-03-01T09:15:00+0100',
	jobDescriptions: [
		{
			name: 'Your mission',
			value:
				'<p>Build our <strong>API</strong> &amp; keep it fast.</p><ul><li>Node.js</li><li>Postgres</li></ul>',
		},
		{
			name: 'Why ACME – and why now?',
			value: '<p>Because <a href="https://acme.example/?a=1&b=2">we</a> ship.</p>',
		},
	],
};
