import type { DocumentType, MedicalSpecialty } from '@doorway/content/model'
import type { ReactNode } from 'react'
import type { Messages } from './en'
import { capitalize, rich, strong } from './rich'

/** The clinic's specialty in plain Spanish, as `medicalSpecialtyName` gives it in English. */
const SPECIALTIES = {
  Anesthesia: 'Anestesia',
  Cardiovascular: 'Cuidado del corazón',
  CommunityHealth: 'Salud comunitaria',
  Dentistry: 'Odontología',
  DermatologicSurgery: 'Cirugía de la piel',
  Dermatology: 'Cuidado de la piel',
  DietNutrition: 'Dieta y nutrición',
  Emergency: 'Atención de emergencia',
  Endocrine: 'Hormonas y diabetes',
  Gastroenterologic: 'Estómago e intestinos',
  Genetic: 'Genética',
  Geriatric: 'Adultos mayores',
  Gynecologic: 'Salud de la mujer',
  Hematologic: 'Enfermedades de la sangre',
  Infectious: 'Enfermedades infecciosas',
  LaboratoryScience: 'Laboratorio',
  Midwifery: 'Partería',
  Musculoskeletal: 'Huesos, articulaciones y músculos',
  Neurologic: 'Cerebro y nervios',
  Nursing: 'Enfermería',
  Obstetric: 'Embarazo y parto',
  Oncologic: 'Atención del cáncer',
  Optometric: 'Cuidado de los ojos',
  Otolaryngologic: 'Oído, nariz y garganta',
  Pathology: 'Patología',
  Pediatric: 'Atención para niños',
  PharmacySpecialty: 'Farmacia',
  Physiotherapy: 'Fisioterapia',
  PlasticSurgery: 'Cirugía plástica',
  Podiatric: 'Cuidado de los pies',
  PrimaryCare: 'Atención primaria',
  Psychiatric: 'Salud mental',
  PublicHealth: 'Salud pública',
  Pulmonary: 'Pulmones y respiración',
  Radiography: 'Rayos X e imágenes',
  Renal: 'Cuidado de los riñones',
  RespiratoryTherapy: 'Terapia respiratoria',
  Rheumatologic: 'Artritis y articulaciones',
  SpeechPathology: 'Terapia del habla',
  Surgical: 'Cirugía',
  Toxicologic: 'Intoxicaciones',
  Urologic: 'Vejiga y riñones',
} satisfies Record<MedicalSpecialty, string>

const DOCUMENT_TYPES = {
  clinic: 'Clínica',
  portalVendor: 'Proveedor del portal',
  supportContact: 'Contacto de ayuda',
  location: 'Ubicación',
} satisfies Record<DocumentType, string>

/**
 * Every fixed word of the site in Spanish: plain words, the usted form, as US clinics write to
 * families. The Section 1557 notice follows the wording of HHS's sample notice in Spanish.
 */
