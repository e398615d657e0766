// "1.6 Tidplan — Ange övergripande tidplan för insatsen." och de fasta raderna "Summa kostnader
// 2021" / "Summa finansiering 2021" (Mall för ansökan – statsbidrag, T1 2021, 000 rad 1936–2016).
// När tidplanen löper in i ett annat år än summaraden anger framgår inte vilket år beloppen avser;
// alla tre ansökningar 2021 löpte till april 2022.
import { defineRule, readPeriod, type RuleContext } from '../../../engine';
import type { StatsbidragLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'ansokan-statsbidrag/sum-labels-cover-tidplan',
    severity: 'warning',
    docs: {
      sv: 'Året i "Summa kostnader <år>" och "Summa finansiering <år>" täcker hela tidplanen.',
      en: 'The year in "Summa kostnader <år>" and "Summa finansiering <år>" covers the whole timeline.',
      source: '"1.6 Tidplan — Ange övergripande tidplan för insatsen." och raderna "Summa kostnader 2021" / "Summa finansiering 2021" (000 rad 1936–2016)',
    },
    messages: {
      labelYearShort: {
        sv: '"{{label}}" avser {{year}}, men tidplanen "{{tidplan}}" löper {{span}}. Ange vilka belopp som avser vilket år.',
        en: '"{{label}}" refers to {{year}}, but the timeline "{{tidplan}}" runs {{span}}. State which amounts belong to which year.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<StatsbidragLayout>) {
    const field = layout.fields.tidplan;
    if (!field) return;
    const tidplan = sheet.text(field.value.row, field.value.col);
    const r = readPeriod(tidplan);
    if (r.kind !== 'period' || r.period.end === undefined) return;
    const from = Number(r.period.start.slice(0, 4));
    const to = Number(r.period.end.slice(0, 4));
    for (const total of [layout.summaKostnader, layout.summaFinansiering]) {
      if (!total || total.year === undefined || (from === total.year && to === total.year)) continue;
      yield {
        messageId: 'labelYearShort',
        cell: { row: total.row, col: layout.labelCol },
        related: [field.value],
        data: {
          label: total.label,
          year: String(total.year),
          tidplan,
          span: `${r.period.start} – ${r.period.end}`,
        },
      } as const;
    }
  },
});
