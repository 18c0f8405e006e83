import { siteFixture } from '@/test/fixture'
import { jsonLdScriptContent, medicalClinicJsonLd } from './jsonld'

describe('MedicalClinic JSON-LD', () => {
  const content = siteFixture()
  const location = content.locations[0]!
  const now = new Date('2026-11-20T18:00:00Z')

  it('describes a location with @id, address, telephone, hours, specialty and new-patient status', () => {
    const ld = medicalClinicJsonLd(content, location, 'https://maplegrovepediatrics.example', now)
    expect(ld).toMatchObject({
      '@type': 'MedicalClinic',
      '@id': 'https://maplegrovepediatrics.example/locations/downtown#clinic',
      telephone: '+12175550101',
      medicalSpecialty: 'Pediatric',
      isAcceptingNewPatients: true,
      address: {
        '@type': 'PostalAddress',
        streetAddress: '120 Elm Street',
        postalCode: '61701',
        addressCountry: 'US',
      },
    })
    expect(ld.openingHoursSpecification).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Sunday',
      opens: '00:00',
      closes: '00:00',
    })
  })

  it('omits isAcceptingNewPatients when unknown', () => {
    const ld = medicalClinicJsonLd(
      content,
      { ...location, acceptingNewPatients: null },
      'https://x.example',
      now,
    )
    expect(ld).not.toHaveProperty('isAcceptingNewPatients')
  })

  it('gives one opening-hours entry per range, so a lunch break is two', () => {
    const ld = medicalClinicJsonLd(content, location, 'https://x.example', now)
    expect(
      ld.openingHoursSpecification.filter((s) => s.dayOfWeek === 'https://schema.org/Monday'),
    ).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Monday',
        opens: '08:00',
        closes: '12:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Monday',
        opens: '13:00',
        closes: '17:00',
      },
    ])
  })

  it('lists the special hours the page shows, with validFrom and validThrough', () => {
    const ld = medicalClinicJsonLd(content, location, 'https://x.example', now)
    expect(ld.specialOpeningHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: '2026-11-26',
        validThrough: '2026-11-27',
        opens: '00:00',
        closes: '00:00',
      },
    ])
    const later = medicalClinicJsonLd(
      content,
      location,
      'https://x.example',
      new Date('2026-12-20T18:00:00Z'),
    )
    expect(later.specialOpeningHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: '2026-12-24',
        validThrough: '2026-12-24',
        opens: '08:00',
        closes: '12:00',
      },
    ])
    const after = medicalClinicJsonLd(
      content,
      location,
      'https://x.example',
      new Date('2027-01-05T18:00:00Z'),
    )
    expect(after).not.toHaveProperty('specialOpeningHoursSpecification')
  })

  it('escapes "<" so content can never close the script element', () => {
    const evil = { ...location, name: '</script><script>alert(1)</script>' }
    const json = jsonLdScriptContent(content, [evil], 'https://x.example', now)
    expect(json).not.toContain('<')
    expect(JSON.parse(json)['@graph'][0].name).toBe(
      'Maple Grove Pediatrics, </script><script>alert(1)</script>',
    )
  })
})
