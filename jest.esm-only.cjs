// Packages under node_modules that Jest must compile like our own source: those that ship only
// ES modules (@sanity/client 8, groq-js 2 and what they import, flesch-kincaid and syllable; Jest's CommonJS runtime loads
// those natively only on Node 24.9+, and the unit tests run on Node 22 too), and our own
// @doorway/* workspaces, which ship TypeScript source.
const ESM_ONLY = [
  '@sanity',
  '@doorway',
  'groq-js',
  'get-it',
  'obug',
  'eventsource',
  'eventsource-parser',
  'flesch-kincaid',
  'syllable',
]

/** Jest's transformIgnorePatterns: every package in node_modules except those above. */
module.exports = { transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`] }
