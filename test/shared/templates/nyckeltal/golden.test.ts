import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `nyckeltal/${name}`;
const RATIO = rule('nyckeltal-equals-underlag-ratio');
const CONTACT = rule('contact-fields-filled');
const PRECISION = rule('precision-matches-previous-year');
const UNIT = rule('title-unit-matches-underlag-unit');
const contacts = ['B1', 'B2', 'B3'].map((cell) => ({ rule: CONTACT, cell, messageId: 'missingContact' }));

// The fixtures (see test/fixtures/xlsx/nyckeltal.ts): contact labels in A1–A3 with their cells in
// B; on the personalstatistik page one six-row block per nyckeltal from row 7 (title, group row,
// headers, data, Kommentarer, blank), so 122's data is row 10, 124's row 22 (nyckeltal in D), 125's
// row 28 and 126's row 34 (underlag B–G, kvot in H), titles of 127 and 128 in A37 and A43.
goldenSuite([
  {
    index: 20,
    template: 'nyckeltal',
    edition: 'vb-2019',
    checks: [
      { check: 'NT 66 andel = täljare / nämnare (0,1 %)', holds: true, silent: [RATIO] },
      { check: 'NT 66 title and KF-indikator describe the same measure', holds: false, reported: [{ rule: rule('kf-indikator-matches-title'), cell: 'A8', messageId: 'differentMeasure' }] },
      { check: 'contact header filled (Handläggare, Telefon nr, Mejladress)', holds: false, reported: contacts },
      { check: 'NT 207 has values or an explicit reason', holds: true, silent: [rule('values-or-reason')] },
    ],
  },
  {
    index: 21,
    template: 'nyckeltal',
    edition: 'vb-2019',
    checks: [
      { check: 'NT 122 = 850 / 927 (0,1 %)', holds: true, silent: [RATIO] },
      { check: 'NT 123 = 833 / 850 (0,1 %)', holds: true, silent: [RATIO] },
      { check: 'NT 124 = 55 / 853 (0,01 %)', holds: true, silent: [RATIO] },
      { check: 'NT 124 printed with the same precision as the previous-year value', holds: false, reported: [{ rule: PRECISION, cell: 'D22', messageId: 'precisionDiffers' }] },
      { check: 'NT 125 andel kvinnor = 669 / 926 (0 %)', holds: true, silent: [RATIO] },
      { check: 'NT 125 andel kvinnliga chefer = 87 / 114 (0 %)', holds: true, silent: [RATIO] },
      { check: 'NT 125 kvot = (87/114) / (669/926) (0,001)', holds: true, silent: [RATIO] },
      { check: 'NT 126 underlag present for a printed kvot', holds: false, reported: [{ rule: rule('underlag-present-for-printed-value'), cell: 'B34', messageId: 'missingUnderlag' }] },
      { check: 'NT 127 = 6 333 / 361 652 (0,01 %)', holds: true, silent: [RATIO] },
      { check: 'NT 128 = 12 229 / 361 652 (0,01 %)', holds: true, silent: [RATIO] },
      {
        check: 'NT 127/128 title unit matches column unit',
        holds: false,
        reported: [
          { rule: UNIT, cell: 'A37', messageId: 'unitMismatch' },
          { rule: UNIT, cell: 'A43', messageId: 'unitMismatch' },
        ],
      },
      { check: 'NT 129 kr per årsarbetare = 6 018 tkr × 1000 / 1 052 (whole kr)', holds: true, silent: [RATIO] },
      // "Totala antalet anställda" (125) and "Totala antalet anställningar" (122) name different
      // quantities, so the rule that holds equal underlag to one value does not compare them.
      { check: 'NT 125 denominators consistent with NT 122', holds: true, silent: [rule('same-underlag-same-value')] },
      { check: 'contact header filled (Handläggare, Telefon nr, Mejladress)', holds: false, reported: contacts },
    ],
    alsoReported: [
      {
        rule: PRECISION,
        cell: 'H28',
        messageId: 'precisionDiffers',
        why: 'NT 125 prints the kvot "1,056" against last year\'s "1,05", the same precision break the research note names (nyckeltal-and-reports.md, Summary: "125 prints 1,056 and 1,05")',
      },
    ],
  },
]);
