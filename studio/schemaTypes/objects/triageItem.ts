import { defineField, defineType } from 'sanity'
import { required, plainText } from '../../validation/fields'

export const triageItem = defineType({
  name: 'triageItem',
  title: 'Problem and whom to call',
  type: 'object',
  description: 'One row of the "Having trouble?" list: a problem, what to do, and whom to call.',
  fields: [
    defineField({
      name: 'problem',
      title: 'Problem',
      type: 'string',
      description:
        'The problem in the patient’s words, for example "My activation code does not work".',
      validation: plainText('Type the problem in the words a patient would use.'),
    }),
    defineField({
      name: 'whatToDo',
      title: 'What to do',
      type: 'text',
      rows: 2,
      description: 'One or two sentences: what the patient should try, and when to call.',
      validation: plainText('Type what the patient should do about this problem.'),
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
    select: { title: 'problem', contact: 'contact.name' },
    prepare({ title, contact }) {
      return {
        title,
        subtitle: typeof contact === 'string' ? `Call: ${contact}` : 'No contact chosen',
      }
    },
  },
})
