/**
 * A local ESLint plugin with one rule: a `'use client'` file may not import the modules that read
 * the server's environment or content (`lib/env-schema`, `lib/env`, `lib/site`). `env.ts` and
 * `site.ts` also fail the build through `server-only`, but `env-schema.ts` cannot carry that
 * marker (next.config.ts needs it), so this rule is what keeps it, and the read token it
 * parses, out of browser bundles.
 */
const SERVER_MODULE = /(?:^@\/lib\/|\/lib\/|^\.\/)(?:env-schema|env|site)(?:\.ts)?$/

const isClientFile = (program) =>
  program.body.some(
    (node) => node.type === 'ExpressionStatement' && node.directive === 'use client',
  )

export default {
  rules: {
    'no-server-modules-in-client': {
      meta: {
        type: 'problem',
        docs: { description: "Keep server-only modules out of 'use client' files." },
        messages: {
          serverModule:
            "'{{source}}' reads the server's environment or content; a 'use client' file must not import it. Pass the value down as a prop from a server component.",
        },
        schema: [],
      },
      create(context) {
        if (!isClientFile(context.sourceCode.ast)) return {}
        const check = (node) => {
          const source = node.source?.value
          if (typeof source === 'string' && SERVER_MODULE.test(source)) {
            context.report({ node, messageId: 'serverModule', data: { source } })
          }
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        }
      },
    },
  },
}
