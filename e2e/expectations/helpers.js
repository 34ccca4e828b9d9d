'use strict';
/** Small helpers shared by the e2e expectations. */

const json = (items) => items.map((i) => i.json);
const ids = (items) => items.map((i) => i.json.id);
const unique = (list) => new Set(list).size === list.length;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(condition, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition()) && Date.now() < deadline) await sleep(100);
}
const has = (object, keys) => keys.every((k) => object && object[k] !== undefined);

module.exports = { json, ids, unique, sleep, waitFor, has };
