/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true }],
	},
	globalSetup: '<rootDir>/test/helpers/globalSetup.js',
	globalTeardown: '<rootDir>/test/helpers/globalTeardown.js',
	setupFilesAfterEnv: ['<rootDir>/test/helpers/setup.ts'],
	testTimeout: 30000,
	forceExit: true,
};
