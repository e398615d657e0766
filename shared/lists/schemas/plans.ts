import { choice, date, defineList, externalId, note, number, provenance, text, title, user } from '../schema';
import { PLAN_TYPES } from '../vocabulary';

export const plans = defineList({
  name: 'Plans',
  displayName: 'Planer',
  description: 'Planer, program och bilagor som innehåller åtgärder.',
  versioning: false,
  fields: [
    title('Plan'),
    externalId(),
    choice('planType', 'Plantyp', PLAN_TYPES, { required: true, fillIn: true, indexed: true }),
    number('planYear', 'Planår', { indexed: true, decimals: 0 }),
    date('validFrom', 'Gäller från'),
    date('validTo', 'Gäller till'),
    date('revisedOn', 'Uppdaterad'),
    text('nextRevision', 'Nästa revidering'),
    user('coordinator', 'Samordnare'),
    note('notes', 'Anteckningar'),
    ...provenance({ sourceRequired: true }),
  ],
});
