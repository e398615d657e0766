// "Andra verksamhetskostnader (ange typ av kostnader)" och raderna i "Typ av kostnader (exempel)"
// (Mall för ansökan – statsbidrag, T1 2021, 000 rad 1952–2016): den sökande skriver sin uträkning
// i raden ("SL-kort för inkluderingslotsarna 38 000 kr (950 kr x 10 månader x 4)", "Beräknat
// 10 %"). Katalogen: "Any itemised arithmetic in the text must match its line."
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import type { CellPos } from '../../../grid';
import type { StatsbidragLayout } from '../layout';
import { type Claim, claimsIn, expression } from '../stated-arithmetic';
import { tidplanMonths } from '../tidplan-months';

export default defineRule({
  meta: {
    id: 'ansokan-statsbidrag/stated-arithmetic-matches-amount',
    severity: 'warning',
    docs: {
      sv: 'En uträkning som står i en kostnads- eller finansieringsrad (poster, "a × b × c", "Beräknat 10 %", belopp per månad och person) stämmer med radens belopp.',
      en: 'Arithmetic written into a cost or financing line (items, "a × b × c", "Beräknat 10 %", an amount per month and person) agrees with the line’s amount.',
      source: '"Andra verksamhetskostnader (ange typ av kostnader)" och de ifyllda raderna i "Typ av kostnader (exempel) | Kostnad i SEK" (000 rad 1952–2016)',
    },
    messages: {
      itemsMismatch: {
        sv: 'Raden räknar upp {{expression}} = {{expected}} kr, men beloppet är {{actual}} kr.',
        en: 'The line lists {{expression}} = SEK {{expected}}, but the amount is SEK {{actual}}.',
      },
      productMismatch: {
        sv: 'Uträkningen {{expression}} ger {{expected}}, men texten anger {{stated}} kr.',
        en: 'The calculation {{expression}} gives {{expected}}, but the text states SEK {{stated}}.',
      },
      percentMismatch: {
        sv: 'Raden anger {{expression}} = {{expected}} kr, men beloppet är {{actual}} kr.',
        en: 'The line states {{expression}} = SEK {{expected}}, but the amount is SEK {{actual}}.',
      },
      rateMismatch: {
        sv: 'Texten ger {{expression}} = {{expected}} kr, men beloppet är {{actual}} kr.',
        en: 'The text gives {{expression}} = SEK {{expected}}, but the amount is SEK {{actual}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<StatsbidragLayout>) {
    const lon = layout.costLines.find((l) => l.key === 'lon');
    const tidplan = layout.fields.tidplan;
    const ctx = {
      salary: lon ? numberAt(sheet, lon.row, layout.amountCol) : undefined,
      tidplanMonths: tidplan ? tidplanMonths(sheet.text(tidplan.value.row, tidplan.value.col)) : undefined,
    };
    for (const line of [...layout.costLines, ...layout.finansieringLines]) {
      const labelCell: CellPos = { row: line.row, col: layout.labelCol };
      const amountCell: CellPos = { row: line.row, col: layout.amountCol };
      const actual = numberAt(sheet, line.row, layout.amountCol);
      for (const claim of claimsIn(line.label, line.key === 'lon' ? { ...ctx, salary: undefined } : ctx)) {
        const r = report(claim, actual, labelCell, amountCell);
        if (r) yield r;
      }
    }
  },
});

function report(claim: Claim, actual: number | undefined, labelCell: CellPos, amountCell: CellPos) {
  const data = { expression: expression(claim), expected: claim.expected };
  if (claim.kind === 'product') {
    return claim.stated === claim.expected ? undefined : ({ messageId: 'productMismatch', cell: labelCell, data: { ...data, stated: claim.stated } } as const);
  }
  if (actual === undefined) return undefined;
  const tolerance = claim.kind === 'rate' && claim.approximate ? 0.05 * Math.abs(claim.expected) : 0.5;
  if (Math.abs(actual - claim.expected) <= tolerance) return undefined;
  const messageId = claim.kind === 'items' ? 'itemsMismatch' : claim.kind === 'percent' ? 'percentMismatch' : 'rateMismatch';
  return { messageId, cell: amountCell, related: [labelCell], data: { ...data, actual } } as const;
}
