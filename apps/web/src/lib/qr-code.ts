import type { PortalHref } from '@doorway/portal-link'
import QRCode from 'qrcode'
import { assertLooksChecked } from './portal-href'

/**
 * The printed sign-up sheet's QR code, made on the server (in `getStaticProps`, or in the Draft
 * Mode twin's server component) by the `qrcode` library: an SVG string, black on white, that the
 * page writes into its HTML. No client code, no third-party service.
 *
 * It takes only a `PortalHref`, so it can only ever encode an address that passed
 * `@doorway/portal-link` (the sheet passes the very `signUpHref` or `signInHref` the portal page
 * links to). Error correction M (15%: a smudged or creased sheet still scans) and the standard
 * quiet zone of 4 modules.
 */
export async function handoutQrSvg(href: PortalHref): Promise<string> {
  assertLooksChecked(href, 'The QR code')
  const svg = await QRCode.toString(href, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  })
  return assertPlainQrSvg(svg)
}

/**
 * The exact shape `qrcode` writes: one `<svg>` with a square `viewBox`, a white background path
 * and one black path made only of move and line commands. The string goes into the page as HTML,
 * so anything else (an element, an attribute, an entity, a script, a link) is refused and fails
 * the render (and so the build) rather than reaching a patient: defence in depth, in case a
 * library update ever writes something new.
 */
const PLAIN_QR_SVG =
  /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d{2,3}) \1" shape-rendering="crispEdges"><path fill="#ffffff" d="M0 0h\1v\1H0z"\/><path stroke="#000000" d="[Mmhv\d. ]+"\/><\/svg>\n?$/

/** `svg` unchanged when it is a plain QR code SVG (see `PLAIN_QR_SVG`); throws otherwise. */
export function assertPlainQrSvg(svg: string): string {
  if (!PLAIN_QR_SVG.test(svg)) {
    throw new TypeError(
      'The QR code for the printed sign-up sheet is not the plain SVG expected (one <svg>, two <path>s, black on white); it was not put on the page.',
      { cause: svg.slice(0, 200) },
    )
  }
  return svg
}
