/**
 * Test credentials for both credential types, and an in-memory store that does what n8n's server does
 * with them: it runs `preAuthentication` when the expirable token is empty or a request got 401,
 * stores the new token for later executions, and applies `authenticate`.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

import { PersonioApi } from '../../credentials/PersonioApi.credentials';
import { PersonioRecruitingApi } from '../../credentials/PersonioRecruitingApi.credentials';

export const BASE_URL = 'https://api.personio.de';
export const CAREERS_URL = 'https://acme.jobs.personio.de';

export const personioCredentials = (
	overrides: IDataObject = {},
): ICredentialDataDecryptedObject => ({
	clientId: 'test-client-id',
	clientSecret: 'test-client-secret-DO-NOT-LEAK',
	partnerId: '',
	appId: '',
	baseUrl: BASE_URL,
	accessToken: '',
	...overrides,
});

export const recruitingCredentials = (
	overrides: IDataObject = {},
): ICredentialDataDecryptedObject => ({
	apiKey: 'test-recruiting-key-DO-NOT-LEAK',
	companyId: '1234',
	company: 'acme',
	partnerId: '',
	appId: '',
	baseUrl: BASE_URL,
	careersUrl: CAREERS_URL,
	...overrides,
});

const credentialTypes: Record<string, ICredentialType> = {
	personioApi: new PersonioApi(),
	personioRecruitingApi: new PersonioRecruitingApi(),
};

/** An in-memory credential store that behaves like n8n's CredentialsHelper for our types. */
export class TestCredentialsHelper extends ICredentialsHelper {
	readonly store: Record<string, ICredentialDataDecryptedObject> = {};
	tokenMints = 0;

	constructor(initial: Record<string, ICredentialDataDecryptedObject> = {}) {
		super();
		for (const [type, data] of Object.entries(initial)) this.store[type] = { ...data };
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	) {
		const type = credentialTypes[typeName];
		if (typeof type.authenticate === 'function')
			return await type.authenticate(credentials, requestOptions);
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	) {
		const type = credentialTypes[typeName];
		const expirable = type.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (!expirable || !type.preAuthentication) return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		this.tokenMints++;
		Object.assign(credentials, output);
		this.store[typeName] = { ...this.store[typeName], ...output } as ICredentialDataDecryptedObject;
		return credentials;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	) {
		const type = credentialTypes[typeName];
		if (!type.preAuthentication) return undefined;
		return (await type.preAuthentication.call(
			helpers,
			credentials,
		)) as ICredentialDataDecryptedObject;
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		if (!this.store[type]) throw new Error(`No test credential of type ${type}`);
		return { ...this.store[type] };
	}

	async updateCredentials(
		_nodeCredentials: unknown,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		this.store[type] = { ...data };
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string) {
		return credentialTypes[type].properties;
	}
}

export function defaultCredentials() {
	return new TestCredentialsHelper({
		personioApi: personioCredentials(),
		personioRecruitingApi: recruitingCredentials(),
	});
}
