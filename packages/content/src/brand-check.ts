import { checkLogoAsset, logoImage, type Brand, type ImageSource } from './brand'
import { checkBrandColor } from './contrast'
import { get, type Problems, type RawObject } from './problems'

/**
 * The clinic's brand (its logo and colours), checked: each colour passes `checkBrandColor`, the
 * same rule the Studio validates with; the logo is an image the site can show (`checkLogoAsset`),
 * and the model asks for its description. Returns `SiteContent.brand`.
 */
export function checkBrand(raw: RawObject, problems: Problems, images: ImageSource): Brand {
  const color = (field: 'mainColor' | 'secondColor', name: 'main color' | 'second color') =>
    problems.at(raw, ['brand', field], (value) => checkBrandColor(value, name)) ?? null
  const mainColor = color('mainColor', 'main color')
  const secondColor = color('secondColor', 'second color')
  // A missing asset is the model's to report ("The logo image is missing").
  const asset = problems.at(raw, ['brand', 'logo', 'asset', '_ref'], checkLogoAsset)
  const alt = get(raw, 'brand', 'logo', 'alt')
  return {
    logo: asset != null && typeof alt === 'string' ? logoImage(asset, alt.trim(), images) : null,
    mainColor,
    secondColor,
  }
}
