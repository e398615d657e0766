// Investeringsbilagans år hänger ihop: uppföljningens "Utfall <år>" och VB:ns "(1) Utfall utgift
// <år>" är förra årets utfall, som verksamhetsberättelsen för det året redan har redovisat (katalogen:
// T1 2020 Utfall 2019 = VB 2019 Utfall utgift 2019, 2,7); verksamhetsplanens "Prognos <år>" är årets
// prognos, som tertialrapporten för samma år har lämnat (VP 2022 Prognos 2021 = T1 2021, 4,0).
// Jämförs i mnkr med en decimal, som blanketterna skriver.
import { defineCrossRule, fold, numberAt, textAt, type CrossRuleContext, type PartnerSheet } from '../../../engine';
import type { CellPos, Sheet } from '../../../grid';
import type { InvestColumn, InvesteringarLayout } from '../layout';

type Partner = PartnerSheet<InvesteringarLayout>;

export default defineCrossRule({
  meta: {
    id: 'investeringar/figures-match-earlier-report',
    severity: 'error',
    partners: ['investeringar'],
    sameWorkbook: true,
    docs: {
      sv: 'Förra årets utfall stämmer med verksamhetsberättelsen för det året, och verksamhetsplanens prognos för innevarande år med årets tertialrapport.',
      en: "Last year's outcome agrees with that year's annual report, and the plan's forecast for the current year with the year's tertial report.",
      source: 'Katalogen T03: "Utfall 2019 equals VB 2019 Utfall utgift 2019 (seed 002, 2,7)" och "Prognos 2021 equals T1 2021 \'Prognos 2021\' (seed 000, 4,0)"',
    },
    messages: {
      utfallDiffers: {
        sv: '"{{header}}" för {{item}} är {{actual}} mnkr, men verksamhetsberättelsen {{year}} i {{partnerFile}} ({{partnerCell}}) redovisar utfallet {{expected}} mnkr.',
        en: '"{{header}}" for {{item}} is {{actual}} mnkr, but the {{year}} annual report in {{partnerFile}} ({{partnerCell}}) reports the outcome {{expected}} mnkr.',
      },
      prognosDiffers: {
        sv: '"{{header}}" för {{item}} är {{actual}} mnkr, men uppföljningen {{year}} i {{partnerFile}} ({{partnerCell}}) har prognosen {{expected}} mnkr.',
        en: '"{{header}}" for {{item}} is {{actual}} mnkr, but the {{year}} follow-up in {{partnerFile}} ({{partnerCell}}) forecasts {{expected}} mnkr.',
      },
    },
  },
  *check({ sheet, layout, partners }: CrossRuleContext<InvesteringarLayout, InvesteringarLayout>) {
    const utfallColumns = layout.columns.filter((c) => c.role === 'utfall');
    // Uppföljning: its one Utfall is N−1; VB: (1) is N−1 when (4), its own year's, follows.
    const previousUtfall = layout.kind === 'uppfoljning' || (layout.kind === 'vb' && utfallColumns.length >= 2) ? utfallColumns[0] : undefined;
    const prognos = layout.kind === 'vp' ? layout.columns.find((c) => c.role === 'prognos') : undefined;
    const year = layout.reportYear - 1;

    if (previousUtfall) {
      const vb = partners.filter((p) => p.layout.kind === 'vb' && p.layout.reportYear === year);
      const against = (p: Partner) => p.layout.columns.filter((c) => c.role === 'utfall').at(-1);
      for (const d of differences(sheet, layout, previousUtfall, vb, against)) {
        yield { messageId: 'utfallDiffers', ...d, data: { ...d.data, year: String(year) } } as const;
      }
    }
    if (prognos) {
      const followUps = partners.filter((p) => p.layout.kind === 'uppfoljning' && p.layout.reportYear === year);
      const against = (p: Partner) => p.layout.columns.find((c) => c.role === 'prognos');
      for (const d of differences(sheet, layout, prognos, followUps, against)) {
        yield { messageId: 'prognosDiffers', ...d, data: { ...d.data, year: String(year) } } as const;
      }
    }
  },
});

/**
 * Rows (matched by their label) whose figure agrees with none of the partners. Two follow-ups of
 * one year (T1 and T2) cannot be told apart by their sheets; the plan's forecast holds if it
 * agrees with either, and a difference names the first.
 */
function* differences(
  sheet: Sheet,
  layout: InvesteringarLayout,
  column: InvestColumn,
  partners: readonly Partner[],
  against: (p: Partner) => InvestColumn | undefined,
): Generator<{ cell: CellPos; partner: Partner; partnerCell: CellPos; data: { header: string; item: string; actual: number; expected: number } }> {
  for (const row of layout.dataRows) {
    const actual = numberAt(sheet, row, column.col);
    if (actual === undefined) continue;
    const item = textAt(sheet, row, 0);
    let first: { partner: Partner; partnerCell: CellPos; expected: number } | undefined;
    let agrees = false;
    for (const partner of partners) {
      const col = against(partner);
      const prow = partner.layout.dataRows.find((r) => fold(textAt(partner.sheet, r, 0)) === fold(item));
      if (!col || prow === undefined) continue;
      const expected = numberAt(partner.sheet, prow, col.col);
      if (expected === undefined) continue;
      if (tenths(actual) === tenths(expected)) agrees = true;
      first ??= { partner, partnerCell: { row: prow, col: col.col }, expected };
    }
    if (agrees || !first) continue;
    yield {
      cell: { row, col: column.col },
      partner: first.partner,
      partnerCell: first.partnerCell,
      data: { header: column.header, item, actual, expected: first.expected },
    };
  }
}

function tenths(mnkr: number): number {
  return Math.round(mnkr * 10);
}
