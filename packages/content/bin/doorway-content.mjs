#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles src/ on the fly, so there is no build step.
// `tsImport` scopes tsx to this import; a global `register()` trips Node 20's require(esm) cycle check here.
import { tsImport } from 'tsx/esm/api'

const { main } = await tsImport('../src/cli.ts', import.meta.url)
process.exitCode = await main(process.argv.slice(2))
