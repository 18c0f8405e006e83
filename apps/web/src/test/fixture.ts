import type { SiteContent, SupportContact } from '@doorway/content'
import { checkPortalLink, type PortalHref } from '@doorway/portal-link'

/** Checks a portal address for real, as the content layer does; tests never cast strings to PortalHref. */
export function checked(
  href: string,
  vendorDomains: string[] = ['mychart.maplegrovehealth.example'],
): PortalHref {
  const result = checkPortalLink(href, {
    siteHosts: ['maplegrovepediatrics.example'],
    vendorDomains,
  })
  if (!result.ok) throw new Error(result.message)
  return result.value
}

const SIGN_IN = 'https://mychart.maplegrovehealth.example/MyChart/'
const SIGN_UP = 'https://mychart.maplegrovehealth.example/MyChart/signup'

const frontDesk: SupportContact = {
  id: 'contact-front-desk',
  name: 'Front desk',
  phone: { display: '(217) 555-0134', href: 'tel:+12175550134' },
  hours: 'Monday to Friday, 8 am to 5 pm',
}

const helpLine: SupportContact = {
  id: 'contact-mychart-help',
  name: 'MyChart patient help line',
  phone: { display: '(217) 555-0190', href: 'tel:+12175550190' },
  hours: 'Every day, 7 am to 11 pm',
}

const billing: SupportContact = {
  id: 'contact-billing',
  name: 'Billing office',
  phone: { display: '(217) 555-0142', href: 'tel:+12175550142' },
  hours: 'Monday to Friday, 9 am to 4 pm',
}

/** A second portal, as the sample's Riverbend Health MyChart, for "Which portal is mine?". */
export function otherPortalFixture(): SiteContent['portal']['otherPortals'][number] {
  const domains = ['mychart.riverbendhealth.example']
  return {
    key: 'riverbend',
    name: 'Riverbend Health MyChart',
    useThisIf: 'your child stayed in the hospital or saw a Riverbend doctor.',
    vendor: {
      id: 'vendor-riverbend-mychart',
      name: 'Epic',
      productName: 'MyChart',
      portalDomains: domains,
    },
    signInHref: checked('https://mychart.riverbendhealth.example/MyChart/', domains),
  }
}

/** A complete SiteContent like the sample clinic's (every portal question, one portal); override parts per test. */
/** A portal with none of the help topics set (each `null`, as the check gives a clinic without them). */
export function noHelpTopics(): SiteContent['portal']['help'] {
  return {
    messages: null,
    testResults: null,
    passwordReset: null,
    bills: null,
    records: null,
    whatYouNeed: null,
  }
}

