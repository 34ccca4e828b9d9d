/** Every request and the token request give up after this long (tests shorten it). */
export const requestTimeout = { ms: 60_000 };
