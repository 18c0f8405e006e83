// Building the site is one Turbo task, `@doorway/web#build` (its environment and outputs are
// declared in turbo.json); everything that builds the site runs it through here: `npm start`,
// the browser tests, the standalone server, the publish-to-live measurement and the bench.
// A variant (another dataset, NEXT_DIST_DIR, NEXT_OUTPUT, DOORWAY_QUERY_LOG) is the same task
// with other values of those declared variables.
//
//   node scripts/build.mjs   # builds with the environment it is given; exits with the build's status
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const APP = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The `turbo` CLI of the repository's node_modules (a Node script). */
const TURBO_BIN = createRequire(import.meta.url).resolve('turbo/bin/turbo')

/**
 * The command that builds the site: `node <turbo> run build --filter=@doorway/web`, logs without
 * Turbo's task prefix so the output reads as `next build`'s own.
 */
export const SITE_BUILD = {
  command: process.execPath,
  args: [TURBO_BIN, 'run', 'build', '--filter=@doorway/web', '--log-prefix=none'],
}

/**
 * The flags a `build` script passes to `next build` (`--webpack`, `--flag=value`), in order.
 * @param {string | undefined} script
 * @returns {string[]}
 */
export function buildFlagsFrom(script) {
  const m = /\bnext build((?:\s+--?[\w-]+(?:=\S+)?)*)/.exec(script ?? 'next build')
  return (m?.[1] ?? '').trim().split(/\s+/).filter(Boolean)
}

/** The flags the site's `build` script passes to `next build`, for another app built alike. */
export const NEXT_BUILD_FLAGS = buildFlagsFrom(
  JSON.parse(readFileSync(resolve(APP, 'package.json'), 'utf8')).scripts?.build,
)

/**
 * Builds the site with `env` (the whole environment: Turbo passes on only what turbo.json
 * declares) and resolves with the exit code.
 * @param {NodeJS.ProcessEnv} env
 * @param {import('node:child_process').StdioOptions} [stdio]
 * @returns {Promise<number>}
 */
export function buildSite(env, stdio = 'inherit') {
  const child = spawn(SITE_BUILD.command, SITE_BUILD.args, { cwd: APP, env, stdio })
  return new Promise((done, fail) => {
    child.on('error', fail)
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)))
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await buildSite(process.env)
}
