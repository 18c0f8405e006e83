// jest --outputFile does not create its folder, and CI deletes test-results/ before running.
// This file is CommonJS (the package has no "type": "module"), so require() is the way in.
const { mkdirSync } = require('node:fs')
const { join } = require('node:path')

mkdirSync(join(__dirname, 'test-results'), { recursive: true })

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true } }] },
  testMatch: ['**/?(*.)test.ts'],
}
