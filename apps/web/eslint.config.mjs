// The repository's shared config plus Next.js's own rules for this app.
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import root from '../../eslint.config.mjs'
import clientBoundary from './eslint-rules/client-boundary.mjs'

export default [
  ...root,
  { ignores: ['playwright-report/**', '.next-*/**'] },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: {
      '@next/next': nextPlugin,
      'react-hooks': reactHooks,
      'client-boundary': clientBoundary,
    },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'client-boundary/no-server-modules-in-client': 'error',
    },
  },
  {
    // What the published (Pages Router) pages draw: bundled for the browser, though they run no JS.
    files: [
      'src/components/**/*.{ts,tsx}',
      'src/pages/**/*.{ts,tsx}',
      'src/lib/{format,jsonld,page-meta,portal-href,cache-tags,safe-redirect,draft-rewrites,security-headers}.ts',
    ],
    ignores: ['src/pages/api/**', '**/*.test.{ts,tsx}'],
    rules: { 'client-boundary/no-server-modules-in-published-pages': 'error' },
  },
  {
    files: ['src/pages/**/*.{ts,tsx}'],
    ignores: ['src/pages/api/**'],
    rules: {
      'client-boundary/no-server-modules-in-published-pages': [
        'error',
        { allowGetStaticProps: true },
      ],
    },
  },
]
