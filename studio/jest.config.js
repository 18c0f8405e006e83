// Jest in ESM mode (`node --experimental-vm-modules`): the `sanity` package is ESM-only.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true } }],
  },
  testMatch: ['**/?(*.)test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Validating the whole sample dataset through the real schema takes a few seconds on a cold start.
  testTimeout: 30000,
}
