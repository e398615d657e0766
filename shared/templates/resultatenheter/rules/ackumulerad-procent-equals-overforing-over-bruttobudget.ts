// "Resultatfonden får ha ett överskott med motsvarande maximalt 10 % av enhetens bruttobudget, vid
// underskott gäller 5 %." — Anvisningar 6) (T1 2021, 000 rad 52–53). Kolumnen "Ackumulerad
// resultatöverföring till 2022 % MAX 10 %" visar kolumn 6 som andel av kolumn 2.
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import { percent } from '../../../locale';
import type { ResultatenheterLayout } from '../layout';
import { formulaTargets, guardedShare, shareDiffers } from '../targets';

export default defineRule({
  meta: {
    id: 'resultatenheter/ackumulerad-procent-equals-overforing-over-bruttobudget',
    severity: 'error',
    docs: {
      sv: '"Ackumulerad resultatöverföring %" är kolumn 6 delad med bruttobudgeten (kolumn 2); 0,0% när bruttobudget saknas.',
      en: '"Ackumulerad resultatöverföring %" is column 6 divided by the gross budget (column 2); 0.0% when there is no gross budget.',
      source: 'Kolumnrubriken "Ackumulerad resultatöverföring till 2022 % MAX 10 %" och anvisning 6) "… maximalt 10 % av enhetens bruttobudget, vid underskott gäller 5 %." (000 rad 35–53)',
    },
    messages: {
      mismatch: {
        sv: '"Ackumulerad resultatöverföring %" är {{actual}} men ska vara {{expected}}: kolumn 6 delad med bruttobudgeten (kolumn 2).',
        en: '"Ackumulerad resultatöverföring %" is {{actual}} but must be {{expected}}: column 6 divided by the gross budget (column 2).',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ResultatenheterLayout>) {
    const targets = formulaTargets(sheet, layout, 'ackProcent', ['ackOverforing', 'bruttobudget'], (v) =>
      guardedShare(v('ackOverforing'), v('bruttobudget')),
    );
    for (const t of targets) {
      const actual = numberAt(sheet, t.cell.row, t.cell.col) ?? 0;
      if (t.expected !== undefined && shareDiffers(actual, t.expected)) {
        yield { messageId: 'mismatch', cell: t.cell, related: t.related, data: { actual: percent(actual), expected: percent(t.expected) } } as const;
      }
    }
  },
});
