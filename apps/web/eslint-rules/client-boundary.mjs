/**
 * A local ESLint plugin with two rules. First: a `'use client'` file may not import the modules that read
 * the server's environment or content (`lib/env-schema`, `lib/env`, `lib/site`). `env.ts` and
 * `site.ts` also fail the build through `server-only`, but `env-schema.ts` cannot carry that
 * marker (next.config.ts needs it), so this rule is what keeps it, and the read token it
 * parses, out of browser bundles.
 */
const SERVER_MODULE =
  /(?:^@\/lib\/|\/lib\/|^\.\/)(?:env-schema|env|server-env|site|published-content)(?:\.ts)?$/

/**
 * Second: a published page (`src/pages`, and the components and helpers it draws) is bundled for
 * the browser even though it ships no JavaScript, so it may not import what reaches `node:fs`, a
 * token or a request: `@doorway/content`'s root barrel (its content sources read files; import
 * the data-only `@doorway/content/site` or `/model` instead), Node built-ins, the Sanity client,
 * and this app's server modules. Type-only imports are fine. `src/pages` files may import
 * `lib/published-content` for `getStaticProps`, which Next.js removes from the browser bundle.
 */
const BROWSER_UNSAFE =
  /^(?:node:|fs$|path$|child_process$|@sanity\/client|server-only$|next\/headers$|next\/cache$)|^@doorway\/content(?:\/(?:check|load|env|sources|cli))?$|(?:^@\/lib\/|\/lib\/|^\.\/)(?:env-schema|env|server-env|site|draft-page|published-content|build-memo|publish-wait|revalidate-webhook)(?:\.ts)?$/
const GET_STATIC_PROPS_MODULE = /(?:^@\/lib\/|\/lib\/)published-content(?:\.ts)?$/

const isTypeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'))

const isClientFile = (program) =>
  program.body.some(
    (node) => node.type === 'ExpressionStatement' && node.directive === 'use client',
  )

/** The same check on every way a module can pull in another: imports, re-exports, `import()`. */
const everyImport = (check) => ({
  ImportDeclaration: check,
  ExportNamedDeclaration: check,
  ExportAllDeclaration: check,
  ImportExpression: check,
})

const published = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep server-only modules out of the published pages.' },
    messages: {
      serverModule:
        "'{{source}}' reaches server-only code (files, tokens, requests); a published page is bundled for the browser. Import a data-only module (e.g. @doorway/content/site or /model), or read content in getStaticProps through lib/published-content.",
    },
    schema: [
      {
        type: 'object',
        properties: { allowGetStaticProps: { type: 'boolean' } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const allowGetStaticProps = context.options[0]?.allowGetStaticProps === true
    const check = (node) => {
      const source = node.source?.value
      if (typeof source !== 'string' || isTypeOnly(node)) return
      if (allowGetStaticProps && GET_STATIC_PROPS_MODULE.test(source)) return
      if (BROWSER_UNSAFE.test(source)) {
        context.report({ node, messageId: 'serverModule', data: { source } })
      }
    }
    return everyImport(check)
  },
}

export default {
  rules: {
    'no-server-modules-in-published-pages': published,
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
        return everyImport(check)
      },
    },
  },
}
