// next/jest applies the app's SWC transform, CSS handling and env loading, so tests see what the build sees.
import { createRequire } from 'node:module'
import nextJest from 'next/jest.js'

const { transformIgnorePatterns } = createRequire(import.meta.url)('../../jest.esm-only.cjs')

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
}

const nextJestConfig = createJestConfig(config)

// @doorway/* packages ship TypeScript source, and some dependencies only ES modules: next/jest's
// SWC transform compiles both (see jest.esm-only.cjs). next/jest always ignores every package
// but the app's transpilePackages, so its list is replaced here, keeping its CSS-module rule.
export default async () => {
  const resolved = await nextJestConfig()
  return {
    ...resolved,
    transformIgnorePatterns: [
      ...transformIgnorePatterns,
      ...resolved.transformIgnorePatterns.filter((pattern) => !pattern.includes('node_modules')),
    ],
  }
}
