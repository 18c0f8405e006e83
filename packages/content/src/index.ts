// Public surface of @doorway/content. The content helper fills in sources, queries and check.
export * from './model'
export * from './site'
