'use strict';
/** The company example: org units, legal entities, cost centers, workplaces, pay, reports. */

const { ids, unique } = require('./helpers');

module.exports = {
	organization: {
		check({ check, out }) {
			for (const node of [
				'Get org units',
				'Get legal entities',
				'Get cost centers',
				'Get workplaces',
				'Get compensations',
				'Get custom reports',
			]) {
				check(`${node} returns records`, out(node).length > 0);
			}
			check(
				'org units are departments (the default Type)',
				out('Get org units').every((i) => i.json.type === 'department'),
			);
			check.equal(
				'the org unit reads back',
				String(out('Get the first org unit')[0].json.id),
				String(out('Get org units')[0].json.id),
			);
			check.equal(
				'the cost center reads back from the list filtered by id',
				String(out('Get the first cost center')[0].json.id),
				String(out('Get cost centers')[0].json.id),
			);
			check.equal(
				'the workplace reads back from the list filtered by id',
				String(out('Get the first workplace')[0].json.id),
				String(out('Get workplaces')[0].json.id),
			);
			const quarter = ids(out('Get three months of compensations'));
			check(
				'three months of compensations, read month by month, each once',
				quarter.length > 0 && unique(quarter),
				`${quarter.length} items`,
			);
			check('the bonus is paid', out('Pay a bonus').length === 1);
			check('report rows', out('Get the rows of the first report').length > 0);
		},
	},
};
