// Radrubriken "Intäkter (-)" (VP 2022, 001 rad 1713) och stadens konvention att intäkter anges med
// minustecken och kostnader positiva, som i "Kostnader och intäkter (-)" och budgetavräkningen.
// Gäller varje belopp i blocken Kostnader och Intäkter (-), summeringsraderna medräknade.
import { checks, reworded } from '../../../engine';
import type { KostnadsanalysLayout } from '../layout';

export default reworded(
  checks.signConvention<KostnadsanalysLayout>({
    id: 'kostnadsanalys/intakter-negative-kostnader-positive',
    severity: 'error',
    docs: {
      sv: 'Belopp i blocket Intäkter (-) är noll eller negativa; belopp i blocket Kostnader är noll eller positiva.',
      en: 'Amounts in the Intäkter (-) block are zero or negative; amounts in the Kostnader block are zero or positive.',
      source: 'Radrubriken "Intäkter (-)" (VP 2022, 001 rad 1713) och teckenkonventionen "Intäkter (-)" i stadens blanketter',
    },
    targets: ({ layout }) => {
      const out: { cell: { row: number; col: number }; expected: 'negative' | 'positive'; header: string }[] = [];
      const blocks = [
        { block: layout.kostnader, expected: 'positive' as const },
        ...(layout.intakter ? [{ block: layout.intakter, expected: 'negative' as const }] : []),
      ];
      for (const { block, expected } of blocks) {
        for (const row of [block.row, ...block.rows]) {
          for (const c of layout.columns) out.push({ cell: { row, col: c.col }, expected, header: block.label });
        }
      }
      return out;
    },
  }),
  {
    shouldBeNegative: {
      sv: '{{value}} står i blocket "{{header}}", där intäkter anges med minustecken.',
      en: '{{value}} is in the "{{header}}" block, where income is entered with a minus sign.',
    },
    shouldBePositive: {
      sv: '{{value}} står i blocket "{{header}}", där kostnader anges som positiva belopp; en intäkt hör hemma under Intäkter (-).',
      en: '{{value}} is in the "{{header}}" block, where costs are entered as positive amounts; income belongs under Intäkter (-).',
    },
  },
);
