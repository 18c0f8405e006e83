import { randomUUID } from 'node:crypto'
import type { NextConfig } from 'next'
import { securityHeaders } from './src/lib/security-headers'

const dev = process.env.NODE_ENV === 'development'

// A fresh id per build, compiled into the server code. The content cache is keyed by it, so a
// new build always reads content anew (Next keeps its data cache in .next/cache across builds,
// and CI caches that folder), while the running site still reuses what its build read.
const contentBuildId = randomUUID()

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: ['@doorway/content', '@doorway/portal-link'],
  poweredByHeader: false,
  env: { DOORWAY_CONTENT_BUILD_ID: contentBuildId },
  reactStrictMode: true,
  // A second build (the failing-content test) writes elsewhere so it never clobbers the real one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    // Every path, including static files, 404s and the sitemap.
    return [{ source: '/:path*', headers: securityHeaders({ dev }) }]
  },
}

export default nextConfig
