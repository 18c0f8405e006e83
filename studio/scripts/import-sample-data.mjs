#!/usr/bin/env node
// Imports the sample clinic (packages/content/sample/clinic.ndjson) into the configured Sanity
// project and dataset with `sanity dataset import --replace`. Run from the repository root with
// `npm run import-sample-data`, or from studio/ with `npm run import-sample-data`.
//
// The project and dataset come from studio/env.ts, the one module that reads the Studio's
// variables (from studio/.env or the environment); the CLI reads them again through
// sanity.cli.ts -> env.ts.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { withUploadableImages } from './sample-assets.mjs'

const studioDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const sampleFile = join(studioDir, '..', 'packages', 'content', 'sample', 'clinic.ndjson')

// Same files, same precedence as the Sanity CLI: variables already set win over the files.
for (const file of ['.env.local', '.env']) {
  const path = join(studioDir, file)
  if (existsSync(path)) process.loadEnvFile(path)
}

function fail(message) {
  console.error(`\nCannot import the sample clinic: ${message}\n`)
  process.exit(1)
}

let env
try {
  ;({ studioEnv: env } = await tsImport('../env.ts', import.meta.url))
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
const { projectId, dataset } = env
if (!projectId) {
  fail(
    'no Sanity project is configured.\n' +
      '  1. Log in:            cd studio && npx sanity login\n' +
      '  2. Create a project:  npx sanity projects create   (or use one from https://www.sanity.io/manage)\n' +
      '  3. Copy studio/.env.example to studio/.env and set SANITY_STUDIO_PROJECT_ID to its id.\n' +
      'Then run `npm run import-sample-data` again.',
  )
}
if (!existsSync(sampleFile)) fail(`the sample dataset is missing at ${sampleFile}.`)

// The logo's file is uploaded with the documents (see sample-assets.mjs).
let importFile
const tempDir = mkdtempSync(join(tmpdir(), 'doorway-sample-'))
try {
  importFile = join(tempDir, 'clinic.ndjson')
  const text = readFileSync(sampleFile, 'utf8')
  const { parseImageRef } = await tsImport('@doorway/content/brand', import.meta.url)
  const images = { dir: join(dirname(sampleFile), 'images'), parseImageRef }
  writeFileSync(importFile, withUploadableImages(text, images))
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true })
  fail(error instanceof Error ? error.message : String(error))
}

console.info(
  `Importing ${sampleFile} into project ${projectId}, dataset "${dataset}" (documents with the same ids are replaced)...`,
)
const result = spawnSync(
  'npx',
  ['--no-install', 'sanity', 'dataset', 'import', importFile, '--dataset', dataset, '--replace'],
  {
    cwd: studioDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      SANITY_TELEMETRY_DISABLED: process.env.SANITY_TELEMETRY_DISABLED ?? '1',
    },
  },
)
rmSync(tempDir, { recursive: true, force: true })
if (result.error)
  fail(
    `could not run the Sanity CLI (${result.error.message}). Run \`npm ci\` at the repository root first.`,
  )
if (result.status !== 0) {
  fail(
    `the Sanity CLI stopped (exit code ${result.status}). If it says you must log in, run \`cd studio && npx sanity login\` ` +
      '(or set SANITY_AUTH_TOKEN to a token with write access); if the dataset does not exist, create it with ' +
      `\`npx sanity dataset create ${dataset}\`.`,
  )
}
console.info(`Done. Open the Studio (cd studio && npm run dev) to see the sample clinic.`)
