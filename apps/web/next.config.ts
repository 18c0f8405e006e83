import type { NextConfig } from 'next'
import { securityHeaders } from './src/lib/security-headers'

const dev = process.env.NODE_ENV === 'development'

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: ['@doorway/content', '@doorway/portal-link'],
  poweredByHeader: false,
  reactStrictMode: true,
  // A second build (the failing-content test) writes elsewhere so it never clobbers the real one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    // Every path, including static files, 404s and the sitemap.
    return [{ source: '/:path*', headers: securityHeaders({ dev }) }]
  },
}

export default nextConfig
