const path = require('path');
const { task, src, dest, parallel } = require('gulp');

// tsc compiles the code; n8n also needs each node's and credential's icons and each node's codex file.
function copyAssets(glob) {
	return () =>
		src([`nodes/${glob}`, `credentials/${glob}`], { base: '.', encoding: false }).pipe(
			dest(path.resolve('dist')),
		);
}

task('build:icons', copyAssets('**/*.{png,svg}'));
task('build:codex', copyAssets('**/*.node.json'));
task('build:assets', parallel('build:icons', 'build:codex'));
