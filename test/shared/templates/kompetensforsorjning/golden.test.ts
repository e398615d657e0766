import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `kompetensforsorjning/${name}`;

// Header on row 4, the eleven activities on rows 5–15; C is UBARA.
goldenSuite([
  {
    index: 28,
    template: 'kompetensforsorjning',
    edition: 'vp-2022',
    checks: [
      { check: 'Måldatum is a valid ISO date within the plan year 2022', holds: true, silent: [rule('maldatum-within-plan-year')] },
      {
        check: 'UBARA (Utveckla/Behålla/Attrahera/Rekrytera/Avveckla) category filled',
        holds: false,
        reported: Array.from({ length: 11 }, (_, i) => ({ rule: rule('ubara-is-one-of-five'), cell: `C${5 + i}`, messageId: 'missing' })),
      },
      { check: 'Ansvarig (Funktion) filled', holds: true, silent: [rule('ansvarig-filled')] },
      { check: 'Uppföljning / Kommentar may be empty at VP stage', holds: true, silent: [rule('uppfoljning-filled-at-follow-up')] },
      { check: 'one VP-mål per row', holds: false, reported: [{ rule: rule('one-vp-mal-per-row'), cell: 'A6', messageId: 'severalGoals' }] },
    ],
  },
]);
