// Projektbilagan återkommer i varje rapport, och ett pågående projekts budget, medfinansiering och
// start ändras inte utan förklaring: SY-Vux har 25,6 / 13,6 miljoner kr och januari 2020 i VB 2019
// men 24,7 / 13,5 och februari 2020 i T1 2020 (katalogen T20, "changed without comment"). Ett belopp
// som förkortas ska avrundas: T1 2021:s 24 250 660 kr är 24,3 miljoner, inte 24,2 (VP 2022).
// Ett projekt med samma namn som startar ett år eller mer senare är en ny omgång (Länsstyrelsens
// §37-medel söks per år) och jämförs inte.
import { defineCrossRule, type CrossRuleContext, type PartnerSheet } from '../../../engine';
import { monthsBetween, periodField, previousEdition, projectKey, sameAmount, sameMonth, writtenStep } from '../cross-match';
import type { ProjektbilagaLayout } from '../layout';
import { moneyAt } from '../rows';

type Partner = PartnerSheet<ProjektbilagaLayout>;

export default defineCrossRule({
  meta: {
    id: 'projektbilaga/figures-match-previous-edition',
    severity: 'warning',
    partners: ['projektbilaga'],
    sameWorkbook: true,
    docs: {
      sv: 'Ett projekts budget, medfinansiering och start är desamma som i föregående rapports projektbilaga, eller rätt avrundade från den; en ändring ska förklaras.',
      en: "A project's budget, co-financing and start are those of the previous report's project annex, or correctly rounded from it; a change needs explaining.",
      source: 'Katalogen T20: "cross-edition: SY-Vux budget/medfinansiering/start equal to VB 2019", "rounding of T1 2021 exact amounts to one decimal (Utvecklat stöd för unga)"',
    },
    messages: {
      amountChanged: {
        sv: '{{field}} för {{project}} är "{{actual}}", men {{previous}} i {{partnerFile}} ({{partnerCell}}) anger "{{expected}}". Förklara ändringen.',
        en: '{{field}} for {{project}} is "{{actual}}", but {{previous}} in {{partnerFile}} ({{partnerCell}}) gives "{{expected}}". Explain the change.',
      },
      amountCutShort: {
        sv: '{{field}} för {{project}} är "{{actual}}", men {{previous}} i {{partnerFile}} ({{partnerCell}}) anger "{{expected}}", som avrundat blir {{rounded}} {{unit}}: beloppet är kortat, inte avrundat.',
        en: '{{field}} for {{project}} is "{{actual}}", but {{previous}} in {{partnerFile}} ({{partnerCell}}) gives "{{expected}}", which rounds to {{rounded}} {{unit}}: the amount was cut short, not rounded.',
      },
      startChanged: {
        sv: '{{project}} startar "{{actual}}" här, men {{previous}} i {{partnerFile}} ({{partnerCell}}) anger "{{expected}}". Förklara ändringen.',
        en: '{{project}} starts "{{actual}}" here, but {{previous}} in {{partnerFile}} ({{partnerCell}}) gives "{{expected}}". Explain the change.',
      },
    },
  },
  *check({ sheet, layout, partners }: CrossRuleContext<ProjektbilagaLayout, ProjektbilagaLayout>) {
    const previous = previousEdition(layout, partners);
    if (!previous) return;
    const earlier = rowsByKey(previous);
    const label = previous.edition.label;
    for (const row of layout.projectRows) {
      const name = sheet.text(row, layout.columns.projekt);
      const prow = name === '' ? undefined : earlier.get(projectKey(name));
      if (prow === undefined) continue;
      const start = periodField(sheet, layout, row);
      const prevStart = periodField(previous.sheet, previous.layout, prow);
      if (start && prevStart && monthsBetween(prevStart.period.start, start.period.start) >= 12) continue;
      for (const key of ['budget', 'medfinansiering'] as const) {
        const now = moneyAt(sheet, layout, row, key);
        const then = moneyAt(previous.sheet, previous.layout, prow, key);
        if (!now?.money || !then?.money || sameAmount(now.money, then.money)) continue;
        const data = { field: layout.headers[key] ?? key, project: name, actual: now.field.text, expected: then.field.text, previous: label };
        const step = writtenStep(now.money);
        const at = { cell: now.field.cell, partner: previous, partnerCell: then.field.cell };
        if (Math.trunc(then.money.value / step) === Math.round(now.money.value / step)) {
          const rounded = (Math.round(then.money.value / step) * step) / now.money.scale;
          yield { messageId: 'amountCutShort', ...at, data: { ...data, rounded, unit: now.money.unit } } as const;
        } else {
          yield { messageId: 'amountChanged', ...at, data } as const;
        }
      }
      if (start && prevStart && !sameMonth(start.period.start, start.period.startPrecision, prevStart.period.start, prevStart.period.startPrecision)) {
        yield {
          messageId: 'startChanged',
          cell: start.cell,
          partner: previous,
          partnerCell: prevStart.cell,
          data: { project: name, actual: start.text, expected: prevStart.text, previous: label },
        } as const;
      }
    }
  },
});

function rowsByKey(p: Partner): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of p.layout.projectRows) {
    const key = projectKey(p.sheet.text(row, p.layout.columns.projekt));
    if (key !== '' && !out.has(key)) out.set(key, row);
  }
  return out;
}
