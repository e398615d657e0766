// The cost analysis prints its lines with fixed labels: "Driftverksamhet", then "Kostnader" over
// Verksamhetsområde Jobbtorg, … Statsbidrag till verksamhet för flyktingar and one unlabelled line,
// "Intäkter (-)" over the same verksamhetsområden and the income from Skolverket, Migrationsverket
// and etableringscentrum, then "Netto" (VP 2022, 001 rad 1700–1745; templates.md §T05 "Fixed row
// labels"). A line whose label is gone still adds into its sum, but nobody can tell what it is for.
import { defineRule, type RuleContext, fold, textAt } from '../../../engine';
import type { KostnadsanalysLayout } from '../layout';

const DRIFT = /^driftverksamhet$/;

export default defineRule({
  meta: {
    id: 'kostnadsanalys/line-labels-present',
    severity: 'error',
    docs: {
      sv: 'Varje rad under Kostnader och Intäkter (-) har sin radrubrik (utom blankettens egen omärkta sista kostnadsrad), och rubriken "Driftverksamhet" står ovanför Kostnader.',
      en: 'Every line under Kostnader and Intäkter (-) keeps its label (except the form’s own unlabelled last cost line), and the heading "Driftverksamhet" stands above Kostnader.',
      source: 'Radrubrikerna i kostnadsanalysen (VP 2022, 001 rad 1700–1745; templates.md §T05 "Fixed row labels", med en omärkt rad sist under Kostnader)',
    },
    messages: {
      missingLabel: {
        sv: 'Raden under "{{block}}" saknar sin radrubrik (den står efter "{{previous}}"); skriv vad raden gäller.',
        en: 'The line under "{{block}}" has lost its label (it follows "{{previous}}"); write what the line is for.',
      },
      missingHeading: {
        sv: 'Rubriken "Driftverksamhet" saknas ovanför "Kostnader".',
        en: 'The heading "Driftverksamhet" is missing above "Kostnader".',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KostnadsanalysLayout>) {
    const col = layout.labelCol;
    let drift = false;
    for (let row = layout.headerRow + 1; row < layout.kostnader.row; row++) if (DRIFT.test(fold(textAt(sheet, row, col)))) drift = true;
    const above = layout.kostnader.row - 1;
    if (!drift && above > layout.headerRow && textAt(sheet, above, col) === '') yield { messageId: 'missingHeading', cell: { row: above, col } } as const;
    for (const block of [layout.kostnader, ...(layout.intakter ? [layout.intakter] : [])]) {
      // The form's own unlabelled line is the last one under Kostnader.
      const exempt = block === layout.kostnader ? block.rows.at(-1) : undefined;
      let previous = block.label;
      for (const row of block.rows) {
        const label = textAt(sheet, row, col);
        if (label === '' && row !== exempt) yield { messageId: 'missingLabel', cell: { row, col }, data: { block: block.label, previous } } as const;
        if (label !== '') previous = label;
      }
    }
  },
});