export function siteFixture(): SiteContent {
  return {
    language: 'en',
    languages: ['en'],
    translations: {},
    clinic: {
      id: 'clinic',
      name: 'Maple Grove Pediatrics',
      websiteHosts: ['maplegrovepediatrics.example'],
      mainPhone: { display: '(217) 555-0100', href: 'tel:+12175550100' },
      emergencyMessage: 'If this is an emergency, call 911 now.',
      adviceLine: {
        id: 'contact-nurse-line',
        name: 'Nurse advice line',
        phone: { display: '(217) 555-0155', href: 'tel:+12175550155' },
        hours: 'Every day, 24 hours',
      },
      medicalSpecialty: 'Pediatric',
      languageHelp: 'Free language help is available. Call (217) 555-0100.',
      languageAssistance: {
        coordinator: {
          name: 'Office manager',
          phone: { display: '(217) 555-0100', href: 'tel:+12175550100' },
          email: 'civilrights@maplegrove.example',
        },
        taglines: [
          {
            key: 'tl-es',
            lang: 'es',
            dir: 'ltr',
            englishName: 'Spanish',
            ownName: 'Español',
            text: 'ATENCIÓN: Si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al (217) 555-0100.',
          },
          {
            key: 'tl-ar',
            lang: 'ar',
            dir: 'rtl',
            englishName: 'Arabic',
            ownName: 'العربية',
            text: 'ملحوظة: إذا كنت تتحدث اللغة العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم (217) 555-0100.',
          },
        ],
      },
      accessibility: {
        contact: { name: 'Office manager', phone: null, email: 'frontdesk@maplegrove.example' },
        lastReviewed: '2026-11-16',
      },
    },
    portal: {
      name: 'Maple Grove MyChart',
      vendor: {
        id: 'vendor-epic-mychart',
        name: 'Epic',
        productName: 'MyChart',
        portalDomains: ['mychart.maplegrovehealth.example'],
      },
      explanation: 'MyChart is our patient portal.',
      features: ['Send a message to your doctor', 'See test results'],
      signInHref: checked(SIGN_IN),
      signUpHref: checked(SIGN_UP),
      signUpInstructions: 'You need an activation code to sign up.',
      familyAccess: {
        summary: 'Parents can see their child’s record.',
        parentViewChangesAtAge: 12,
        afterThatAge: 'Teens can keep some information private.',
        requestHref: checked('https://mychart.maplegrovehealth.example/MyChart/proxy-request'),
      },
      appLinks: [
        {
          key: 'ios',
          store: 'apple',
          storeName: 'App Store',
          href: 'https://apps.apple.com/us/app/mychart/id382952264',
        },
        {
          key: 'android',
          store: 'google',
          storeName: 'Google Play',
          href: 'https://play.google.com/store/apps/details?id=epic.mychart.android',
        },
      ],
      helpLinks: [
        {
          key: 'faq',
          label: 'MyChart questions and answers',
          href: checked('https://mychart.maplegrovehealth.example/faq'),
        },
      ],
      outageNotice: null,
      useThisIf: null,
      otherPortals: [],
      help: {
        messages: { replyTime: 'within 2 business days' },
        testResults: {
          whatToExpect: 'You may see a result before your doctor has looked at it.',
          contact: frontDesk,
        },
        passwordReset: {
          href: checked('https://mychart.maplegrovehealth.example/MyChart/passwordreset'),
          contact: helpLine,
        },
        bills: {
          contact: billing,
          payOnline: {
            href: checked('https://mychart.maplegrovehealth.example/MyChart/billing/guestpay'),
            vendor: {
              id: 'vendor-epic-mychart',
              name: 'Epic',
              productName: 'MyChart',
              portalDomains: ['mychart.maplegrovehealth.example'],
            },
          },
        },
        records: {
          howToAsk: 'Fill out the records form. Bring it to the front desk.',
          formHref: 'https://www.maplegrovepediatrics.example/forms/records-request.pdf',
          usualTime: 'within 5 business days',
          contact: frontDesk,
        },
        whatYouNeed: 'Use a new version of Chrome, Safari, Edge or Firefox.',
      },
      handout: {
        link: 'sign-up',
        href: checked(SIGN_UP),
        note: 'Ask us for your activation code before you leave today.',
      },
      triage: [
        {
          key: 'code',
          problem: 'My activation code does not work',
          whatToDo: 'Call the front desk for a new one.',
          contact: frontDesk,
        },
        {
          key: 'password',
          problem: 'I forgot my password',
          whatToDo: 'Use “Forgot password?” first, then call the help line.',
          contact: helpLine,
        },
      ],
    },
    // The site's own look; the brand tests set a logo and colours.
    brand: { logo: null, mainColor: null, secondColor: null },
    contacts: [frontDesk, helpLine, billing],
    locations: [
      {
        id: 'location-downtown',
        name: 'Downtown clinic',
        slug: 'downtown',
        address: {
          street: '120 Elm Street',
          city: 'Maple Grove',
          region: 'IL',
          postalCode: '61701',
          country: 'US',
        },
        phone: { display: '(217) 555-0101', href: 'tel:+12175550101' },
        timeZone: 'America/Chicago',
        openingHours: [
          {
            day: 'Monday',
            ranges: [
              { opens: '08:00', closes: '12:00' },
              { opens: '13:00', closes: '17:00' },
            ],
          },
          { day: 'Saturday', ranges: [{ opens: '09:00', closes: '12:00' }] },
          { day: 'Sunday', ranges: [] },
        ],
        specialHours: [
          {
            key: 'thanksgiving',
            reason: 'Thanksgiving',
            firstDay: '2026-11-26',
            lastDay: '2026-11-27',
            ranges: [],
          },
          {
            key: 'christmas-eve',
            reason: 'Christmas Eve',
            firstDay: '2026-12-24',
            lastDay: '2026-12-24',
            ranges: [{ opens: '08:00', closes: '12:00' }],
          },
        ],
        acceptingNewPatients: true,
      },
    ],
  }
}

/**
 * The Spanish edition of `siteFixture()`, as `SiteContent.translations.es` holds it: the same
 * clinic with every text in Spanish and `language: 'es'`; URLs, phone numbers and times unchanged.
 */
