// The repository's shared config plus Next.js's own rules for this app.
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import root from '../../eslint.config.mjs'

export default [
  ...root,
  { ignores: ['playwright-report/**', '.next-*/**'] },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
]
