import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import { SANITY_IMAGE_ORIGIN } from '@doorway/content/brand'
import type { NextConfig } from 'next'
import { draftTwinRewrites } from './src/lib/draft-rewrites'
import { readWebEnv } from './src/lib/env-schema'
import { securityHeaderRules } from './src/lib/security-headers'

// Parsed here too so a bad variable stops the build before any page is rendered.
const env = readWebEnv()

// A fresh id per build, compiled into the server code. The content cache is keyed by it, so a
// new build always reads content anew (Next keeps its data cache in .next/cache across builds,
// and CI caches that folder), while the running site still reuses what its build read.
const contentBuildId = randomUUID()

// A second build (the failing-content test) writes elsewhere so it never clobbers the real one.
const { distDir } = env

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: ['@doorway/content', '@doorway/languages', '@doorway/portal-link'],
  poweredByHeader: false,
  env: {
    // Read back through src/lib/build-constants.ts.
    DOORWAY_CONTENT_BUILD_ID: contentBuildId,
    // Where build workers share the build's one content read (src/lib/build-memo.ts).
    DOORWAY_BUILD_MEMO_DIR: resolve(distDir, 'cache', 'doorway'),
  },
  reactStrictMode: true,
  distDir,
  // NEXT_OUTPUT=standalone: a self-contained server for a plain Node host (see the README).
  // The workspace packages live above apps/web, so files are traced from the repository root.
  ...(env.output === 'standalone'
    ? {
        output: 'standalone' as const,
        outputFileTracingRoot: resolve(__dirname, '..', '..'),
        // Test reports and browser tests are not part of the server.
        outputFileTracingExcludes: { '*': ['test-results/**', 'e2e/**'] },
      }
    : {}),
  async rewrites() {
    // Draft Mode requests go to the App Router twins of the published (zero-JavaScript) pages.
    return { beforeFiles: draftTwinRewrites(), afterFiles: [], fallback: [] }
  },
  async headers() {
    // Every path, including static files, 404s and the sitemap.
    return securityHeaderRules({
      dev: env.development,
      studioOrigin: env.studioOrigin,
      // The logo comes from Sanity's image CDN in Sanity mode; in local mode from this site.
      imageOrigin: env.content.mode === 'sanity' ? SANITY_IMAGE_ORIGIN : null,
    })
  },
}

export default nextConfig
