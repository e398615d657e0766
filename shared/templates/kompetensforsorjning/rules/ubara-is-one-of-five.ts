// Kolumnen "UBARA" i aktivitetstabellen (VP 2022, 001 rad 2592): stadens modell för
// kompetensförsörjning, Utveckla, Behålla, Attrahera, Rekrytera, Avveckla, som planens avsnitt
// "Utveckla och Behålla" och "Attrahera och Rekrytera" följer (001 rad 2454 och 2473). Varje
// aktivitet anges med sitt eller sina led.
import { checks, reworded } from '../../../engine';
import type { KompetensLayout } from '../layout';

export default reworded(
  checks.choiceCells<KompetensLayout>({
    id: 'kompetensforsorjning/ubara-is-one-of-five',
    severity: 'warning',
    docs: {
      sv: 'UBARA anger för varje aktivitet ett eller flera av Utveckla, Behålla, Attrahera, Rekrytera, Avveckla.',
      en: 'UBARA gives each activity one or more of Utveckla, Behålla, Attrahera, Rekrytera, Avveckla (develop, retain, attract, recruit, phase out).',
      source: 'Kolumnen "UBARA" (001 rad 2592) och avsnitten "Utveckla och Behålla", "Attrahera och Rekrytera" (001 rad 2454, 2473)',
    },
    cells: ({ layout }) => {
      const col = layout.columns.ubara;
      return col === undefined ? [] : layout.rows.map((row) => ({ row, col }));
    },
    choices: ['Utveckla', 'Behålla', 'Attrahera', 'Rekrytera', 'Avveckla'],
    separator: /\s*(?:,|\/|&|\+|\boch\b)\s*/,
  }),
  {
    missing: {
      sv: 'UBARA är tomt; ange vilket led i stadens modell aktiviteten avser: {{choices}}.',
      en: 'UBARA is empty; state which part of the city\'s model the activity serves: {{choices}}.',
    },
    notAllowed: {
      sv: 'UBARA "{{text}}" är inget av leden {{choices}}.',
      en: 'UBARA "{{text}}" is none of {{choices}}.',
    },
  },
);
