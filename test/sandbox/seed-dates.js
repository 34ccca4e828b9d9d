'use strict';
/* Date helpers of the seeded data: ISO days, Europe/Berlin offsets, Personio's v1 date-time style. */

const DAY = 86400000;
const BASE_TIME = Date.UTC(2025, 10, 1, 9, 0, 0); // seeded records were last touched before this instant

function pad(n, w = 2) {
	return String(n).padStart(w, '0');
}
const dayCache = []; // day number (since 1950) -> 'YYYY-MM-DD'
const DAY0 = -7305; // 1950-01-01
function isoDate(ms) {
	const d = ms / DAY - DAY0;
	if (Number.isInteger(d) && d >= 0 && d < 40000) {
		return dayCache[d] || (dayCache[d] = new Date(ms).toISOString().slice(0, 10));
	}
	return new Date(ms).toISOString().slice(0, 10);
}
function isoZ(ms) {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function lastSunday(year, month) {
	const d = new Date(Date.UTC(year, month + 1, 0));
	return d.getUTCDate() - d.getUTCDay();
}
/** Europe/Berlin offset in minutes for a UTC instant (EU DST rules). */
function berlinOffset(ms) {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
	const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
	return ms >= start && ms < end ? 120 : 60;
}
/** Personio v1 style local timestamp: 2017-12-27T00:00:00+0100 */
function personioDateTime(ms) {
	const off = berlinOffset(ms);
	const local = new Date(ms + off * 60000);
	return `${local.toISOString().slice(0, 19)}+${pad(off / 60)}00`;
}
/** Midnight (Berlin) of a yyyy-mm-dd date rendered Personio style. */
function personioDay(date) {
	const ms = Date.parse(`${date}T00:00:00Z`);
	const off = berlinOffset(ms);
	return `${date}T00:00:00+${pad(off / 60)}00`;
}
function businessDays(start, end) {
	let n = 0;
	for (let t = Date.parse(start); t <= Date.parse(end); t += DAY) {
		const wd = new Date(t).getUTCDay();
		if (wd !== 0 && wd !== 6) n++;
	}
	return n;
}

module.exports = {
	DAY,
	BASE_TIME,
	pad,
	isoDate,
	isoZ,
	berlinOffset,
	personioDateTime,
	personioDay,
	businessDays,
};
