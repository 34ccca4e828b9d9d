import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

export type PersonioContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export type PersonioCredentialType = 'personioApi' | 'personioRecruitingApi';

export interface PersonioRequest {
	method?: IHttpRequestMethods;
	/** Path below the credential's base URL, such as `/v1/company/employees`. Build it with `path()`. */
	path: string;
	qs?: IDataObject;
	/** JSON body, or a FormData for multipart uploads. */
	body?: IDataObject | IDataObject[] | FormData;
	/** Sent as application/x-www-form-urlencoded. */
	form?: IDataObject;
	headers?: Record<string, string>;
	credentialType?: PersonioCredentialType;
	/** `careers` reads the public careers page of the recruiting credential instead of the API. */
	host?: 'api' | 'careers';
	/** `json` (default): a non-JSON body is a malformed response. */
	response?: 'json' | 'text' | 'binary';
	/** An answer larger than this many bytes is refused (read as a stream, so it is never held whole). */
	maxBytes?: number;
	returnFullResponse?: boolean;
	itemIndex?: number;
}

/** One HTTP answer: as n8n's helper hands it over, and as `returnFullResponse` gives it back. */
export interface PersonioResponse<T = unknown> {
	body: T;
	headers: IDataObject;
	statusCode: number;
}

/** Personio's v1 envelope of a list. */
export interface V1List<T = IDataObject> {
	success?: boolean;
	data?: T[];
	metadata?: { total_elements?: number; current_page?: number; total_pages?: number };
}

/** Personio's v2 envelope of a list. */
export interface V2List<T = IDataObject> {
	_data?: T[];
	_meta?: { links?: { next?: { href?: string }; self?: { href?: string } } };
}