export function spanishSiteFixture(): SiteContent {
  const content = siteFixture()
  const [frontDeskEs, helpLineEs, billingEs] = [
    { ...frontDesk, name: 'Recepción', hours: 'De lunes a viernes, de 8 a.m. a 5 p.m.' },
    {
      ...helpLine,
      name: 'Línea de ayuda de MyChart',
      hours: 'Todos los días, de 7 a.m. a 11 p.m.',
    },
    { ...billing, name: 'Oficina de facturación', hours: 'De lunes a viernes, de 9 a.m. a 4 p.m.' },
  ]
  const { clinic, portal } = content
  const [location] = content.locations
  return {
    ...content,
    language: 'es',
    languages: ['en', 'es'],
    translations: {},
    clinic: {
      ...clinic,
      emergencyMessage: 'Si es una emergencia, llame al 911 ahora.',
      adviceLine: clinic.adviceLine && {
        ...clinic.adviceLine,
        name: 'Línea de consejos de enfermería',
        hours: 'Todos los días, las 24 horas',
      },
      languageHelp: 'Ofrecemos ayuda gratis con el idioma. Llame al (217) 555-0100.',
      languageAssistance: {
        ...clinic.languageAssistance,
        coordinator: clinic.languageAssistance.coordinator && {
          ...clinic.languageAssistance.coordinator,
          name: 'Gerente de la oficina',
        },
      },
      accessibility: {
        ...clinic.accessibility,
        contact: clinic.accessibility.contact && {
          ...clinic.accessibility.contact,
          name: 'Gerente de la oficina',
        },
      },
    },
    portal: {
      ...portal,
      explanation: 'MyChart es nuestro portal del paciente.',
      features: ['Enviar un mensaje a su médico', 'Ver resultados de pruebas'],
      signUpInstructions: 'Necesita un código de activación para inscribirse.',
      familyAccess: {
        ...portal.familyAccess,
        summary: 'Los padres pueden ver el expediente de su hijo.',
        afterThatAge: 'Los adolescentes pueden mantener en privado parte de su información.',
      },
      helpLinks: portal.helpLinks.map((link) => ({
        ...link,
        label: 'Preguntas y respuestas de MyChart',
      })),
      help: {
        messages: { replyTime: 'en un plazo de 2 días hábiles' },
        testResults: {
          whatToExpect: 'Puede ver un resultado antes de que su médico lo haya revisado.',
          contact: frontDeskEs,
        },
        passwordReset: portal.help.passwordReset && {
          ...portal.help.passwordReset,
          contact: helpLineEs,
        },
        bills: portal.help.bills && { ...portal.help.bills, contact: billingEs },
        records: portal.help.records && {
          ...portal.help.records,
          howToAsk: 'Llene el formulario de expedientes. Tráigalo a la recepción.',
          usualTime: 'en un plazo de 5 días hábiles',
          contact: frontDeskEs,
        },
        whatYouNeed: 'Use una versión reciente de Chrome, Safari, Edge o Firefox.',
      },
      handout: { ...portal.handout, note: 'Pídanos su código de activación antes de irse hoy.' },
      triage: [
        {
          key: 'code',
          problem: 'Mi código de activación no funciona',
          whatToDo: 'Llame a la recepción para pedir uno nuevo.',
          contact: frontDeskEs,
        },
        {
          key: 'password',
          problem: 'Olvidé mi contraseña',
          whatToDo: 'Primero use “¿Olvidó su contraseña?” y luego llame a la línea de ayuda.',
          contact: helpLineEs,
        },
      ],
    },
    contacts: [frontDeskEs, helpLineEs, billingEs],
    locations: location
      ? [
          {
            ...location,
            name: 'Clínica del centro',
            specialHours: [
              { ...location.specialHours[0]!, reason: 'Día de Acción de Gracias' },
              { ...location.specialHours[1]!, reason: 'Nochebuena' },
            ],
          },
        ]
      : [],
  }
}

/**
 * The fixture site in English and Spanish (`es` live): the main edition holds the Spanish one in
 * `translations`, whose clinic name is translated so a test can tell the editions apart.
 */
export function bilingualFixture(): SiteContent {
  const languages = ['en', 'es']
  const english = siteFixture()
  const spanish: SiteContent = {
    ...siteFixture(),
    language: 'es',
    languages,
    clinic: { ...english.clinic, name: 'Pediatría Maple Grove' },
  }
  return { ...english, languages, translations: { es: spanish } }
}
