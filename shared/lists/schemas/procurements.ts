import { choice, currency, date, defineList, externalId, number, provenance, text, title } from '../schema';

export const procurements = defineList({
  name: 'Procurements',
  displayName: 'Upphandlingar',
  description: 'En rad i Plan för upphandling (avtal över 1 mnkr).',
  versioning: false,
  fields: [
    title('Beskrivning'),
    externalId(),
    choice('kategorifamilj', 'Kategorifamilj', ['1012, HR', '1013, Externa tjänster', '1018, Medborgarutveckling', '9910, Okategoriserat'], {
      required: true,
      fillIn: true,
    }),
    choice(
      'kategoriklass',
      'Kategoriklass',
      [
        '101312, Verksamhetskonsulter',
        '101313, Bemanningskonsulter',
        '101316, Handledningskonsulter',
        '101810, Coachning och utbildning',
        '102414, Möbel & Kontorsflytt',
        '991010, Okategoriserat',
      ],
      { required: true, fillIn: true },
    ),
    choice('planeradStart', 'Planerad start av upphandling', ['VT 2022', 'HT 2022', 'Pågående'], { required: true, fillIn: true }),
    text('avtalsperiodText', 'Avtalsperiod inkl förlängningsoptioner'),
    date('avtalsperiodStart', 'Avtal från'),
    date('avtalsperiodSlut', 'Avtal till'),
    currency('vardeSek', 'Värde (kr)'),
    text('vardeText', 'Värde (text)'),
    choice('ansvarigNamnd', 'Ansvarig nämnd', ['AMN', 'AMN + regionkommunerna'], { required: true, fillIn: true }),
    text('kontaktEpost', 'Kontaktuppgifter', { required: true }),
    choice('avdelning', 'Avdelning', ['Jobbtorg Stockholm', 'Vuxenutbildning Stockholm', 'Staberna']),
    number('planYear', 'År', { required: true, indexed: true, decimals: 0 }),
    ...provenance(),
  ],
});
