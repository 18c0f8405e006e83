const { transformIgnorePatterns } = require('../../jest.esm-only.cjs')

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true } }],
    // ES-module-only dependencies (see jest.esm-only.cjs), compiled to CommonJS.
    '^.+\\.m?js$': ['ts-jest', { tsconfig: { isolatedModules: true, allowJs: true } }],
  },
  transformIgnorePatterns,
  testMatch: ['**/?(*.)test.ts'],
}
