/**
 * JSON the tests read without a schema: answers of the JavaScript sandbox and of raw HTTP calls, and the
 * sandbox's own state. The tests assert on its fields; typing each answer would repeat the API reference.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one untyped alias, see above
export type Json = any;