export const es = {
  common: {
    call: (who: string) => `Llame a ${who}`,
    callUs: 'Llámenos',
    call911: 'Llame al 911',
    signInTo: (portal: string) => `Iniciar sesión en ${portal}`,
    vendorWebsite: (product: string, vendor: string) =>
      `(el sitio web de ${product}, administrado por ${vendor})`,
    emergencyCall911: 'En caso de emergencia, llame al 911.',
    specialty: (specialty: MedicalSpecialty) => SPECIALTIES[specialty],
  },
  chrome: {
    skipLink: 'Saltar al contenido principal',
  },
  header: {
    navLabel: 'Principal',
    home: 'Inicio y ubicaciones',
    portal: (portal: string) => `Portal del paciente (${portal})`,
    signIn: 'Iniciar sesión',
    signInHidden: (portal: string) => ` en ${portal}`,
    languagesLabel: 'Idioma',
  },
  footer: {
    helpWith: (portal: string) => `Ayuda con ${portal}`,
    languageHelp: 'Ayuda gratis con el idioma',
    accessibility: 'Accesibilidad',
    emergencyRest: 'No use el portal ni este sitio web para emergencias.',
    noTracking: (portal: string, vendor: string) =>
      `Este sitio web no recopila información sobre usted. ${vendor} administra ${portal} en su propio sitio web.`,
  },
  format: {
    dayRange: (first: string, last: string) => `del ${first} al ${last}`,
    closed: 'Cerrado',
  },
  home: {
    lead: (specialty: string, locations: number) =>
      `${specialty} en ${locations === 1 ? 'nuestra clínica' : `${locations} ubicaciones`}.`,
    locationsHeading: (locations: number) =>
      locations === 1 ? 'Nuestra ubicación' : 'Nuestras ubicaciones',
  },
  location: {
    directions: (name: string) => `Cómo llegar a ${name} (Google Maps)`,
    moreAbout: (name: string) => `Más sobre ${name}`,
    accepting: 'Aceptamos pacientes nuevos.',
    notAccepting: 'Por ahora no aceptamos pacientes nuevos.',
    specialHoursHeading: 'Horario especial y de días festivos',
    specialHoursLine: (days: string, reason: string, hours: string) =>
      `${capitalize(days, 'es')} (${reason}): ${hours}`,
    hoursCaption: (name: string) => `Horario de atención, ${name}`,
    portalLink: (portal: string) => `Envíe un mensaje o vea resultados de pruebas en ${portal}`,
  },
  portalCard: {
    heading: (portal: string) => `Portal del paciente: ${portal}`,
    moreHelp: 'Cómo inscribirse, acceso familiar y a quién llamar para pedir ayuda',
  },
  outage: {
    heading: (portal: string) => `Aviso sobre ${portal}`,
    planned: 'Programado:',
    plannedText: (portal: string, start: string, end: string) =>
      `${portal} no estará disponible desde el ${start} hasta el ${end}.`,
    now: 'Ahora:',
    nowText: (portal: string, end: string) => `${portal} no está disponible hasta el ${end}.`,
  },
  portal: {
    heading: (portal: string) => `${portal}: nuestro portal del paciente`,
    signInHeading: 'Iniciar sesión',
    signInNote: (product: string, vendor: string) =>
      `Esto abre el sitio web de ${product}, administrado por ${vendor}. Es un sitio aparte de este.`,
    emergencyHeading: 'En caso de emergencia, llame al 911',
    adviceHeading: '¿Necesita consejo médico ahora?',
    adviceLead: 'No espere un mensaje del portal.',
    whatHeading: 'Qué es el portal',
    featuresHeading: (portal: string) => `En ${portal}, usted puede`,
    signUpHeading: '¿Primera vez? Inscríbase',
    signUpFor: (portal: string) => `Inscribirse en ${portal}`,
    familyHeading: 'Acceso para padres y tutores',
    familyAge: (age: number) => `Cuando su hijo cumpla ${age} años`,
    familyAsk: (portal: string) => `Pedir acceso familiar en ${portal}`,
    appsHeading: (product: string) => `Use la aplicación ${product}`,
    getApp: (product: string, store: string) => `Descargue la aplicación ${product} (${store})`,
    troubleHeading: '¿Tiene problemas?',
    troubleIntro: 'Busque su problema abajo. Ahí dice qué hacer y a quién llamar.',
    moreAnswers: (link: ReactNode) =>
      rich(
        'Más respuestas sobre mensajes, resultados de pruebas, contraseñas, facturas y expedientes: ',
        link,
      ),
    moreHelpOn: (product: string) => `Más ayuda en el sitio web de ${product}`,
    staff: (link: ReactNode) =>
      rich('Para el personal: ', link, ' (una página, con un código QR, para la recepción).'),
    staffLink: 'Imprima la hoja de inscripción',
  },
  whichPortal: {
    mostFamilies: '(la mayoría de las familias).',
    useThisIf: (when: string) => `Use este si ${when}`,
    signInAbove: 'Use el botón Iniciar sesión de arriba.',
    goTo: (portal: string) => `Ir a ${portal}`,
  },
  help: {
    heading: 'Preguntas sobre el portal',
    lead: (portal: string) => `Respuestas a lo que los padres más nos preguntan sobre ${portal}.`,
    back: 'Volver a iniciar sesión y ayuda',
    noQuestions: (link: ReactNode) =>
      rich('¿Preguntas sobre el portal? Vea ', link, ' en la página del portal.'),
    onThisPage: 'En esta página',
    questions: {
      'which-portal': '¿Cuál es mi portal?',
      password: 'Olvidé mi contraseña o mi cuenta está bloqueada',
      messages: '¿Cuándo me responderán mi mensaje?',
      'test-results': 'Veo el resultado de una prueba. ¿Por qué nadie me ha llamado?',
      bills: '¿Dónde pago mi factura?',
      records: '¿Cómo obtengo una copia del expediente médico de mi hijo?',
      'what-you-need': '¿Qué necesito para usar el portal?',
    },
    resetPassword: (product: string) => `Cambie su contraseña en el sitio web de ${product}`,
    ifThatFails: 'Si eso no funciona:',
    replyTime: (when: string) => `Respondemos los mensajes del portal ${when}.`,
    notForEmergencies: 'Los mensajes no son para emergencias.',
    ifEmergency: 'Si es una emergencia, llame al 911.',
    adviceNow: '¿Necesita consejo médico ahora? No espere una respuesta.',
    resultQuestions: '¿Preguntas sobre un resultado?',
    payOnline: 'Pague una factura en línea',
    billQuestions: '¿Preguntas sobre una factura?',
    recordsForm: 'Obtenga el formulario para pedir el expediente',
    usualTime: (when: string) => `Por lo general, recibe la copia ${when}.`,
    questionsLead: '¿Preguntas?',
    callAt: (who: string, phone: string, hours: string) => `Llame a ${who} al ${phone} (${hours}).`,
    mostFamiliesUse: (portal: string) => `La mayoría de las familias usa ${portal}.`,
    useItIf: (when: string) => `Úselo si ${when}`,
    useOtherIf: (portal: string, when: string) => `Use ${portal} si ${when}`,
    resetPasswordAt: (product: string, href: string) =>
      `Cambie su contraseña en el sitio web de ${product}: ${href}. Si eso no funciona, llame para pedir ayuda.`,
    adviceNowText: 'Si necesita consejo médico ahora, no espere una respuesta.',
    payOnlineAt: (href: string) => `Pague una factura en línea: ${href}.`,
    formAt: (href: string) => `El formulario: ${href}.`,
  },
  handout: {
    hint: rich(
      strong('Para el personal: imprima esta página'),
      ' (Ctrl+P, o ⌘P en una Mac). Cabe en una hoja tamaño carta o A4, en blanco y negro, y siempre muestra la dirección actual.',
    ),
    heading: (portal: string) => `Cómo inscribirse en ${portal}`,
    qrLabel: (portal: string, link: 'sign-up' | 'sign-in') =>
      `Código QR que abre la página ${link === 'sign-up' ? 'de inscripción' : 'para iniciar sesión'} de ${portal}`,
    qrCaption: 'Apunte aquí la cámara de su teléfono',
    typeAddress: 'O escriba esta dirección en su navegador de internet:',
    opensVendor: (product: string, vendor: string) =>
      `Abre el sitio web de ${product}, administrado por ${vendor}, no el nuestro.`,
    stepsHeading: 'Inscríbase en tres pasos',
    stepOpen: (portal: string, link: 'sign-up' | 'sign-in') =>
      `Abra la página ${link === 'sign-up' ? 'de inscripción' : 'para iniciar sesión'} de ${portal}: escanee el código con la cámara de su teléfono o escriba la dirección.`,
    stepNewPatient: ' Elija inscribirse como paciente nuevo.',
    stepNextTime: (site: string) =>
      `La próxima vez, inicie sesión con el botón Iniciar sesión, arriba en cada página de nuestro sitio web, ${site}.`,
    appHeading: 'Descargue la aplicación',
    searchApp: (product: string, stores: ReactNode) =>
      rich(`Busque “${product}” en la tienda de aplicaciones de su teléfono: `, stores, '.'),
    or: ' o ',
    callHeading: '¿Preguntas? Llámenos',
    emergencyRest: (url: string) => `No use el portal para emergencias. Más ayuda: ${url}`,
  },
  accessibility: {
    heading: 'Accesibilidad',
    lead: 'Queremos que todas las personas puedan usar este sitio web. Eso incluye a quienes usan un lector de pantalla, solo el teclado o el zoom.',
    standardHeading: 'Nuestra meta',
    standard: 'WCAG 2.1, nivel AA',
    aimsFor: (standard: string) =>
      `Este sitio web busca cumplir con las Pautas de Accesibilidad para el Contenido Web (${standard}). Esto quiere decir, por ejemplo:`,
    examples: [
      'Puede usar cada página solo con el teclado.',
      'El texto se puede agrandar al doble, y las páginas siguen funcionando en un teléfono pequeño.',
      'El texto y los botones tienen un buen contraste de color.',
      'Los enlaces y los títulos dicen adónde llevan y qué viene después.',
      'Escribimos con palabras sencillas, en oraciones cortas.',
    ],
    portalHeading: 'El portal del paciente es un sitio web aparte',
    portalText: (portal: string, vendor: string) =>
      `${vendor} administra ${portal}, no nosotros. Si no puede usarlo, llámenos y le ayudaremos por teléfono.`,
    tellUsHeading: 'Avísenos si hay un problema',
    tellUs:
      'Si algo en este sitio web no le funciona, avísenos. Le ayudaremos a obtener lo que necesita de otra manera, y arreglaremos la página.',
    emailTo: (who: string | null) =>
      who === null ? 'Escríbanos:' : `Escriba un correo electrónico a ${who}:`,
    lastChecked: (date: ReactNode) =>
      rich('Revisamos este sitio web por última vez el ', date, '.'),
  },
  languageAssistance: {
    heading: 'Ayuda gratis con el idioma, y nuestro compromiso de tratar a todos por igual',
    taglinesHeading: 'Ayuda gratis en su idioma',
    helpHeading: 'Ayuda que ofrecemos gratis',
    helpIntro: (clinic: string) =>
      `${clinic} ofrece ayuda gratis para que usted pueda comunicarse con nosotros y entendernos:`,
    helpLanguage:
      'Si su idioma principal no es el inglés: intérpretes capacitados para la atención médica, e información escrita en su idioma.',
    helpDisability:
      'Si tiene una discapacidad: intérpretes de lenguaje de señas, información en letra grande, en audio o en otros formatos, y otros cambios que le ayuden a recibir nuestra atención.',
    askForHelp: (phone: ReactNode) => rich('Para pedir esta ayuda, ', phone, '.'),
    fairHeading: 'Tratamos a todos por igual',
    fairText: (clinic: string) =>
      `${clinic} cumple con las leyes federales de derechos civiles aplicables. No tratamos a nadie de manera diferente por motivos de raza, color, origen nacional (incluido el dominio limitado del inglés y el idioma que usted habla), edad, discapacidad o sexo (incluido el embarazo, la orientación sexual, la identidad de género y las características sexuales).`,
    ifYouThink:
      'Si considera que no le dimos esta ayuda, o que lo discriminamos de otra manera, usted puede:',
    coordinator: 'nuestro coordinador de la Sección 1557',
    tellUs: 'Avisarnos:',
    orEmail: (who: string, email: ReactNode) =>
      rich(', o escribir a ', who, ' al correo electrónico ', email),
    fileComplaint:
      'O presentar una queja ante la Oficina de Derechos Civiles (Office for Civil Rights) del Departamento de Salud y Servicios Humanos de EE. UU.:',
    online: 'en línea en ocrportal.hhs.gov',
    byPhone: (phone: ReactNode, tdd: ReactNode) => rich('por teléfono: ', phone, ' (', tdd, ')'),
    ocr: 'la Oficina de Derechos Civiles',
    tdd: 'la línea TDD de la Oficina',
    byMail: (address: string) => `por correo postal a ${address}`,
    complaintForms: 'formularios de queja:',
  },
  notFound: {
    heading: 'No encontramos esa página',
    text: 'Es posible que la dirección esté mal escrita o que la página se haya movido.',
    home: 'Ir a la página principal y a nuestras ubicaciones',
    portal: 'Ir a la página del portal del paciente',
  },
  error: {
    heading: 'Lo sentimos, no se pudo mostrar esta página',
    text: 'Inténtelo de nuevo en un minuto. Puede llamarnos o iniciar sesión en el portal del paciente: el número de teléfono y el enlace para iniciar sesión están al final de esta página.',
    retry: 'Intentar de nuevo',
    home: 'Ir a la página principal',
  },
  preview: {
    barLabel: 'Vista previa',
    bar: 'Viendo borradores',
    barRest: '— los pacientes no ven esta versión.',
    exit: 'Salir de la vista previa',
    cannotShow: 'Todavía no se pueden mostrar estos borradores',
    problemsHeading: (count: number) =>
      `Este borrador todavía no se puede publicar: ${count === 1 ? 'hay 1 cosa' : `hay ${count} cosas`} que corregir`,
    problemsIntro:
      'Los pacientes siguen viendo la última versión publicada. Corrija esto en el Studio y luego publique.',
    document: 'Documento',
    field: 'Campo',
    fix: 'Cómo corregirlo',
    dataset: 'Conjunto de datos',
    wholeDocument: '(todo el documento)',
    documentType: (type: DocumentType) => DOCUMENT_TYPES[type],
  },
  meta: {
    clinicPreview: 'Vista previa de la clínica',
    titled: (title: string, clinic: string) => `${title} | ${clinic}`,
    homeDescription: (clinic: string, portal: string) =>
      `${clinic}: nuestras ubicaciones, horarios, números de teléfono y cómo usar ${portal}, nuestro portal del paciente.`,
    portalTitle: (portal: string) => `${portal}, nuestro portal del paciente`,
    portalDescription: (portal: string) =>
      `Cómo iniciar sesión en ${portal}, inscribirse, obtener acceso familiar y a quién llamar cuando no funciona.`,
    handoutTitle: (portal: string) => `Cómo inscribirse en ${portal}: hoja para imprimir`,
    handoutDescription: (portal: string) =>
      `Una hoja para que la recepción la imprima: cómo inscribirse en ${portal}, con un código QR.`,
    helpDescription: (portal: string) =>
      `Respuestas sobre ${portal}: contraseñas, mensajes, resultados de pruebas, facturas, expedientes médicos y a quién llamar.`,
    languageAssistanceTitle: 'Ayuda gratis con el idioma y no discriminación',
    languageAssistanceDescription: (clinic: string, languages: number) =>
      `${clinic} ofrece ayuda gratis con el idioma y trata a todos por igual. Ayuda gratis en ${languages} idiomas.`,
    accessibilityDescription: (clinic: string) =>
      `Cómo funciona el sitio web de ${clinic} para todos, y a quién avisar cuando algo no le funciona.`,
    locationDescription: (location: string) =>
      `${location}: dirección, número de teléfono y horario de atención.`,
    notFoundTitle: 'Página no encontrada',
  },
} satisfies Messages
