'use strict';
/* The sandbox's own seeded PRNG (mulberry32, no faker): the same seed gives the same data. */

function mulberry32(seed) {
	let a = seed >>> 0;
	return function () {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function makeRng(seed) {
	const next = mulberry32(seed);
	const rng = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (arr) => arr[Math.floor(next() * arr.length)],
		chance: (p) => next() < p,
		uuid: () => {
			let s = '';
			for (let i = 0; i < 16; i++) {
				let b = Math.floor(next() * 256);
				if (i === 6) b = (b & 0x0f) | 0x40;
				if (i === 8) b = (b & 0x3f) | 0x80;
				s += HEX[b];
				if (i === 3 || i === 5 || i === 7 || i === 9) s += '-';
			}
			return s;
		},
	};
	return rng;
}

module.exports = { mulberry32, makeRng };
