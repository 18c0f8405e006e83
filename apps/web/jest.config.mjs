// next/jest applies the app's SWC transform, CSS handling and env loading, so tests see what the build sees.
import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  // These components render on the server; resolve packages (e.g. @sanity/client, pulled in by
  // @doorway/content) as Node does, not as a browser bundle would.
  testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/test/**/*.test.ts?(x)'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    // `server-only` throws outside React's server build on purpose; under jest there is no such build.
    '^server-only$': '<rootDir>/src/test/empty-module.ts',
  },
  // @doorway/* packages ship TypeScript source; let next/jest's SWC transform compile them.
  transformIgnorePatterns: ['/node_modules/(?!@doorway/)'],
}

export default createJestConfig(config)
