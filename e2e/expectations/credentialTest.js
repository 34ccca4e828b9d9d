'use strict';
/**
 * The Personio API credential's Test button (n8n's declarative credential test over REST): a valid
 * Client ID and Secret pass, since the test only asks for a token (no scope needed); a wrong secret
 * fails with Personio's reason.
 */
async function credentialTestCheck({ check, client, sandbox, values }) {
	const test = async (clientSecret) =>
		await client.request('POST', '/rest/credentials/test', {
			credentials: {
				id: 'PersonioSandbox1',
				name: 'Personio API (sandbox)',
				type: 'personioApi',
				data: {
					clientId: values.PERSONIO_CLIENT_ID,
					clientSecret,
					partnerId: values.PERSONIO_PARTNER_ID,
					appId: values.PERSONIO_APP_ID,
					baseUrl: values.PERSONIO_BASE_URL,
					accessToken: '',
				},
			},
		});
	const before = sandbox.stats().log.length;
	const valid = (await test(values.PERSONIO_CLIENT_SECRET)) || {};
	const result = valid.data || valid;
	check('a valid Client ID and Secret pass', result.status === 'OK', () => JSON.stringify(result));
	const reads = sandbox
		.stats()
		.log.slice(before)
		.filter((e) => !e.route.startsWith('POST /v2/auth/token'));
	check('the test reads no employees (it needs no scope)', reads.length === 0, () =>
		JSON.stringify(reads.map((e) => e.route)),
	);
	const wrong = (await test('not-the-secret')) || {};
	const failed = wrong.data || wrong;
	check(
		'a wrong secret fails, saying Personio rejected it',
		failed.status === 'Error' && /rejected the Client ID or Client Secret/.test(failed.message),
		() => JSON.stringify(failed),
	);
}

module.exports = { credentialTestCheck };
