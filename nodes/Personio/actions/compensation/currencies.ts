/**
 * Active ISO 4217 currency codes. Personio's create page takes `currency` as "Supported currency
 * following the ISO-4217 standard" (https://developer.personio.de/reference/post_v2-compensations); its
 * enum could not be read, so the node refuses only what is not an ISO 4217 code.
 */
export const ISO_4217 = new Set(
	(
		'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN ' +
		'BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS ' +
		'GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW ' +
		'KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD ' +
		'NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD ' +
		'SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES ' +
		'VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG'
	).split(' '),
);

/** The payout intervals of the create page; recurring types default to MONTHLY, one-time ones ignore it. */
export const COMPENSATION_INTERVALS = ['MONTHLY', 'QUARTERLY', 'HALF-YEARLY', 'YEARLY'] as const;
