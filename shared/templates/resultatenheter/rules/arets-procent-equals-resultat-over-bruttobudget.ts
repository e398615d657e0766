// "6) Resultatenheterna ska föra över sitt resultat till följande år … med maximalt 5% av enhetens
// bruttobudget för året" — Anvisningar (T1 2021, 000 rad 50–51). Kolumnen "Årets
// resultatöverföring % MAX 5 %" visar årets resultat (kolumn 5, överskott negativt) som andel av
// bruttobudgeten, med överskott som positiv procent.
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import { percent } from '../../../locale';
import type { ResultatenheterLayout } from '../layout';
import { formulaTargets, guardedShare, shareDiffers } from '../targets';

export default defineRule({
  meta: {
    id: 'resultatenheter/arets-procent-equals-resultat-over-bruttobudget',
    severity: 'error',
    docs: {
      sv: '"Årets resultatöverföring %" är −kolumn 5 delad med bruttobudgeten (kolumn 2): kolumn 5 anger överskott med minus, procenten med plus.',
      en: '"Årets resultatöverföring %" is −column 5 divided by the gross budget (column 2): column 5 gives a surplus as negative, the percentage as positive.',
      source: 'Kolumnrubrikerna "Beräknat resultat 2021 … Överskott (-) Underskott (+)" och "Årets resultatöverföring % MAX 5 %", anvisning 6) (000 rad 35–51)',
    },
    messages: {
      mismatch: {
        sv: '"Årets resultatöverföring %" är {{actual}} men ska vara {{expected}}: årets resultat (kolumn 5, överskott med minus) delat med bruttobudgeten, med omvänt tecken.',
        en: '"Årets resultatöverföring %" is {{actual}} but must be {{expected}}: the year’s result (column 5, surplus negative) divided by the gross budget, sign reversed.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ResultatenheterLayout>) {
    const targets = formulaTargets(sheet, layout, 'aretsProcent', ['beraknatResultat', 'bruttobudget'], (v) =>
      guardedShare(-v('beraknatResultat'), v('bruttobudget')),
    );
    for (const t of targets) {
      const actual = numberAt(sheet, t.cell.row, t.cell.col) ?? 0;
      if (t.expected !== undefined && shareDiffers(actual, t.expected)) {
        yield { messageId: 'mismatch', cell: t.cell, related: t.related, data: { actual: percent(actual), expected: percent(t.expected) } } as const;
      }
    }
  },
});
