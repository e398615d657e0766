import { choice, defineList, externalId, note, number, provenance, text, title } from '../schema';
import { KF_MAL, RISK_PROCESSES } from '../vocabulary';

export const risks = defineList({
  name: 'Risks',
  displayName: 'Risker (VoR)',
  description: 'En oönskad händelse i väsentlighets- och riskanalysen.',
  versioning: false,
  fields: [
    title('Oönskad händelse'),
    externalId(),
    number('riskNr', 'Nr', { decimals: 0 }),
    number('vorYear', 'VoR-år', { required: true, indexed: true, decimals: 0 }),
    choice('kfMal', 'KF:s mål för verksamhetsområdet', KF_MAL, { required: true }),
    choice('process', 'Process', RISK_PROCESSES, { required: true, fillIn: true }),
    note('arbetssatt', 'Arbetssätt'),
    note('oonskadHandelse', 'Oönskad händelse (fullständig)', { required: true }),
    number('sannolikhet', 'Sannolikhet', { min: 1, max: 5, decimals: 0 }),
    number('konsekvens', 'Konsekvens', { min: 1, max: 5, decimals: 0 }),
    number('riskvarde', 'RV', { min: 1, max: 25, decimals: 0, indexed: true }),
    choice('riskniva', 'Risknivå', ['Kritisk', 'Medium', 'Låg']),
    choice('ikp', 'IKP', ['Ja', 'Nej, endast VoR'], { required: true }),
    text('matrixCell', 'Matrisruta'),
    ...provenance(),
  ],
});
