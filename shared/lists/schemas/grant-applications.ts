import { choice, currency, date, defineList, externalId, lookup, multiChoice, note, provenance, text, title, user } from '../schema';

export const grantApplications = defineList({
  name: 'GrantApplications',
  displayName: 'Statsbidragsansökningar',
  description: 'En ansökan om statsbidrag (förordning 2018:151).',
  versioning: false,
  fields: [
    title('Namn på insats'),
    externalId(),
    choice(
      'statsbidrag',
      'Statsbidrag',
      ['Statsbidrag till socioekonomiskt eftersatta stadsdelar och stadens integrationsarbete'],
      { required: true, fillIn: true },
    ),
    text('sokBeloppRaw', 'Sökt belopp (text i källan)'),
    currency('sokBeloppSek', 'Sökt belopp', { required: true }),
    text('sokandeNamnd', 'Sökande nämnd', { required: true }),
    text('medsokandeNamnd', 'Ev medsökande nämnd'),
    // The seeds name the contact but carry no account; the app requires the person for new rows.
    user('kontaktperson', 'Kontaktperson'),
    text('kontaktpersonText', 'Kontaktperson (enligt källan)'),
    text('telefon', 'Telefon'),
    text('epost', 'E-post'),
    text('tidplanText', 'Tidplan', { required: true }),
    date('startDate', 'Start'),
    date('endDate', 'Slut'),
    multiChoice('tematiskInriktning', 'Tematisk inriktning', ['Boende', 'Utbildning', 'Arbetsmarknad', 'Demokrati och civilsamhälle', 'Brottslighet'], {
      fillIn: true,
    }),
    note('geografisktOmrade', 'Geografiskt område'),
    note('kostnader', 'Beskrivning av utgifter'),
    currency('summaKostnaderSek', 'Summa kostnader'),
    currency('summaFinansieringSek', 'Summa finansiering'),
    currency('egenFinansieringSek', 'Summa egen finansiering'),
    choice('beslut', 'Beslut', ['Ej beslutad', 'Beviljad', 'Delvis beviljad', 'Avslagen']),
    lookup('project', 'Projekt', 'Projects', { indexed: true }),
    ...provenance(),
  ],
});
