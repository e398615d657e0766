// Verksamhetsplanen redovisar samma satsning två gånger: bland innovationssatsningarna och i
// projektbilagan. Budget och tidplan ska vara desamma: i VP 2022 har "Utvecklingsplattform för
// kombinationsutbildningar" 24,5 miljoner kr här men 24,7 i projektbilagan, "Utvecklat stöd för unga"
// slutar juni 2023 här men april 2023 där, och "Bron" löper 2019-08-01 – 2022-04-30 här men
// september 2019 – juni 2022 där (katalogen T06).
import { type Sheet } from '../../../grid';
import { defineCrossRule, type CrossRuleContext } from '../../../engine';
import type { Period } from '../../../locale';
import { projectKey, sameAmount, sameMonth } from '../../projektbilaga/cross-match';
import type { ProjektbilagaLayout } from '../../projektbilaga/layout';
import { readMoney } from '../../projektbilaga/money';
import { readPeriod } from '../../projektbilaga/period';
import type { InnovationLayout } from '../layout';

export default defineCrossRule({
  meta: {
    id: 'innovationssatsningar/matches-projektbilaga',
    severity: 'warning',
    partners: ['projektbilaga'],
    sameWorkbook: true,
    docs: {
      sv: 'En satsning som också står i samma verksamhetsplans projektbilaga har samma budget och tidplan där.',
      en: "A venture that also appears in the same plan's project annex has the same budget and timeline there.",
      source: 'Katalogen T06 VP 2022: "cross-check Utvecklingsplattform budget with Projektbilaga in the same VP 2022 (24,7 miljoner kr)" m.fl.',
    },
    messages: {
      budgetDiffers: {
        sv: 'Budgeten för {{project}} är "{{actual}}", men projektbilagan i {{partnerFile}} ({{partnerCell}}) anger "{{expected}}".',
        en: 'The budget for {{project}} is "{{actual}}", but the project annex in {{partnerFile}} ({{partnerCell}}) gives "{{expected}}".',
      },
      periodDiffers: {
        sv: 'Tidplanen för {{project}} är "{{actual}}", men projektbilagan i {{partnerFile}} ({{partnerCell}}) anger "{{expected}}".',
        en: 'The timeline for {{project}} is "{{actual}}", but the project annex in {{partnerFile}} ({{partnerCell}}) gives "{{expected}}".',
      },
    },
  },
  *check({ sheet, layout, edition, partners }: CrossRuleContext<InnovationLayout, ProjektbilagaLayout>) {
    // The same plan's annex: a VP of the same year, never a tertial report's list.
    const annex = partners.find((p) => edition.year !== undefined && p.edition.id === `vp-${edition.year}`);
    if (!annex) return;
    const listed = new Map<string, number>();
    for (const r of annex.layout.projectRows) {
      const key = projectKey(annex.sheet.text(r, annex.layout.columns.projekt));
      if (key !== '' && !listed.has(key)) listed.set(key, r);
    }
    for (const row of layout.rows) {
      const project = sheet.text(row, layout.columns.namn);
      const prow = project === '' ? undefined : listed.get(projectKey(project));
      if (prow === undefined) continue;

      const col = layout.columns.budget;
      const own = col === undefined ? undefined : readMoney(sheet.text(row, col));
      const theirs = readMoney(annex.sheet.text(prow, annex.layout.columns.budget));
      if (col !== undefined && own && theirs && !sameAmount(own, theirs)) {
        yield {
          messageId: 'budgetDiffers',
          cell: { row, col },
          partner: annex,
          partnerCell: { row: prow, col: annex.layout.columns.budget },
          data: { project, actual: sheet.text(row, col), expected: annex.sheet.text(prow, annex.layout.columns.budget) },
        } as const;
      }

      const tcol = layout.columns.tidplan;
      const pcol = annex.layout.columns.period;
      if (tcol === undefined || pcol === undefined) continue;
      const a = periodOf(sheet, row, tcol);
      const b = periodOf(annex.sheet, prow, pcol);
      if (!a || !b || samePeriod(a, b)) continue;
      yield {
        messageId: 'periodDiffers',
        cell: { row, col: tcol },
        partner: annex,
        partnerCell: { row: prow, col: pcol },
        data: { project, actual: sheet.text(row, tcol), expected: annex.sheet.text(prow, pcol) },
      } as const;
    }
  },
});

function periodOf(sheet: Sheet, row: number, col: number): Period | undefined {
  const r = readPeriod(sheet.text(row, col));
  return r.kind === 'period' ? r.period : undefined;
}

function samePeriod(a: Period, b: Period): boolean {
  if (!sameMonth(a.start, a.startPrecision, b.start, b.startPrecision)) return false;
  if (a.end === undefined || b.end === undefined) return a.end === b.end;
  return sameMonth(a.end, a.precision, b.end, b.precision);
}
