import { WHAT_YOU_NEED_MAX_LENGTH } from '@doorway/content/model'
import { defineField, defineType } from 'sanity'
import { required } from '../../validation/fields'
import {
  CLINIC_PORTAL_VENDOR,
  portalLinkValidator,
  type VendorChoice,
} from '../../validation/portalLink'
import { webPageLinkValidator, whatYouNeedValidator } from '../../validation/rules'
import {
  eachLanguage,
  inEnglish,
  plainEnglish,
  plainTranslation,
} from '../../validation/translated'

/** Default text on test results for a new clinic, in a parent's words (grade 6 or below). */
export const DEFAULT_TEST_RESULTS_TEXT =
  'Most test results show up in the portal as soon as they are ready. The law says we must share them right away. ' +
  'So you may see a result before your doctor has looked at it. We will call you about any result that needs care.'

/** The bill-pay company chosen in the same topic, else the clinic's portal vendor. */
const PAY_VENDOR: VendorChoice = {
  ref: (parent, clinic) =>
    (parent as { payOnlineVendor?: { _ref?: unknown } } | undefined)?.payOnlineVendor?._ref ??
    CLINIC_PORTAL_VENDOR.ref(parent, clinic),
  choose: CLINIC_PORTAL_VENDOR.choose,
}

const whomToCall = (description: string, missing: string) =>
  defineField({
    name: 'contact',
    title: 'Whom to call',
    type: 'reference',
    to: [{ type: 'supportContact' }],
    description,
    validation: required(missing),
  })

export const messagesTopic = defineType({
  name: 'messagesTopic',
  title: 'Messages',
  type: 'object',
  description:
    'How soon you answer portal messages. The page adds that messages are not for emergencies, with 911 and your advice line.',
  fields: [
    defineField({
      name: 'replyTime',
      title: 'We answer messages…',
      type: 'internationalizedArrayString',
      description:
        'Finish the sentence "We answer portal messages…", for example "within 2 business days".',
      initialValue: inEnglish('within 2 business days', 'String'),
      validation: plainTranslation(
        'Finish the sentence "We answer portal messages…", for example "within 2 business days".',
      ),
    }),
  ],
})

export const testResultsTopic = defineType({
  name: 'testResultsTopic',
  title: 'Test results',
  type: 'object',
  description:
    'That results may show up before the doctor has seen them (the 21st Century Cures Act makes results available right away), and whom to call about one.',
  fields: [
    defineField({
      name: 'whatToExpect',
      title: 'What to expect',
      type: 'internationalizedArrayText',
      description:
        'In plain words: results may show up in the portal before the doctor has looked at them, and what you do about results that need care.',
      initialValue: inEnglish(DEFAULT_TEST_RESULTS_TEXT, 'Text'),
      validation: plainTranslation(
        'Tell parents that results may show up before the doctor has looked at them, and what you do next.',
      ),
    }),
    whomToCall(
      'Whom parents call with a question about a result (usually the front desk or the nurse line).',
      'Choose whom parents call about a test result.',
    ),
  ],
})

export const passwordResetTopic = defineType({
  name: 'passwordResetTopic',
  title: 'Forgot password or locked out',
  type: 'object',
  description: 'The portal’s own password reset page, and whom to call when that does not work.',
  fields: [
    defineField({
      name: 'resetUrl',
      title: 'Password reset address',
      type: 'string',
      description:
        'The reset page on your portal vendor’s website ("Forgot password?"), starting with https://.',
      validation: (rule) => [
        rule
          .required()
          .error(
            'Paste the password reset address your portal vendor gave you, for example https://mychart.yourclinic.org/MyChart/passwordreset.',
          ),
        rule.custom(portalLinkValidator('password reset address')),
      ],
    }),
    whomToCall(
      'Whom to call when the reset page does not work (often the portal vendor’s help line).',
      'Choose whom parents call when the reset page does not work.',
    ),
  ],
})

export const billsTopic = defineType({
  name: 'billsTopic',
  title: 'Bills',
  type: 'object',
  description:
    'Your billing office’s phone and hours, and your online bill-pay page if you have one.',
  fields: [
    whomToCall(
      'Your billing office: the page shows its phone number and hours.',
      'Choose your billing office (a support contact with its phone and hours).',
    ),
    defineField({
      name: 'payOnlineUrl',
      title: 'Online bill-pay address (optional)',
      type: 'string',
      description:
        'The page where parents pay a bill online, starting with https://. It must be on your portal vendor’s website, or on the bill-pay company’s chosen below.',
      validation: (rule) => rule.custom(portalLinkValidator('bill-pay address', PAY_VENDOR)),
    }),
    defineField({
      name: 'payOnlineVendor',
      title: 'Bill-pay company (optional)',
      type: 'reference',
      to: [{ type: 'portalVendor' }],
      description:
        'Only if bills are paid on another company’s website than your portal’s. Add it under "Portal vendors" with its web domain.',
    }),
  ],
})

export const recordsTopic = defineType({
  name: 'recordsTopic',
  title: 'Medical records',
  type: 'object',
  description:
    'How parents ask for a copy of their child’s records, the form, and how long it takes.',
  fields: [
    defineField({
      name: 'howToAsk',
      title: 'How to ask for a copy',
      type: 'internationalizedArrayText',
      description:
        'In plain words, for example "Fill out the records form and bring it to the front desk."',
      validation: plainTranslation('Explain how parents ask for a copy of their child’s records.'),
    }),
    defineField({
      name: 'formUrl',
      title: 'Records request form (optional)',
      type: 'string',
      description:
        'The form’s web address, starting with https://. It may be on your own website (this is not a portal link).',
      validation: (rule) => rule.custom(webPageLinkValidator),
    }),
    defineField({
      name: 'usualTime',
      title: 'Parents usually get the copy…',
      type: 'internationalizedArrayString',
      description:
        'Finish the sentence "You usually get the copy…", for example "within 5 business days".',
      validation: plainTranslation(
        'Finish the sentence "You usually get the copy…", for example "within 5 business days".',
      ),
    }),
    defineField({
      name: 'contact',
      title: 'Whom to call (optional)',
      type: 'reference',
      to: [{ type: 'supportContact' }],
      description: 'Whom parents call about a records request (often the front desk).',
    }),
  ],
})

export const helpTopics = defineType({
  name: 'helpTopics',
  title: 'Portal questions',
  type: 'object',
  description:
    'The questions parents ask the front desk about the portal, answered on the "Portal questions" page. Fill in only the ones that apply.',
  options: { collapsible: true, collapsed: false },
  fields: [
    defineField({ name: 'messages', title: 'Messages (optional)', type: 'messagesTopic' }),
    defineField({
      name: 'testResults',
      title: 'Test results (optional)',
      type: 'testResultsTopic',
    }),
    defineField({
      name: 'passwordReset',
      title: 'Forgot password or locked out (optional)',
      type: 'passwordResetTopic',
    }),
    defineField({ name: 'bills', title: 'Bills (optional)', type: 'billsTopic' }),
    defineField({ name: 'records', title: 'Medical records (optional)', type: 'recordsTopic' }),
    defineField({
      name: 'whatYouNeed',
      title: 'What you need (optional)',
      type: 'internationalizedArrayString',
      description: `One line: the browsers or phone versions the portal works with, for example "Use a new version of Chrome, Safari, Edge or Firefox. For the app, you need iOS 16 or Android 10 or newer." Up to ${WHAT_YOU_NEED_MAX_LENGTH} characters.`,
      validation: (rule) => [rule.custom(eachLanguage(whatYouNeedValidator)), plainEnglish(rule)],
    }),
  ],
})
