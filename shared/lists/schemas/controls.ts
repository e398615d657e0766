import { choice, dateTime, defineList, externalId, lookup, multiChoice, note, number, provenance, title, user } from '../schema';
import { CONTROL_STATUSES, INITIAL_STATUS, KF_MAL, RISK_PROCESSES } from '../vocabulary';

export const controls = defineList({
  name: 'Controls',
  displayName: 'Kontroller (IKP)',
  description: 'En kontroll i internkontrollplanen, med uppföljningens resultat.',
  versioning: true,
  fields: [
    title('Kontrollaktivitet'),
    externalId(),
    number('ikpYear', 'IKP-år', { required: true, indexed: true, decimals: 0 }),
    choice('planType', 'Typ', ['Internkontrollplan', 'Uppföljning av internkontrollplan'], { required: true }),
    choice('kfMal', 'KF:s mål', KF_MAL, { required: true }),
    choice(
      'process',
      'Process',
      [
        ...RISK_PROCESSES,
        'Betygssättning',
        'IT-säkerhet',
        'Arbete mot oegentligheter',
        'Bereda, dokumentera och expediera nämndens beslutsfattande',
        'Följsamhet av ingångna avtal',
        'Hantering av allmänna handlingar och personuppgifter',
      ],
      { required: true, fillIn: true },
    ),
    note('arbetssatt', 'Arbetssätt', { required: true }),
    note('systematiskKontroll', 'Systematisk kontroll'),
    lookup('risk', 'Risk (VoR)', 'Risks', { indexed: true }),
    number('riskvarde', 'RV', { decimals: 0 }),
    note('oonskadHandelse', 'Oönskad händelse'),
    note('kontrollaktivitet', 'Kontrollaktivitet (fullständig)', { required: true }),
    // Required by the app for new controls; missing in every seed row, so not at list level.
    user('kontrollansvarig', 'Kontrollansvarig'),
    multiChoice('followUpPoints', 'Uppföljning', ['T2', 'VB'], { required: true }),
    choice('genomford', 'Genomförd', ['Genomförd', 'Ej genomförd', 'Pågår']),
    note('resultat', 'Beskrivning och resultat av kontrollaktivitet'),
    choice('avvikelse', 'Avvikelser', ['Inga avvikelser', 'Avvikelser', 'Väsentliga avvikelser']),
    note('atgard', 'Vidtagen åtgärd'),
    choice('status', 'Status', CONTROL_STATUSES, { required: true, indexed: true, defaultValue: INITIAL_STATUS }),
    note('latestStatusComment', 'Senaste statuskommentar'),
    dateTime('latestStatusAt', 'Senast uppdaterad'),
    ...provenance(),
  ],
});
