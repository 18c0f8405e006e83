// tr46 ships no types; this is the part of its API the rule uses.
declare module 'tr46' {
  export function toASCII(
    domainName: string,
    options?: {
      checkHyphens?: boolean
      checkBidi?: boolean
      checkJoiners?: boolean
      useSTD3ASCIIRules?: boolean
      verifyDNSLength?: boolean
      transitionalProcessing?: boolean
      ignoreInvalidPunycode?: boolean
    },
  ): string | null
}
