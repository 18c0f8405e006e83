import { siteFixture } from '@/test/fixture'
import { jsonLdScriptContent, medicalClinicJsonLd } from './jsonld'

describe('MedicalClinic JSON-LD', () => {
  const content = siteFixture()
  const location = content.locations[0]!

  it('describes a location with @id, address, telephone, hours, specialty and new-patient status', () => {
    const ld = medicalClinicJsonLd(content, location, 'https://maplegrovepediatrics.example')
    expect(ld).toMatchObject({
      '@type': 'MedicalClinic',
      '@id': 'https://maplegrovepediatrics.example/locations/downtown#clinic',
      telephone: '+12175550101',
      medicalSpecialty: 'Pediatric',
      isAcceptingNewPatients: true,
      address: { '@type': 'PostalAddress', streetAddress: '120 Elm Street', postalCode: '61701', addressCountry: 'US' },
    })
    expect(ld.openingHoursSpecification).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Sunday',
      opens: '00:00',
      closes: '00:00',
    })
  })

  it('omits isAcceptingNewPatients when unknown', () => {
    const ld = medicalClinicJsonLd(content, { ...location, acceptingNewPatients: null }, 'https://x.example')
    expect(ld).not.toHaveProperty('isAcceptingNewPatients')
  })

  it('escapes "<" so content can never close the script element', () => {
    const evil = { ...location, name: '</script><script>alert(1)</script>' }
    const json = jsonLdScriptContent(content, [evil], 'https://x.example')
    expect(json).not.toContain('<')
    expect(JSON.parse(json)['@graph'][0].name).toBe('Maple Grove Pediatrics, </script><script>alert(1)</script>')
  })
})
