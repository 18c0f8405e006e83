// What the figures were measured on, for the report header.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { CHROMIUM, ROOT } from './paths.mjs'
import { installedVersion } from './next-apps.mjs'
/** @import { Machine } from './types' */

/**
 * @param {string} cmd
 * @param {string[]} args
 */
function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}

/**
 * Machine, tool versions and the commit measured.
 * @returns {Machine}
 */
export function describeMachine() {
  const osRelease = (() => {
    try {
      return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? null
    } catch {
      return null
    }
  })()
  const commit = tryRun('git', ['rev-parse', '--short', 'HEAD'])
  const dirty = tryRun('git', ['status', '--porcelain', '--', '.', ':!docs/benchmarks.md'])
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: osRelease ?? `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: tryRun(CHROMIUM, ['--version']) ?? 'unknown',
    next: installedVersion('next'),
    react: installedVersion('react'),
    lighthouse: installedVersion('lighthouse'),
    autocannon: installedVersion('autocannon'),
    loadAvg: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / '),
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown',
  }
}
