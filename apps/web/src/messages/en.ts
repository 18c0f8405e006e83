import {
  DOCUMENT_TYPE_NAMES,
  medicalSpecialtyName,
  type DocumentType,
} from '@doorway/content/model'
import type { ReactNode } from 'react'
import { capitalize, rich, strong } from './rich'

/**
 * Every fixed word of the site in English, the source catalog: `Messages` is its type, and each
 * other catalog `satisfies Messages`. A message with values is a function of them (a string, or
 * a `ReactNode` when elements such as a phone link sit inside the sentence, see `rich`).
 */
export const en = {
  common: {
    /** A tap-to-call link's words, before the number: "Call Front desk". */
    call: (who: string) => `Call ${who}`,
    callUs: 'Call us',
    call911: 'Call 911',
    signInTo: (portal: string) => `Sign in to ${portal}`,
    /** After a link to a vendor's page: "(the MyChart website, run by Epic)". */
    vendorWebsite: (product: string, vendor: string) =>
      `(the ${product} website, run by ${vendor})`,
    emergencyCall911: 'For emergencies, call 911.',
    /** The clinic's specialty as patients read it ("Children’s care"). */
    specialty: medicalSpecialtyName,
  },
  chrome: {
    skipLink: 'Skip to main content',
  },
  header: {
    navLabel: 'Main',
    home: 'Home and locations',
    portal: (portal: string) => `Patient portal (${portal})`,
    signIn: 'Sign in',
    /** Read by screen readers after "Sign in" (label in name). */
    signInHidden: (portal: string) => ` to ${portal}`,
    /** The language switch's name (its links are each language's own name). */
    languagesLabel: 'Language',
  },
  footer: {
    helpWith: (portal: string) => `Help with ${portal}`,
    languageHelp: 'Free language help',
    accessibility: 'Accessibility',
    emergencyRest: 'Do not use the portal or this website for emergencies.',
    noTracking: (portal: string, vendor: string) =>
      `This website collects no information about you. ${portal} is run by ${vendor} on its own website.`,
  },
  format: {
    /** Several days in a row: "Thursday, November 26 to Friday, November 27". */
    dayRange: (first: string, last: string) => `${first} to ${last}`,
    closed: 'Closed',
  },
  home: {
    lead: (specialty: string, locations: number) =>
      `${specialty} at ${locations === 1 ? 'our clinic' : `${locations} locations`}.`,
    locationsHeading: (locations: number): string =>
      locations === 1 ? 'Our location' : 'Our locations',
  },
  location: {
    directions: (name: string) => `Directions to ${name} (Google Maps)`,
    moreAbout: (name: string) => `More about ${name}`,
    accepting: 'Accepting new patients.',
    notAccepting: 'Not accepting new patients right now.',
    specialHoursHeading: 'Holiday and special hours',
    specialHoursLine: (days: string, reason: string, hours: string) =>
      `${days} (${reason}): ${hours}`,
    hoursCaption: (name: string) => `Opening hours, ${name}`,
    portalLink: (portal: string) => `Send a message or see test results in ${portal}`,
  },
  portalCard: {
    heading: (portal: string) => `Patient portal: ${portal}`,
    moreHelp: 'How to sign up, family access, and who to call for help',
  },
  outage: {
    heading: (portal: string) => `${portal} notice`,
    planned: 'Planned:',
    plannedText: (portal: string, start: string, end: string) =>
      `${portal} will be unavailable from ${start} until ${end}.`,
    now: 'Now:',
    nowText: (portal: string, end: string) => `${portal} is unavailable until ${end}.`,
  },
  portal: {
    heading: (portal: string) => `${portal}: our patient portal`,
    signInHeading: 'Sign in',
    signInNote: (product: string, vendor: string) =>
      `This opens the ${product} website, run by ${vendor}. It is separate from this website.`,
    emergencyHeading: 'For emergencies, call 911',
    adviceHeading: 'Need medical advice now?',
    adviceLead: 'Do not wait for a portal message.',
    whatHeading: 'What the portal is',
    featuresHeading: (portal: string) => `In ${portal} you can`,
    signUpHeading: 'First time? Sign up',
    signUpFor: (portal: string) => `Sign up for ${portal}`,
    familyHeading: 'Access for parents and guardians',
    familyAge: (age: number) => `When your child turns ${age}`,
    familyAsk: (portal: string) => `Ask for family access in ${portal}`,
    appsHeading: (product: string) => `Use the ${product} app`,
    getApp: (product: string, store: string) => `Get the ${product} app (${store})`,
    troubleHeading: 'Having trouble?',
    troubleIntro: 'Find your problem below. It says what to do and whom to call.',
    moreAnswers: (link: ReactNode) =>
      rich('More answers, on messages, test results, passwords, bills and records: ', link),
    moreHelpOn: (product: string) => `More help on the ${product} website`,
    staff: (link: ReactNode) =>
      rich('For staff: ', link, ' (one page, with a QR code, for the front desk).'),
    staffLink: 'Print the sign-up sheet',
  },
  whichPortal: {
    mostFamilies: '(most families).',
    useThisIf: (when: string) => `Use this one if ${when}`,
    signInAbove: 'Use the Sign in button above.',
    goTo: (portal: string) => `Go to ${portal}`,
  },
  help: {
    heading: 'Portal questions',
    lead: (portal: string) => `Answers to what parents ask us most about ${portal}.`,
    back: 'Back to sign in and help',
    noQuestions: (link: ReactNode) =>
      rich('Questions about the portal? See ', link, ' on the portal page.'),
    onThisPage: 'On this page',
    /**
     * Each portal question as parents ask it, keyed by its anchor id, in page order (the page's
     * headings and jump links, and its FAQ JSON-LD: `lib/portal-help.ts`).
     */
    questions: {
      'which-portal': 'Which portal is mine?',
      password: 'I forgot my password, or I am locked out',
      messages: 'How soon will I get an answer to my message?',
      'test-results': 'I see a test result. Why has no one called me?',
      bills: 'Where do I pay my bill?',
      records: 'How do I get a copy of my child’s records?',
      'what-you-need': 'What do I need to use the portal?',
    },
    resetPassword: (product: string) => `Reset your password on the ${product} website`,
    ifThatFails: 'If that does not work:',
    replyTime: (when: string) => `We answer portal messages ${when}.`,
    notForEmergencies: 'Messages are not for emergencies.',
    ifEmergency: 'If this is an emergency, call 911.',
    adviceNow: 'Need medical advice now? Do not wait for a reply.',
    resultQuestions: 'Questions about a result?',
    payOnline: 'Pay a bill online',
    billQuestions: 'Questions about a bill?',
    recordsForm: 'Get the records request form',
    usualTime: (when: string) => `You usually get the copy ${when}.`,
    questionsLead: 'Questions?',
    // The answers in plain text, for the FAQ JSON-LD.
    callAt: (who: string, phone: string, hours: string) => `Call ${who} at ${phone} (${hours}).`,
    mostFamiliesUse: (portal: string) => `Most families use ${portal}.`,
    useItIf: (when: string) => `Use it if ${when}`,
    useOtherIf: (portal: string, when: string) => `Use ${portal} if ${when}`,
    resetPasswordAt: (product: string, href: string) =>
      `Reset your password on the ${product} website: ${href}. If that does not work, call for help.`,
    adviceNowText: 'For medical advice now, do not wait for a reply.',
    payOnlineAt: (href: string) => `Pay a bill online: ${href}.`,
    formAt: (href: string) => `The form: ${href}.`,
  },
  handout: {
    hint: rich(
      strong('For staff: print this page'),
      ' (Ctrl+P, or ⌘P on a Mac). It fits on one sheet of Letter or A4 paper, in black and white, and always shows the current address.',
    ),
    heading: (portal: string) => `How to sign up for ${portal}`,
    qrLabel: (portal: string, link: 'sign-up' | 'sign-in') =>
      `QR code that opens the ${portal} ${link} page`,
    qrCaption: 'Point your phone’s camera here',
    typeAddress: 'Or type this address into your web browser:',
    opensVendor: (product: string, vendor: string) =>
      `It opens the ${product} website, run by ${vendor}, not our own.`,
    stepsHeading: 'Sign up in three steps',
    stepOpen: (portal: string, link: 'sign-up' | 'sign-in') =>
      `Open the ${portal} ${link} page: scan the code with your phone’s camera, or type the address.`,
    stepNewPatient: ' Choose to sign up as a new patient.',
    stepNextTime: (site: string) =>
      `Next time, sign in with the Sign in button at the top of every page of our website, ${site}.`,
    appHeading: 'Get the app',
    searchApp: (product: string, stores: ReactNode) =>
      rich(`Search for “${product}” in your phone’s app store: `, stores, '.'),
    /** Between the last two of a list: "App Store or Google Play". */
    or: ' or ',
    callHeading: 'Questions? Call us',
    emergencyRest: (url: string) => `Do not use the portal for emergencies. More help: ${url}`,
  },
  accessibility: {
    heading: 'Accessibility',
    lead: 'We want everyone to be able to use this website. That includes people who use a screen reader, a keyboard only, or zoom.',
    standardHeading: 'What we aim for',
    /** The standard the site is built and tested to (the HHS Section 504 rule's, 45 CFR 84.84). */
    standard: 'WCAG 2.1, level AA',
    aimsFor: (standard: string) =>
      `This website aims to meet the Web Content Accessibility Guidelines (${standard}). This means, for example:`,
    examples: [
      'You can use every page with a keyboard only.',
      'Text can be made twice as large, and pages still work on a small phone.',
      'Text and buttons have strong colour contrast.',
      'Links and headings say where they go and what comes next.',
      'We write in plain words, in short sentences.',
    ],
    portalHeading: 'The patient portal is a separate website',
    portalText: (portal: string, vendor: string) =>
      `${portal} is run by ${vendor}, not by us. If you cannot use it, call us and we will help you over the phone.`,
    tellUsHeading: 'Tell us about a problem',
    tellUs:
      'If something on this website does not work for you, tell us. We will help you get what you need another way, and fix the page.',
    /** Before the contact's email address; null: the clinic ("us"). */
    emailTo: (who: string | null) => (who === null ? 'Email us:' : `Email ${who}:`),
    lastChecked: (date: ReactNode) => rich('We last checked this website on ', date, '.'),
  },
  languageAssistance: {
    heading: 'Free language help, and our promise to treat everyone fairly',
    taglinesHeading: 'Free help in your language',
    helpHeading: 'Help we give for free',
    helpIntro: (clinic: string) =>
      `${clinic} gives free help so you can talk with us and understand us:`,
    helpLanguage:
      'If English is not your first language: interpreters trained for health care, and papers written in your language.',
    helpDisability:
      'If you have a disability: sign language interpreters, papers in large print, audio or other formats, and other changes that help you use our care.',
    askForHelp: (phone: ReactNode) => rich('To ask for this help, ', phone, '.'),
    fairHeading: 'We treat everyone fairly',
    fairText: (clinic: string) =>
      `${clinic} follows federal civil rights laws. We do not treat anyone differently because of race, color, national origin (including limited English and the language you speak), age, disability, or sex (including pregnancy, sexual orientation, gender identity and sex characteristics).`,
    ifYouThink: 'If you think we did not give you this help, or treated you unfairly, you can:',
    coordinator: 'our Section 1557 coordinator',
    tellUs: 'Tell us:',
    orEmail: (who: string, email: ReactNode) => rich(', or email ', who, ' at ', email),
    fileComplaint:
      'Or file a complaint with the U.S. Department of Health and Human Services, Office for Civil Rights:',
    online: 'online at ocrportal.hhs.gov',
    byPhone: (phone: ReactNode, tdd: ReactNode) => rich('by phone: ', phone, ' (', tdd, ')'),
    ocr: 'the Office for Civil Rights',
    tdd: 'its TDD line',
    byMail: (address: string) => `by mail to ${address}`,
    complaintForms: 'complaint forms:',
  },
  notFound: {
    heading: 'We cannot find that page',
    text: 'The address may be mistyped, or the page may have moved.',
    home: 'Go to the home page and our locations',
    portal: 'Go to the patient portal page',
  },
  error: {
    heading: 'Sorry, this page could not be shown',
    text: 'Please try again in a minute. You can still call us or sign in to the patient portal: the phone number and the sign-in link are at the bottom of this page.',
    retry: 'Try again',
    home: 'Go to the home page',
  },
  preview: {
    barLabel: 'Preview',
    bar: 'Previewing drafts',
    barRest: '— patients do not see this version.',
    exit: 'Exit preview',
    cannotShow: 'These drafts cannot be shown yet',
    problemsHeading: (count: number) =>
      `This draft cannot be published yet: ${count === 1 ? '1 thing needs' : `${count} things need`} fixing`,
    problemsIntro:
      'Patients still see the last published version. Fix these in the Studio, then publish.',
    document: 'Document',
    field: 'Field',
    fix: 'Fix',
    dataset: 'Dataset',
    wholeDocument: '(the whole document)',
    /** "Support contact" for `supportContact`. */
    documentType: (type: DocumentType) => capitalize(DOCUMENT_TYPE_NAMES[type].one, 'en'),
  },
  meta: {
    clinicPreview: 'Clinic preview',
    titled: (title: string, clinic: string) => `${title} | ${clinic}`,
    homeDescription: (clinic: string, portal: string) =>
      `${clinic}: our locations, opening hours, phone numbers, and how to use ${portal}, our patient portal.`,
    portalTitle: (portal: string) => `${portal}, our patient portal`,
    portalDescription: (portal: string) =>
      `How to sign in to ${portal}, sign up, get family access, and who to call when it does not work.`,
    handoutTitle: (portal: string) => `How to sign up for ${portal}: sheet to print`,
    handoutDescription: (portal: string) =>
      `A one-page sheet for the front desk to print: how to sign up for ${portal}, with a QR code.`,
    helpDescription: (portal: string) =>
      `Answers about ${portal}: passwords, messages, test results, bills, medical records, and whom to call.`,
    languageAssistanceTitle: 'Free language help and nondiscrimination',
    languageAssistanceDescription: (clinic: string, languages: number) =>
      `${clinic} gives free language help and treats everyone fairly. Free help in ${languages} languages.`,
    accessibilityDescription: (clinic: string) =>
      `How ${clinic}'s website works for everyone, and whom to tell when something does not work for you.`,
    locationDescription: (location: string) =>
      `${location}: address, phone number and opening hours.`,
    notFoundTitle: 'Page not found',
  },
}

/** The fixed words of one language: every key of the English catalog, with the same values' types. */
export type Messages = typeof en
