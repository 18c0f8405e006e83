// The reference carries tr46's types to every package that compiles this file from source.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./tr46.d.ts" />
import { toASCII } from 'tr46'

/**
 * True when a host name, as a URL parser wrote it out, is what the URL standard's own "domain to
 * ASCII" (UTS #46, non-transitional, as the reference implementation runs it) makes of it. The
 * runtimes' parsers differ here: Node 24 accepts the invalid punycode label `xn--zz` that Node 20
 * refused, and the Studio runs this rule in a browser. Checking every host with one maintained
 * UTS #46 implementation (tr46) gives one verdict everywhere.
 */
export function isStandardHostName(host: string): boolean {
  const ascii = toASCII(host, {
    checkBidi: true,
    checkJoiners: true,
    checkHyphens: false,
    useSTD3ASCIIRules: false,
    transitionalProcessing: false,
    verifyDNSLength: false,
  })
  return ascii === host
}
