import { defineField, defineType } from 'sanity'
import { required } from '../../validation/fields'
import { englishText, plainTranslation } from '../../validation/translated'

export const triageItem = defineType({
  name: 'triageItem',
  title: 'Problem and whom to call',
  type: 'object',
  description: 'One row of the "Having trouble?" list: a problem, what to do, and whom to call.',
  fields: [
    defineField({
      name: 'problem',
      title: 'Problem',
      type: 'internationalizedArrayString',
      description:
        'The problem in the patient’s words, for example "My activation code does not work".',
      validation: plainTranslation('Type the problem in the words a patient would use.'),
    }),
    defineField({
      name: 'whatToDo',
      title: 'What to do',
      type: 'internationalizedArrayText',
      description: 'One or two sentences: what the patient should try, and when to call.',
      validation: plainTranslation('Type what the patient should do about this problem.'),
    }),
    defineField({
      name: 'contact',
      title: 'Whom to call',
      type: 'reference',
      to: [{ type: 'supportContact' }],
      description: 'The support contact who handles this problem (usually the front desk).',
      validation: required('Choose whom patients should call about this problem.'),
    }),
  ],
  preview: {
    select: { problem: 'problem', contact: 'contact.name' },
    prepare({ problem, contact }) {
      return {
        title: englishText(problem),
        subtitle:
          englishText(contact) === undefined
            ? 'No contact chosen'
            : `Call: ${englishText(contact)}`,
      }
    },
  },
})
