import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `uppfoljning-av-namndens-internkontrollplan/${name}`;

// Bedömning in A4, Analys in A7, header on row 12, the 17 controls on rows 13–29; the results in F.
goldenSuite([
  {
    index: 27,
    template: 'uppfoljning-av-namndens-internkontrollplan',
    edition: 'vb-2019',
    checks: [
      {
        check: 'Bedömning is one of Tillräcklig / Delvis tillräcklig / Otillräcklig',
        holds: true,
        silent: [rule('bedomning-is-one-of-three'), rule('analys-states-grounds')],
      },
      {
        check: 'every planned kontrollaktivitet has a documented result',
        holds: false,
        // "Ingen kontroll är genomförd." for "Kontroll av att skolorna erbjuder möjlighet att byta kurs …".
        reported: [{ rule: rule('every-control-has-result'), cell: 'F13', messageId: 'notPerformedWithoutReason' }],
      },
      { check: 'unit counts in result texts add up to the stated number of units', holds: true, silent: [rule('unit-counts-add-up')] },
      {
        check: 'result texts distinct per kontrollaktivitet',
        holds: false,
        // Row 22 "Kontroll av bokförda värden" repeats row 21 "Projektredovisning".
        reported: [{ rule: rule('results-are-distinct'), cell: 'F22', messageId: 'copiedResult' }],
      },
      { check: 'analysis consistent with the results', holds: true, silent: [rule('analysis-figures-match-results')] },
    ],
  },
]);
