/**
 * Values fixed when the server code is built, and the one place that reads them: `next.config.ts`
 * compiles the first two into the code (its `env` option replaces these exact
 * `process.env.NAME` expressions), and `NEXT_PHASE` is Next's own marker for the running phase.
 * They are build plumbing, not settings; settings are read in `env-schema.ts`.
 */

/** This build's id, which keys the content cache (`dev` outside a build made by next.config.ts). */
export function contentBuildId(): string {
  return process.env.DOORWAY_CONTENT_BUILD_ID ?? 'dev'
}

/** Folder where build workers share the build's one content read (`build-memo.ts`). */
export function buildMemoDir(): string | undefined {
  return process.env.DOORWAY_BUILD_MEMO_DIR
}

/** True while `next build` runs; at run time content is always read anew. */
export function isNextBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}
