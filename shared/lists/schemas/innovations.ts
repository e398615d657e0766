import { choice, currency, date, defineList, externalId, lookup, note, number, provenance, text, title, user } from '../schema';

export const innovations = defineList({
  name: 'Innovations',
  displayName: 'Innovationssatsningar',
  description: 'En rad i tabellen Innovationssatsningar i verksamhetsplanen.',
  versioning: false,
  fields: [
    title('Namn på satsningen'),
    externalId(),
    // Only two seed rows fill this column (the rest hold a purpose statement), so it is not
    // required at list level; the importer keeps the source text in typAvInnovationText.
    choice('typAvInnovation', 'Typ av innovation', ['Verksamhetsutveckling', 'Testbäddverksamhet']),
    note('typAvInnovationText', 'Typ (text i källan)'),
    note('beskrivning', 'Kortfattad beskrivning', { required: true }),
    text('tidplanText', 'Tidplan'),
    date('startDate', 'Start'),
    date('endDate', 'Slut'),
    choice(
      'finansiering',
      'Finansieringen',
      [
        'ESF-medel + kontant medfinansiering',
        'ESF-medel + Finsam-medel',
        'Finsam',
        'Smart stad',
        'Stockholms stads sociala investeringsfond',
      ],
      { required: true, fillIn: true },
    ),
    text('budgetRaw', 'Budget (text i källan)'),
    currency('budgetSek', 'Storlek på budget (kr)'),
    note('samarbetspartners', 'Samarbetspartners'),
    user('ansvarigChefOchLedare', 'Ansvarig chef och ledare'),
    text('ansvarigText', 'Ansvarig (enligt källan)'),
    user('kontaktperson', 'Kontaktperson'),
    lookup('project', 'Projekt', 'Projects', { indexed: true }),
    number('year', 'År', { required: true, indexed: true, decimals: 0 }),
    ...provenance(),
  ],
});
