/**
 * The languages most spoken at home in the United States after English (Census ACS 2017–2021,
 * in that order; see `/work/shared/domain.md`), then a few more that state top-15 lists name.
 *
 * `tagline` is the default Section 1557 notice of free language assistance (45 CFR 92.11), in the
 * language's own words and script, following the wording of HHS's sample taglines. `{phone}` is
 * replaced by the clinic's number. The office manager can edit any of them in the Studio; a
 * clinic should still have a qualified translator read the ones it publishes.
 */
export interface KnownLanguage {
  /** BCP 47 tag, as used in `<html lang>` and the site's address prefix (`/es`). */
  readonly tag: string
  /** The language's name in English, for the Studio. */
  readonly englishName: string
  /** The language's name in itself, as a reader of it looks for it ("Español"). */
  readonly ownName: string
  readonly tagline: string
}

export const PHONE_PLACEHOLDER = '{phone}'

export const KNOWN_LANGUAGES: readonly KnownLanguage[] = [
  {
    tag: 'es',
    englishName: 'Spanish',
    ownName: 'Español',
    tagline:
      'ATENCIÓN: Si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al {phone}.',
  },
  {
    tag: 'zh-Hant',
    englishName: 'Chinese (Traditional)',
    ownName: '繁體中文',
    tagline: '注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 {phone}。',
  },
  {
    tag: 'zh-Hans',
    englishName: 'Chinese (Simplified)',
    ownName: '简体中文',
    tagline: '注意：如果您使用简体中文，您可以免费获得语言援助服务。请致电 {phone}。',
  },
  {
    tag: 'tl',
    englishName: 'Tagalog',
    ownName: 'Tagalog',
    tagline:
      'PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang walang bayad. Tumawag sa {phone}.',
  },
  {
    tag: 'vi',
    englishName: 'Vietnamese',
    ownName: 'Tiếng Việt',
    tagline:
      'CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {phone}.',
  },
  {
    tag: 'ar',
    englishName: 'Arabic',
    ownName: 'العربية',
    tagline:
      'ملحوظة: إذا كنت تتحدث اللغة العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم {phone}.',
  },
  {
    tag: 'fr',
    englishName: 'French',
    ownName: 'Français',
    tagline:
      'ATTENTION : Si vous parlez français, des services d’aide linguistique vous sont proposés gratuitement. Appelez le {phone}.',
  },
  {
    tag: 'ko',
    englishName: 'Korean',
    ownName: '한국어',
    tagline:
      '주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {phone} 번으로 전화해 주십시오.',
  },
  {
    tag: 'ru',
    englishName: 'Russian',
    ownName: 'Русский',
    tagline:
      'ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните {phone}.',
  },
  {
    tag: 'ht',
    englishName: 'Haitian Creole',
    ownName: 'Kreyòl ayisyen',
    tagline:
      'ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. Rele {phone}.',
  },
  {
    tag: 'de',
    englishName: 'German',
    ownName: 'Deutsch',
    tagline:
      'ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur Verfügung. Rufnummer: {phone}.',
  },
  {
    tag: 'hi',
    englishName: 'Hindi',
    ownName: 'हिन्दी',
    tagline:
      'ध्यान दें: यदि आप हिंदी बोलते हैं तो आपके लिए मुफ्त में भाषा सहायता सेवाएं उपलब्ध हैं। {phone} पर कॉल करें।',
  },
  {
    tag: 'pt',
    englishName: 'Portuguese',
    ownName: 'Português',
    tagline:
      'ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos, grátis. Ligue para {phone}.',
  },
  {
    tag: 'pl',
    englishName: 'Polish',
    ownName: 'Polski',
    tagline:
      'UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej. Zadzwoń pod numer {phone}.',
  },
  {
    tag: 'ur',
    englishName: 'Urdu',
    ownName: 'اردو',
    tagline:
      'خبردار: اگر آپ اردو بولتے ہیں، تو آپ کو زبان کی مدد کی خدمات مفت میں دستیاب ہیں۔ کال کریں {phone}۔',
  },
  {
    tag: 'ja',
    englishName: 'Japanese',
    ownName: '日本語',
    tagline:
      '注意事項：日本語を話される場合、無料の言語支援をご利用いただけます。{phone} まで、お電話にてご連絡ください。',
  },
  {
    tag: 'fa',
    englishName: 'Persian (Farsi)',
    ownName: 'فارسی',
    tagline:
      'توجه: اگر به زبان فارسی گفتگو می کنید، تسهیلات زبانی بصورت رایگان برای شما فراهم می باشد. با {phone} تماس بگیرید.',
  },
  {
    tag: 'gu',
    englishName: 'Gujarati',
    ownName: 'ગુજરાતી',
    tagline:
      'સુચના: જો તમે ગુજરાતી બોલતા હો, તો નિ:શુલ્ક ભાષા સહાય સેવાઓ તમારા માટે ઉપલબ્ધ છે. ફોન કરો {phone}.',
  },
  {
    tag: 'bn',
    englishName: 'Bengali',
    ownName: 'বাংলা',
    tagline:
      'লক্ষ্য করুন: যদি আপনি বাংলা কথা বলতে পারেন, তাহলে নিঃখরচায় ভাষা সহায়তা পরিষেবা উপলব্ধ আছে। ফোন করুন {phone}।',
  },
  {
    tag: 'it',
    englishName: 'Italian',
    ownName: 'Italiano',
    tagline:
      'ATTENZIONE: In caso la lingua parlata sia l’italiano, sono disponibili servizi di assistenza linguistica gratuiti. Chiamare il numero {phone}.',
  },
  {
    tag: 'te',
    englishName: 'Telugu',
    ownName: 'తెలుగు',
    tagline:
      'శ్రద్ధ పెట్టండి: ఒకవేళ మీరు తెలుగు భాష మాట్లాడుతున్నట్లయితే, మీ కొరకు భాషా సహాయ సేవలు ఉచితంగా లభిస్తాయి. {phone} కు కాల్ చేయండి.',
  },
  {
    tag: 'pa',
    englishName: 'Punjabi',
    ownName: 'ਪੰਜਾਬੀ',
    tagline:
      'ਧਿਆਨ ਦਿਓ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਭਾਸ਼ਾ ਵਿੱਚ ਸਹਾਇਤਾ ਸੇਵਾ ਤੁਹਾਡੇ ਲਈ ਮੁਫਤ ਉਪਲਬਧ ਹੈ। {phone} ’ਤੇ ਕਾਲ ਕਰੋ।',
  },
  {
    tag: 'ta',
    englishName: 'Tamil',
    ownName: 'தமிழ்',
    tagline:
      'கவனிக்கவும்: நீங்கள் தமிழ் பேசுபவராக இருந்தால், உங்களுக்கு மொழி உதவிச் சேவைகள் இலவசமாகக் கிடைக்கின்றன. {phone} என்ற எண்ணை அழைக்கவும்.',
  },
  {
    tag: 'hy',
    englishName: 'Armenian',
    ownName: 'Հայերեն',
    tagline:
      'ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Եթե խոսում եք հայերեն, ապա ձեզ անվճար կարող են տրամադրվել լեզվական աջակցության ծառայություններ: Զանգահարեք {phone}:',
  },
  {
    tag: 'nv',
    englishName: 'Navajo',
    ownName: 'Diné bizaad',
    tagline:
      'Díí baa akó nínízin: Díí saad bee yáníłtiʼgo Diné Bizaad, saad bee áká’ánída’áwo’déé’, t’áá jiik’eh, éí ná hóló, kojį’ hódíílnih {phone}.',
  },
  {
    tag: 'so',
    englishName: 'Somali',
    ownName: 'Soomaali',
    tagline:
      'FIIRO GAAR AH: Haddii aad ku hadasho af Soomaali, waxaa lagu heli karaa adeegyo gargaar luqadeed oo bilaash ah. Wac {phone}.',
  },
  {
    tag: 'am',
    englishName: 'Amharic',
    ownName: 'አማርኛ',
    tagline:
      'ማስታወሻ: የሚናገሩት ቋንቋ አማርኛ ከሆነ የትርጉም እርዳታ ድርጅቶች፣ በነጻ ሊያግዝዎት ተዘጋጀተዋል፣ ወደ ሚከተለው ቁጥር ይደውሉ {phone}።',
  },
  {
    tag: 'ne',
    englishName: 'Nepali',
    ownName: 'नेपाली',
    tagline:
      'ध्यान दिनुहोस्: तपाईंले नेपाली बोल्नुहुन्छ भने तपाईंको निम्ति भाषा सहायता सेवाहरू निःशुल्क रूपमा उपलब्ध छ। फोन गर्नुहोस् {phone}।',
  },
  {
    tag: 'my',
    englishName: 'Burmese',
    ownName: 'မြန်မာ',
    tagline:
      'သတိပြုရန် - အကယ်၍ သင်သည် မြန်မာစကား ကို ပြောပါက၊ ဘာသာစကား အကူအညီ၊ အခမဲ့၊ သင့်အတွက် စီစဉ်ဆောင်ရွက်ပေးပါမည်။ ဖုန်းနံပါတ် {phone} သို့ ခေါ်ဆိုပါ။',
  },
  {
    tag: 'km',
    englishName: 'Khmer',
    ownName: 'ខ្មែរ',
    tagline:
      'ប្រយ័ត្ន៖ បើសិនជាអ្នកនិយាយ ភាសាខ្មែរ សេវាជំនួយផ្នែកភាសា ដោយមិនគិតឈ្នួល គឺអាចមានសំរាប់បំរើអ្នក។ ចូរ ទូរស័ព្ទ {phone}។',
  },
  {
    tag: 'hmn',
    englishName: 'Hmong',
    ownName: 'Hmoob',
    tagline:
      'LUS CEEV: Yog tias koj hais lus Hmoob, cov kev pab txog lus, muaj kev pab dawb rau koj. Hu rau {phone}.',
  },
  {
    tag: 'uk',
    englishName: 'Ukrainian',
    ownName: 'Українська',
    tagline:
      'УВАГА! Якщо ви розмовляєте українською мовою, ви можете звернутися до безкоштовної служби мовної підтримки. Телефонуйте за номером {phone}.',
  },
  {
    tag: 'el',
    englishName: 'Greek',
    ownName: 'Ελληνικά',
    tagline:
      'ΠΡΟΣΟΧΗ: Αν μιλάτε ελληνικά, στη διάθεσή σας βρίσκονται υπηρεσίες γλωσσικής υποστήριξης, οι οποίες παρέχονται δωρεάν. Καλέστε {phone}.',
  },
  {
    tag: 'ilo',
    englishName: 'Ilocano',
    ownName: 'Ilokano',
    tagline:
      'PAKDAAR: Nu saritaem ti Ilocano, ti serbisyo para ti baddang ti lengguahe nga awanan bayadna, ket sidadaan para kenyam. Awagan ti {phone}.',
  },
]
