'use strict';
/** Small helpers shared by the e2e expectations. */

const json = (items) => items.map((i) => i.json);
const ids = (items) => items.map((i) => i.json.id);
const unique = (list) => new Set(list).size === list.length;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `condition` holds (or the time is up), asking every `stepMs`; returns its last answer. */
async function waitFor(condition, timeoutMs = 20_000, stepMs = 100) {
	const deadline = Date.now() + timeoutMs;
	let answer;
	while (!(answer = await condition()) && Date.now() < deadline) await sleep(stepMs);
	return answer;
}
const has = (object, keys) => keys.every((k) => object && object[k] !== undefined);

module.exports = { json, ids, unique, sleep, waitFor, has };
